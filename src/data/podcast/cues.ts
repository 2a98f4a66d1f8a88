import { stripBidiOverrides } from '../../core/bidi.js';

/** One timed piece of a transcript. Times are seconds, finite, with 0 <= start <= end. */
export interface Cue {
  start: number;
  end: number;
  /** Plain text: tags removed, entities decoded, whitespace collapsed. */
  text: string;
  speaker?: string;
}

export interface Transcript {
  /** Sorted by start time. */
  cues: Cue[];
  /** Cues dropped and why (English, for developers). */
  warnings: string[];
}

/** More cues than any episode needs (a 3-hour episode word by word is about 30,000). */
export const MAX_CUES = 100_000;

const MAX_WARNINGS = 50;
const MAX_SPEAKER = 100;

/** Collects cues and warnings for a parser, enforcing the Cue invariants and the limits. */
export class CueCollector {
  private readonly cues: Cue[] = [];
  private readonly warnings: string[] = [];
  private dropped = 0;
  private overflow = 0;

  warn(message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(message);
    else this.dropped++;
  }

  add(start: number, end: number, text: string, speaker?: string): void {
    const clean = stripBidiOverrides(text.replace(/\s+/g, ' ').trim());
    if (clean === '') return;
    if (!(Number.isFinite(start) && Number.isFinite(end) && start >= 0 && end >= start)) {
      this.warn(`Cue "${clean.slice(0, 40)}" dropped: its times (${start} to ${end}) are impossible`);
      return;
    }
    if (this.cues.length >= MAX_CUES) {
      this.overflow++;
      return;
    }
    // A speaker is a name: any markup in it (a broken or hostile <v> tag) goes, and so does length.
    const who =
      stripBidiOverrides(
        speaker
          ?.replace(/<[^>]*>?/g, '')
          .replace(/\s+/g, ' ')
          .trim() ?? '',
      ).slice(0, MAX_SPEAKER) || undefined;
    this.cues.push({ start, end, text: clean, speaker: who });
  }

  /** The cues in time order (stable, so simultaneous cues keep their file order). */
  result(): Transcript {
    if (this.overflow > 0) this.warn(`Only the first ${MAX_CUES} cues were read`);
    if (this.dropped > 0) this.warnings.push(`… and ${this.dropped} more problems`);
    const ordered = this.cues.every((cue, i) => i === 0 || this.cues[i - 1]!.start <= cue.start);
    return {
      cues: ordered ? this.cues : [...this.cues].sort((a, b) => a.start - b.start),
      warnings: this.warnings,
    };
  }
}
