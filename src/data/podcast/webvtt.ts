import { HeldInMindError } from '../../core/errors.js';
import { CueCollector, type Transcript } from './cues.js';
import { createEntityDecoder, type EntityDecoder } from './entities.js';

// WebVTT after the W3C parsing rules (https://www.w3.org/TR/webvtt1/#file-parsing): signature
// line, header, blocks separated by blank lines; a block is a cue when its first or second line
// holds "-->" (so NOTE, STYLE and REGION blocks fall out); a cue ends at a blank line or at a line
// holding "-->", which starts the next one. Cue settings are ignored; cue text loses its tags
// (<v>, <c>, <i>, <b>, <u>, <ruby>, <lang>, inline timestamps) and keeps the first voice as the speaker.

const TIMESTAMP = /(\d+):(\d+)(?::(\d+))?\.(\d+)/y;
const SPACE = /[ \t]*/y;

/** Seconds from a WebVTT timestamp at `pos`, and where it ends; null if there is none. */
function timestamp(line: string, pos: number): { value: number; end: number } | null {
  TIMESTAMP.lastIndex = pos;
  const m = TIMESTAMP.exec(line);
  if (!m) return null;
  const [, first, second, third, fraction] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  if (fraction.length !== 3 || second.length !== 2 || Number(second) > 59) return null;
  let hours = 0;
  let minutes: number;
  let seconds: number;
  if (third === undefined) {
    // mm:ss.ttt: minutes must be two digits below 60
    if (first.length !== 2 || Number(first) > 59) return null;
    minutes = Number(first);
    seconds = Number(second);
  } else {
    if (third.length !== 2 || Number(third) > 59) return null;
    hours = Number(first);
    minutes = Number(second);
    seconds = Number(third);
  }
  return { value: hours * 3600 + minutes * 60 + seconds + Number(fraction) / 1000, end: TIMESTAMP.lastIndex };
}

const skipSpace = (line: string, pos: number): number => {
  SPACE.lastIndex = pos;
  SPACE.exec(line);
  return SPACE.lastIndex;
};

/** Start and end of a timing line ("00:01.000 --> 00:04.000 align:start"), or null. */
export function parseTimingLine(line: string): { start: number; end: number } | null {
  const start = timestamp(line, skipSpace(line, 0));
  if (!start) return null;
  const arrow = skipSpace(line, start.end);
  if (!line.startsWith('-->', arrow)) return null;
  const end = timestamp(line, skipSpace(line, arrow + 3));
  return end ? { start: start.value, end: end.value } : null;
}

/** Plain text and first voice of WebVTT cue text. */
export function readCueText(raw: string, decode: EntityDecoder): { text: string; speaker?: string } {
  let speaker: string | undefined;
  const text = raw.replace(/<([^>]*)>?/g, (_tag, inside: string) => {
    const voice = /^v(?:\.[^\s]*)?[ \t\n\f]+([\s\S]+)$/.exec(inside);
    if (voice && speaker === undefined) speaker = decode(voice[1]!).trim();
    return '';
  });
  return { text: decode(text), ...(speaker ? { speaker } : {}) };
}

/** Reads a WebVTT file; throws a `parse` HeldInMindError if it does not start with "WEBVTT". */
export function parseWebVtt(input: string): Transcript {
  const text = input
    .replace(/^\uFEFF/, '')
    .replace(/\0/g, '\uFFFD')
    .replace(/\r\n?/g, '\n');
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) {
    throw new HeldInMindError('parse', 'Not a WebVTT file: it must start with "WEBVTT"');
  }
  const lines = text.split('\n');
  const collector = new CueCollector();
  const decode = createEntityDecoder();
  let i = 1;
  while (i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->')) i++; // the header
  while (i < lines.length) {
    if (lines[i] === '') {
      i++;
      continue;
    }
    let timing: string;
    if (lines[i]!.includes('-->')) timing = lines[i++]!;
    else if (lines[i + 1]?.includes('-->')) {
      timing = lines[i + 1]!;
      i += 2;
    } else {
      while (i < lines.length && lines[i] !== '') i++; // NOTE, STYLE, REGION or stray text
      continue;
    }
    const body: string[] = [];
    while (i < lines.length && lines[i] !== '' && !lines[i]!.includes('-->')) body.push(lines[i++]!);
    const times = parseTimingLine(timing);
    if (!times) {
      collector.warn(`Cue skipped: "${timing.slice(0, 60)}" is not a WebVTT timing line`);
      continue;
    }
    const cue = readCueText(body.join('\n'), decode);
    collector.add(times.start, times.end, cue.text, cue.speaker);
  }
  return collector.result();
}
