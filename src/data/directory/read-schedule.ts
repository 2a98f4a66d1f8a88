import type { ByDay, Schedule, Weekday } from './model.js';
import { clockTime, isoDate, num, text, type Json } from './values.js';

const BYDAY = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

/** `byday` as ORUK writes it: "MO", "MO,WE", "2TU", "-1FR" (also lowercase, spaced). */
export function parseByDay(value: unknown, warnings: string[]): ByDay[] {
  if (typeof value !== 'string') return [];
  const result: ByDay[] = [];
  for (const part of value.toUpperCase().split(/[\s,;]+/)) {
    if (part === '') continue;
    const match = BYDAY.exec(part);
    const ordinal = match?.[1] === undefined ? undefined : Number(match[1]);
    if (!match || ordinal === 0 || (ordinal !== undefined && Math.abs(ordinal) > 5)) {
      warnings.push(`schedule byday "${part.slice(0, 20)}" is not understood: ignored`);
      continue;
    }
    result.push(ordinal === undefined ? { day: match[2] as Weekday } : { day: match[2] as Weekday, ordinal });
  }
  return result;
}

function parseByMonthDay(value: unknown, warnings: string[]): number[] {
  const parts =
    typeof value === 'number' ? [String(value)] : typeof value === 'string' ? value.split(/[\s,;]+/) : [];
  const days: number[] = [];
  for (const part of parts) {
    if (part === '') continue;
    const n = Number(part);
    if (Number.isInteger(n) && n !== 0 && Math.abs(n) <= 31) days.push(n);
    else warnings.push(`schedule bymonthday "${part.slice(0, 20)}" is not understood: ignored`);
  }
  return days;
}

/**
 * One ORUK schedule object (1.0 `regular_schedules`, 3.0 `schedules`, or the library's own
 * format, which uses the same names) → a {@link Schedule}, or undefined if nothing is usable.
 */
export function readSchedule(raw: Json, warnings: string[]): Schedule | undefined {
  const freqText = typeof raw.freq === 'string' ? raw.freq.trim().toUpperCase() : '';
  const description = text(raw.description);
  let freq: Schedule['freq'];
  if (freqText === 'WEEKLY' || freqText === 'MONTHLY') freq = freqText;
  else if (freqText !== '')
    warnings.push(`schedule freq "${freqText.slice(0, 20)}" is not supported: description only`);
  const intervalValue = num(raw.interval);
  const interval =
    intervalValue !== undefined && Number.isInteger(intervalValue) && intervalValue >= 1 ? intervalValue : 1;
  if (raw.interval != null && raw.interval !== '' && interval !== intervalValue) {
    warnings.push('schedule interval is not a positive whole number: 1 used');
  }
  const opensAt = clockTime(raw.opens_at);
  const closesAt = clockTime(raw.closes_at);
  if (raw.opens_at != null && raw.opens_at !== '' && !opensAt)
    warnings.push('schedule opens_at is not a time');
  if (raw.closes_at != null && raw.closes_at !== '' && !closesAt)
    warnings.push('schedule closes_at is not a time');
  const schedule: Schedule = {
    interval,
    byDay: parseByDay(raw.byday, warnings),
    byMonthDay: parseByMonthDay(raw.bymonthday, warnings),
  };
  const dtstart = isoDate(raw.dtstart);
  const validFrom = isoDate(raw.valid_from);
  const validTo = isoDate(raw.valid_to);
  if (dtstart) schedule.dtstart = dtstart;
  if (validFrom) schedule.validFrom = validFrom;
  if (validTo) schedule.validTo = validTo;
  if (opensAt) schedule.opensAt = opensAt;
  if (closesAt) schedule.closesAt = closesAt;
  if (description) schedule.description = description;
  if (freq && !opensAt) warnings.push('schedule has no opening time: description only');
  else if (freq) schedule.freq = freq;
  if (!schedule.freq && !description) return undefined;
  return schedule;
}

// Kept here too for modules that imported it from the reader.
export { weekdayIndex } from './model.js';
