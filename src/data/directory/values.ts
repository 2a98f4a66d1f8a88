// Tolerant readers for values from feeds: anything may be missing, of the wrong type, or a
// string where a number belongs.
import { htmlToText } from './html-to-text.js';

export type Json = Record<string, unknown>;

const MAX_TEXT = 10_000;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array's objects; anything else is an empty list. */
export const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** Trimmed plain text, capped; numbers become text; markup is removed. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const plain = htmlToText(value.slice(0, MAX_TEXT));
  return plain === '' ? undefined : plain;
}

/** A finite number, also from a numeric string ("51.45"). */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** Distinct non-empty strings, in order. */
export const unique = (values: Iterable<string | undefined>): string[] => [
  ...new Set([...values].filter((v): v is string => v !== undefined && v !== '')),
];

/** The UK with a margin: lets swapped coordinates be recognised and fixed. */
const inUk = (lat: number, lon: number) => lat >= 49 && lat <= 61.5 && lon >= -11 && lon <= 3;

/**
 * Coordinates as usable numbers, or none. Strings are read, swapped UK pairs are put right,
 * 0,0 and out-of-range values are dropped; each fix or drop is noted in `warnings`.
 */
export function coordinates(
  latValue: unknown,
  lonValue: unknown,
  warnings: string[],
): { lat: number; lon: number } | undefined {
  if (latValue == null && lonValue == null) return undefined;
  const lat = num(latValue);
  const lon = num(lonValue);
  if (lat === undefined || lon === undefined) {
    warnings.push('coordinates are not numbers: dropped');
    return undefined;
  }
  if (lat === 0 && lon === 0) {
    warnings.push('coordinates are 0,0: dropped');
    return undefined;
  }
  if (!inUk(lat, lon) && inUk(lon, lat)) {
    warnings.push('latitude and longitude were swapped: put right');
    return { lat: lon, lon: lat };
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    warnings.push('coordinates are out of range: dropped');
    return undefined;
  }
  return { lat, lon };
}

/** `YYYY-MM-DD` from a date or date-time string, if it is a real date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : undefined;
}

/** `HH:MM` from `HH:MM`, `HH:MM:SS` or `H:MM`, if it is a real time of day. */
export function clockTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const h = Number(match[1]);
  const m = Number(match[2]);
  return h < 24 && m < 60 ? `${String(h).padStart(2, '0')}:${match[2]}` : undefined;
}
