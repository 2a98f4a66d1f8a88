import { CueCollector, type Transcript } from './cues.js';
import { createEntityDecoder } from './entities.js';

// SubRip as transcription services write it: numbered blocks (numbers missing, repeated or out
// of order are fine), "00:00:01,500 --> 00:00:04,000" with a comma or a full stop and optional
// hours, HTML-ish tags (<i>, <font>) and ASS overrides ({\an8}) to strip, and the Podcasting 2.0
// convention of "Name:" at the start of a cue when the speaker changes, so a name holds until
// the next one.

const TIME = String.raw`(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?`;
const TIMING = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}`);
// "Sarah:", "DR. JONES:", ">> Tom:", "- Anna Lee:": up to four capitalised words, then a colon
// ("So here's the thing: …" is not a name).
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const SPEAKER = new RegExp(String.raw`^(?:>>\s*|-\s*)?(${WORD}(?:\s${WORD}){0,3})\s*:\s+(?=\S)`, 'u');

function seconds(h: string | undefined, m: string, s: string, fraction: string | undefined): number {
  if (Number(m) > 59 || Number(s) > 59) return NaN;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(`0.${fraction ?? 0}`);
}

/** Reads SubRip (.srt) text. Blocks without a timing line are skipped with a warning. */
export function parseSrt(input: string): Transcript {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const collector = new CueCollector();
  const decode = createEntityDecoder();
  let speaker: string | undefined;
  for (const block of text.split(/\n[ \t]*(?:\n[ \t]*)+/)) {
    const lines = block.split('\n').filter((line, i) => i > 0 || line.trim() !== '');
    if (lines.length === 0) continue;
    const at = TIMING.test(lines[0]!) ? 0 : lines[1] !== undefined && TIMING.test(lines[1]) ? 1 : -1;
    if (at < 0) {
      collector.warn(`Block skipped: no timing line in "${lines.join(' ').slice(0, 60)}"`);
      continue;
    }
    const m = TIMING.exec(lines[at]!)!;
    const start = seconds(m[1], m[2]!, m[3]!, m[4]);
    const end = seconds(m[5], m[6]!, m[7]!, m[8]);
    let body = decode(
      lines
        .slice(at + 1)
        .join(' ')
        .replace(/<[^>]*>/g, '')
        .replace(/\{\\[^}]*\}/g, ''),
    ).trim();
    const named = SPEAKER.exec(body);
    if (named) {
      speaker = named[1]!.trim();
      body = body.slice(named[0].length);
    }
    collector.add(start, end, body, speaker);
  }
  return collector.result();
}
