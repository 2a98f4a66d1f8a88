import { CueCollector, type Transcript } from './cues.js';
import { jsonList } from './json-list.js';

// Podcasting 2.0 JSON transcripts: { "version": "1.0.0", "segments": [{ "speaker", "startTime",
// "endTime", "body" }] }. Word-level files (one word per segment) would make one cue per word;
// consecutive words of one speaker are merged into readable cues, ending at a sentence, a pause
// or a length that still fits a line or two.

const MAX_GAP = 1.5; // seconds of silence that end a cue
const MAX_CHARS = 120;
const SENTENCE_END = /[.?!…]["'”’)\]]*$/;
const NO_SPACE_BEFORE = /^[,.;:!?…)\]}'’"”]/;

interface Segment {
  start?: number;
  end?: number;
  body: string;
  speaker?: string;
}

const time = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
};

const segments = (text: string): Segment[] =>
  jsonList(text, 'segments', 'Podcasting 2.0 transcript').map((s) => ({
    start: time(s.startTime),
    end: time(s.endTime),
    body: typeof s.body === 'string' ? s.body.trim() : '',
    speaker: typeof s.speaker === 'string' && s.speaker.trim() ? s.speaker.trim() : undefined,
  }));

/** Reads a Podcasting 2.0 JSON transcript, merging word-level segments into cues. */
export function parseJsonTranscript(text: string): Transcript {
  const collector = new CueCollector();
  const list = segments(text);
  let cue: { start: number; end: number; text: string; speaker?: string; words: boolean } | null = null;
  const flush = () => {
    if (cue) collector.add(cue.start, cue.end, cue.text, cue.speaker);
    cue = null;
  };
  list.forEach((segment, i) => {
    if (segment.start === undefined) {
      collector.warn(`Segment ${i + 1} skipped: startTime is not a time`);
      return;
    }
    // Without an endTime a segment lasts until the next one starts.
    const end = segment.end ?? list[i + 1]?.start ?? segment.start;
    const word = segment.body !== '' && !/\s/.test(segment.body);
    const current = cue as typeof cue;
    if (
      current &&
      word &&
      current.words &&
      current.speaker === segment.speaker &&
      segment.start - current.end <= MAX_GAP &&
      current.text.length + segment.body.length < MAX_CHARS &&
      !SENTENCE_END.test(current.text)
    ) {
      current.text += (NO_SPACE_BEFORE.test(segment.body) ? '' : ' ') + segment.body;
      current.end = Math.max(current.end, end);
      return;
    }
    flush();
    cue = {
      start: segment.start,
      end: Math.max(end, segment.start),
      text: segment.body,
      speaker: segment.speaker,
      words: word,
    };
  });
  flush();
  return collector.result();
}
