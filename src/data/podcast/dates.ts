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

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?`;
// [day-name,] 3 Jan 2018 [13:47[:00]] [zone]
const DAY_FIRST = new RegExp(
  String.raw`^(?:[a-z]+\.?,?\s+)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2,4})(?:\s+${TIME})?\s*(.*)$`,
  'i',
);
// [day-name,] Jan 3[,] 2018 [13:47[:00]] [zone]
const MONTH_FIRST = new RegExp(
  String.raw`^(?:[a-z]+\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+${TIME})?\s*(.*)$`,
  'i',
);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(.*)$/i;

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
  if (text === '') return undefined;
  let m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    return build(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), zone);
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const [, d, mo, y, h, mi, s, zone] = m;
    if (y!.length === 3) return undefined;
    return build(
      fullYear(y!),
      monthIndex(mo!),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
      zone,
    );
  }
  m = MONTH_FIRST.exec(text);
  if (m) {
    const [, mo, d, y, h, mi, s, zone] = m;
    return build(
      Number(y),
      monthIndex(mo!),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
      zone,
    );
  }
  return undefined;
}
