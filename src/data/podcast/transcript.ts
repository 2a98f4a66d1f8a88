import { HeldInMindError, toHeldInMindError } from '../../core/errors.js';
import type { Cue, Transcript } from './cues.js';
import { mediaKind } from './media-types.js';
import { parseSrt } from './srt.js';
import { parseHtmlTranscript } from './transcript-html.js';
import { parseJsonTranscript } from './transcript-json.js';
import { parseWebVtt } from './webvtt.js';
import { MAX_FEED_SIZE } from './xml-guard.js';

export type { Cue, Transcript } from './cues.js';

/**
 * Reads a transcript into cues with start, end, speaker and plain text, sorted by start.
 * `type` is the podcast:transcript type ("text/vtt", "application/x-subrip", "application/json",
 * "text/html") or a short name ("vtt", "srt", "json", "html"); a vague one ("text/plain", "")
 * is decided by the content. Fails only with a HeldInMindError: `unsupported-format`, `parse`,
 * `invalid` or `too-large`.
 */
export function parseTranscript(text: string, type: string): Transcript {
  try {
    if (typeof text !== 'string') throw new HeldInMindError('invalid', 'A transcript must be text');
    if (text.length > MAX_FEED_SIZE) {
      throw new HeldInMindError('too-large', 'Refused: the transcript is over 25 MB', {
        limit: MAX_FEED_SIZE,
      });
    }
    switch (mediaKind(String(type), text)) {
      case 'vtt':
        return parseWebVtt(text);
      case 'srt':
        return parseSrt(text);
      case 'json':
        return parseJsonTranscript(text);
      case 'html':
        return parseHtmlTranscript(text);
      default:
        throw new HeldInMindError('unsupported-format', `Transcripts of type "${type}" are not supported`);
    }
  } catch (error) {
    throw toHeldInMindError(error, 'parse');
  }
}

/**
 * The index of the cue being spoken at `time` (seconds), or -1 between cues. Binary search over
 * cues sorted by start (as parseTranscript returns them); a cue is active from its start up to,
 * not including, its end. A long cue that an earlier-ending later one overlaps still counts.
 */
export function activeCueIndex(cues: readonly Cue[], time: number): number {
  if (!Number.isFinite(time)) return -1;
  let low = 0;
  let high = cues.length - 1;
  let last = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cues[mid]!.start <= time) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  for (let i = last; i >= 0 && i > last - 8; i--) if (time < cues[i]!.end) return i;
  return -1;
}

/** A cue that contains the query, with where the first match is in `cue.text`. */
export interface TranscriptMatch {
  index: number;
  /** Offsets into the cue's text: text.slice(start, end) is the matched passage. */
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** Index into the original text for each folded character; null when they are the same. */
  origin: number[] | null;
}

const MARKS = /\p{M}/gu;
const folded = new WeakMap<Cue, Folded>();

/** Lower case without accents ("Éte" → "ete"), mapped back to the original positions. */
function fold(text: string): Folded {
  if (/^[\0-\x7f]*$/.test(text)) return { text: text.toLowerCase(), origin: null };
  let out = '';
  const origin: number[] = [];
  let i = 0;
  for (const char of text) {
    // most characters of most transcripts are ASCII: only the others need decomposing
    const f = char < '\x80' ? char.toLowerCase() : char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let k = 0; k < f.length; k++) origin.push(i);
    out += f;
    i += char.length;
  }
  return { text: out, origin };
}

/**
 * Cues whose text contains `query`, ignoring case and accents ("creche" finds "Crèche"), in
 * transcript order. Each cue's folded text is computed once and kept while the cue lives.
 */
export function searchTranscript(cues: readonly Cue[], query: string): TranscriptMatch[] {
  const needle = fold(
    String(query ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  ).text;
  if (needle === '') return [];
  const matches: TranscriptMatch[] = [];
  cues.forEach((cue, index) => {
    let entry = folded.get(cue);
    if (!entry) folded.set(cue, (entry = fold(cue.text)));
    const at = entry.text.indexOf(needle);
    if (at < 0) return;
    const { origin } = entry;
    const start = origin ? origin[at]! : at;
    const end = origin ? (origin[at + needle.length] ?? cue.text.length) : at + needle.length;
    matches.push({ index, start, end });
  });
  return matches;
}
