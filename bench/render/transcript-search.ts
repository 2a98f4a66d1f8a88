// Searching a 10,000-cue transcript (about a 3-hour episode, sentence by sentence) for a word
// that occurs in one cue in ten, the way the player's search box does on every keystroke.
import { searchTranscript } from '../../src/data/podcast/transcript.js';
import type { Cue } from '../../src/data/podcast/cues.js';

const WORDS = ['baby', 'comfort', 'sleep', 'play', 'repair', 'smile', 'feed', 'talk', 'calm', 'hold'];
const cues: Cue[] = Array.from({ length: 10_000 }, (_, i) => ({
  start: i * 1.1,
  end: i * 1.1 + 1,
  text: `Cue ${i}: when your ${WORDS[i % 10]} moment comes, stay close and notice what helps. Café ${i % 7}.`,
  ...(i % 3 === 0 ? { speaker: 'Host' } : {}),
}));

// The first search folds every cue (case and accents) and keeps the result; later keystrokes
// reuse it. Both are measured.
let start = performance.now();
const first = searchTranscript(cues, 'Repair');
performance.measure('search', { start });
start = performance.now();
const next = searchTranscript(cues, 'comfor');
performance.measure('search-again', { start });
if (first.length !== 1000 || next.length !== 1000)
  throw new Error(`wrong matches: ${first.length}, ${next.length}`);
