import { HeldInMindError } from '../../core/errors.js';
import { CueCollector, type Transcript } from './cues.js';
import { parseDuration } from './durations.js';

// Podcasting 2.0 HTML transcripts: <cite>Speaker:</cite> <time>0:53</time> <p>what they said</p>.
// Read in a document of its own from DOMParser, which runs no script, loads nothing and is never
// attached to the page. HTML gives start times only, so a paragraph ends where the next one starts,
// and the last one after its words at an everyday speaking rate.

const WORDS_PER_SECOND = 2.5;

const clean = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

export function parseHtmlTranscript(html: string): Transcript {
  if (typeof DOMParser === 'undefined') {
    throw new HeldInMindError('unsupported-format', 'HTML transcripts need a browser (DOMParser)');
  }
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const collector = new CueCollector();
  const paragraphs: { start?: number; speaker?: string; text: string }[] = [];
  let speaker: string | undefined;
  let start: number | undefined;
  const readTime = (element: Element) => {
    const value =
      parseDuration(element.getAttribute('datetime') ?? '') ?? parseDuration(clean(element.textContent));
    if (value === undefined)
      collector.warn(`<time>${clean(element.textContent).slice(0, 20)}</time> is not a time`);
    else start = value;
  };
  for (const element of Array.from(body.querySelectorAll('cite, time, p'))) {
    const inParagraph = element.tagName !== 'P' && element.parentElement?.closest('p');
    if (inParagraph) continue; // read with its paragraph, below
    if (element.tagName === 'CITE') speaker = clean(element.textContent).replace(/\s*:$/, '');
    else if (element.tagName === 'TIME') readTime(element);
    else {
      const paragraph = element.cloneNode(true) as Element;
      for (const inner of Array.from(paragraph.querySelectorAll('cite, time'))) {
        if (inner.tagName === 'CITE') speaker = clean(inner.textContent).replace(/\s*:$/, '');
        else readTime(inner);
        inner.remove();
      }
      paragraphs.push({ start, speaker, text: clean(paragraph.textContent) });
      start = undefined;
    }
  }
  let previous = 0;
  const starts = paragraphs.map((p) => (previous = p.start ?? previous));
  // A paragraph ends where the next one with a different start begins (found walking back).
  const ends: (number | undefined)[] = [];
  for (let i = starts.length - 1; i >= 0; i--) {
    const next = starts[i + 1];
    ends[i] = next === undefined ? undefined : next !== starts[i] ? next : ends[i + 1];
  }
  paragraphs.forEach((p, i) => {
    const start = starts[i]!;
    const end = ends[i];
    const spoken = start + Math.max(1, p.text.split(' ').length / WORDS_PER_SECOND);
    collector.add(start, end !== undefined && end > start ? end : spoken, p.text, p.speaker);
  });
  return collector.result();
}
