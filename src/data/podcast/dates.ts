// Publication dates as feeds really write them: RFC 822 ("Wed, 03 Jan 2018 13:47:00 GMT") with
// two-digit years, full day and month names, "Sept", named US zones and no zone at all, and ISO
// 8601 (Atom, dc:date, Podcasting 2.0) with or without a colon in the offset. Parsed here rather
// than by Date.parse, whose leniency differs between browsers.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Readonly<Record<string, number>> = {
  gmt: 0,
  ut: 0,
  utc: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

// Each pattern names the same parts; the time and the zone are optional.
const TIME = String.raw`(?:[T\s]+(?<hours>\d{1,2}):(?<minutes>\d{2})(?::(?<seconds>\d{2})(?:[.,]\d+)?)?)?\s*(?<zone>.*)$`;
const DAY_NAME = String.raw`^(?:[a-z]+\.?,?\s+)?`;
// 2018-01-03T13:47:00.000-0600
const ISO = new RegExp(String.raw`^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})${TIME}`, 'i');
// [day-name,] 3 Jan 2018 [13:47[:00]] [zone]
const DAY_FIRST = new RegExp(
  String.raw`${DAY_NAME}(?<day>\d{1,2})[\s-]+(?<month>[a-z]+)\.?[\s-]+(?<year>\d{4}|\d{2})${TIME}`,
  'i',
);
// [day-name,] Jan 3[,] 2018 [13:47[:00]] [zone]
const MONTH_FIRST = new RegExp(
  String.raw`${DAY_NAME}(?<month>[a-z]+)\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})${TIME}`,
  'i',
);

/** Minutes east of UTC for "GMT", "+0100", "-05:00", "EST" or "" (UTC); null if unknown. */
function zoneOffset(zone: string): number | null {
  // RFC 822 allows a comment: "+0000 (UTC)".
  const text = zone.replace(/\([^)]*\)\s*$/, '').trim();
  if (text === '') return 0;
  const numeric = /^(?:gmt|utc)?\s*([+-])(\d{2}):?(\d{2})?$/i.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[text.toLowerCase()] ?? null;
}

function build(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  zone = '',
): Date | undefined {
  // "1:47 PM": a 12-hour clock, then perhaps a zone.
  const meridiem = /^([ap])\.?m\.?(?:\s+|$)/i.exec(zone);
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem[1]!.toLowerCase() === 'p' ? 12 : 0);
    zone = zone.slice(meridiem[0].length);
  }
  const offset = zoneOffset(zone);
  if (offset === null || month < 0 || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const date = new Date(Date.UTC(year, month, day, hours, minutes, Math.min(seconds, 59)));
  // Reject 31 June and the like instead of rolling over into July.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month) return undefined;
  return new Date(date.getTime() - offset * 60000);
}

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const fullYear = (year: string): number =>
  year.length === 2 ? (Number(year) < 70 ? 2000 : 1900) + Number(year) : Number(year);

/** A feed date as a Date, or undefined when it cannot be read. */
export function parseFeedDate(value: string | undefined): Date | undefined {
  const text = value?.trim().replace(/\s+/g, ' ') ?? '';
  const iso = ISO.exec(text)?.groups;
  const parts = iso ?? (DAY_FIRST.exec(text) ?? MONTH_FIRST.exec(text))?.groups;
  if (!parts) return undefined;
  const { year = '', month = '', day, hours, minutes, seconds, zone } = parts;
  return build(
    fullYear(year),
    iso ? Number(month) - 1 : monthIndex(month),
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    Number(seconds ?? 0),
    zone,
  );
}
