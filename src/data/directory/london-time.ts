// UK local time (Europe/London) through Intl, so the clock changes come from the browser's own
// time zone data rather than a hand-written rule.

export const UK_TIME_ZONE = 'Europe/London';

let parts: Intl.DateTimeFormat | undefined;
const formatter = () =>
  (parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  }));

/** A calendar date with no time zone, counted in days since 1970-01-01. */
export type DayNumber = number;
const DAY = 86_400_000;

export const dayNumber = (isoDate: string): DayNumber => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
export const isoOfDay = (day: DayNumber): string => new Date(day * DAY).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday. */
export const weekdayOfDay = (day: DayNumber): number => (((day + 3) % 7) + 7) % 7;

/** The UK local wall-clock reading of an instant. */
export function londonParts(instant: Date): { date: string; time: string; offsetMinutes: number } {
  const p = Object.fromEntries(
    formatter()
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  const date = `${p.year}-${p.month}-${p.day}`;
  const wall = Date.parse(`${date}T${p.hour}:${p.minute}:${p.second}Z`);
  const offsetMinutes = Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  return { date, time: `${p.hour}:${p.minute}`, offsetMinutes };
}

/**
 * The instant when UK clocks show `time` on `date`. In the hour skipped in March the time is read
 * with winter's offset (01:30 → 02:30 BST); in the hour repeated in October, the first one.
 */
export function londonInstant(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsetBefore = londonParts(new Date(wall - 3 * 3_600_000)).offsetMinutes;
  const guess = wall - offsetBefore * 60_000;
  const offsetThen = londonParts(new Date(guess)).offsetMinutes;
  if (offsetThen === offsetBefore) return new Date(guess);
  const other = wall - offsetThen * 60_000;
  // Autumn: both readings exist; keep the earlier. Spring: the later one is the only real reading.
  return londonParts(new Date(other)).offsetMinutes === offsetThen
    ? new Date(Math.min(guess, other))
    : new Date(guess);
}

/** Today's date in the UK (`YYYY-MM-DD`). */
export const londonToday = (now: Date = new Date()): string => londonParts(now).date;
