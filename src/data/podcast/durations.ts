// Durations and clock times as feeds, chapters and transcripts write them. itunes:duration alone
// comes as "3723", "3723.5", "62:03", "1:02:03", "01:02:03.500", "PT1H2M3S" and "1h 2m"; Podlove
// Simple Chapters use normal play time ("01:02:03.500", "62:03", "3723.5"). All give seconds, or
// undefined for anything else (never NaN, never negative).

const CLOCK = /^(?:(?:(\d+):)?(\d+):)?(\d+(?:\.\d*)?)$/;
const ISO = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const UNIT = /(\d+(?:\.\d+)?)\s*(h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?![a-z])/gi;
const UNIT_SECONDS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1 };

const finite = (seconds: number): number | undefined =>
  Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;

/**
 * Seconds from a clock time: "ss(.fff)", "mm:ss(.fff)" or "hh:mm:ss(.fff)". Fields that
 * overflow are added up as written: feeds say "00:60:05" for an hour and five seconds.
 */
export function parseClock(value: string): number | undefined {
  const match = CLOCK.exec(value.trim());
  if (!match) return undefined;
  const [, hours, minutes, seconds] = match;
  return finite(Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds));
}

/** Seconds from any duration a feed may give (see the top of this file), or undefined. */
export function parseDuration(value: string | undefined): number | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const clock = parseClock(text);
  if (clock !== undefined) return clock;
  const iso = ISO.exec(text);
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    const [, d, h, m, s] = iso.map((part) => Number(part ?? 0));
    return finite(d! * 86400 + h! * 3600 + m! * 60 + s!);
  }
  let total = 0;
  let consumed = '';
  for (const [whole, amount, unit] of text.matchAll(UNIT)) {
    total += Number(amount) * UNIT_SECONDS[unit![0]!.toLowerCase()]!;
    consumed += whole;
  }
  // Every digit must belong to a unit ("1h 2m" yes, "1h 2" no).
  const digits = (s: string) => s.replace(/\D/g, '');
  return consumed !== '' && digits(consumed) === digits(text) ? finite(total) : undefined;
}
