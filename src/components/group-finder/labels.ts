// Words the finder shows about groups, every one through msg() and Intl.
import { msg, str } from '../../core/localize.js';
import { formatDate, formatNumber, formatList, formatUnitRange, plural } from '../../core/format.js';
import type { GroupType } from '../../data/directory/group-types.js';
import type { AgeRange, Cost, Attendance, Session } from '../../data/directory/model.js';
import { UK_TIME_ZONE, londonParts, dayNumber } from '../../data/directory/london-time.js';

export function typeLabel(type: GroupType): string {
  switch (type) {
    case 'baby-massage':
      return msg('Baby massage', { id: 'hm.group-finder.type.baby-massage', desc: 'Type of group.' });
    case 'baby-yoga':
      return msg('Baby yoga', { id: 'hm.group-finder.type.baby-yoga', desc: 'Type of group.' });
    case 'music-rhyme':
      return msg('Music and rhyme time', { id: 'hm.group-finder.type.music-rhyme', desc: 'Type of group.' });
    case 'stay-play':
      return msg('Stay and play', { id: 'hm.group-finder.type.stay-play', desc: 'Type of group.' });
    case 'parent-baby':
      return msg('Parent and baby', { id: 'hm.group-finder.type.parent-baby', desc: 'Type of group.' });
    case 'dads':
      return msg('Dads’ groups', { id: 'hm.group-finder.type.dads', desc: 'Type of group.' });
    case 'peer-support':
      return msg('Peer support', {
        id: 'hm.group-finder.type.peer-support',
        desc: 'Type of group: parents supporting each other, including attachment-parenting groups.',
      });
    case 'infant-feeding':
      return msg('Infant feeding', { id: 'hm.group-finder.type.infant-feeding', desc: 'Type of group.' });
    case 'sleep':
      return msg('Sleep support', { id: 'hm.group-finder.type.sleep', desc: 'Type of group.' });
    case 'perinatal-mental-health':
      return msg('Perinatal mental health', {
        id: 'hm.group-finder.type.perinatal-mental-health',
        desc: 'Type of group: support for parents’ mental health in pregnancy and after birth.',
      });
    case 'single-parents':
      return msg('Single parents', { id: 'hm.group-finder.type.single-parents', desc: 'Type of group.' });
    case 'family-hub':
      return msg('Family hub sessions', {
        id: 'hm.group-finder.type.family-hub',
        desc: 'Type of group: sessions at a family hub or children’s centre.',
      });
    case 'health-visitor':
      return msg('Health visitor clinics', {
        id: 'hm.group-finder.type.health-visitor',
        desc: 'Type of group: baby clinics run by health visitors.',
      });
    case 'early-language':
      return msg('Early language', {
        id: 'hm.group-finder.type.early-language',
        desc: 'Type of group: talking, language and social skills for babies and toddlers.',
      });
  }
}

export function costLabel(cost: Cost): string {
  if (cost === 'free')
    return msg('Free', { id: 'hm.group-finder.cost.free', desc: 'The group costs nothing.' });
  if (cost === 'paid')
    return msg('Costs money', { id: 'hm.group-finder.cost.paid', desc: 'The group charges a fee.' });
  return msg('Cost not given', {
    id: 'hm.group-finder.cost.unknown',
    desc: 'The directory does not say whether the group costs anything.',
  });
}

export function bookingLabel(booking: 'drop-in' | 'book'): string {
  return booking === 'book'
    ? msg('Booking needed', {
        id: 'hm.group-finder.booking.book',
        desc: 'The group asks people to book a place first.',
      })
    : msg('Drop in, no need to book', {
        id: 'hm.group-finder.booking.drop-in',
        desc: 'People can just turn up to the group.',
      });
}

/** "Last checked 3 November 2025", from a `YYYY-MM-DD` date. */
export function checkedLabel(date: string, locale: string): string {
  const when = formatDate(new Date(`${date}T12:00:00Z`), locale, { dateStyle: 'long', timeZone: 'UTC' });
  return msg(str`Last checked ${when}`, {
    id: 'hm.group-finder.checked',
    desc: 'When the directory’s owner last checked this entry, e.g. “Last checked 3 November 2025”.',
  });
}

export function attendanceLabel(attendance: Attendance): string {
  if (attendance === 'online')
    return msg('Online', { id: 'hm.group-finder.attendance.online', desc: 'The group meets online.' });
  if (attendance === 'both')
    return msg('Online and in person', {
      id: 'hm.group-finder.attendance.both',
      desc: 'The group meets both online and in a building.',
    });
  return msg('In person', {
    id: 'hm.group-finder.attendance.in-person',
    desc: 'The group meets in a building.',
  });
}

const months = (n: number, locale: string) =>
  formatNumber(n, locale, { style: 'unit', unit: 'month', unitDisplay: 'long' });
const years = (n: number, locale: string) =>
  formatNumber(n, locale, { style: 'unit', unit: 'year', unitDisplay: 'long' });

/** "0–11 months", "pregnancy and 0–12 months", "from 6 months". */
export function agesLabel(ages: AgeRange | undefined, locale: string): string {
  if (!ages) return '';
  const { minMonths: min = 0, maxMonths: max } = ages;
  const parts: string[] = [];
  if (ages.pregnancy)
    parts.push(
      msg('Pregnancy', { id: 'hm.group-finder.age.pregnancy', desc: 'Expectant parents are welcome.' }),
    );
  if (max !== undefined) {
    const inYears = min % 12 === 0 && max % 12 === 0 && max >= 24;
    parts.push(
      inYears
        ? formatUnitRange(min / 12, max / 12, 'year', locale)
        : formatUnitRange(min, max, 'month', locale),
    );
  } else if (min > 0) {
    const from = months(min, locale);
    parts.push(
      msg(str`From ${from}`, { id: 'hm.group-finder.age.from', desc: 'Lowest age, e.g. “From 6 months”.' }),
    );
  }
  return formatList(parts, locale);
}

/** An age choice in the filter: "6 months", "2 years". */
export const ageOption = (value: number, locale: string): string =>
  value >= 24 && value % 12 === 0 ? years(value / 12, locale) : months(value, locale);

const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  english: 'en',
  welsh: 'cy',
  cymraeg: 'cy',
  arabic: 'ar',
  polish: 'pl',
  urdu: 'ur',
  bengali: 'bn',
  punjabi: 'pa',
  somali: 'so',
  romanian: 'ro',
  portuguese: 'pt',
  spanish: 'es',
  french: 'fr',
  turkish: 'tr',
  gujarati: 'gu',
  'british sign language': 'bfi',
  bsl: 'bfi',
  gaelic: 'gd',
  irish: 'ga',
};

/** A language the directory names ("Welsh" or "cy"), in the reader's language when Intl knows it. */
export function languageName(name: string, locale: string): string {
  const code = LANGUAGE_CODES[name.trim().toLowerCase()] ?? (/^[a-z]{2,3}$/i.test(name) ? name : null);
  if (!code) return name;
  try {
    return new Intl.DisplayNames([locale, 'en-GB'], { type: 'language', fallback: 'code' }).of(code) ?? name;
  } catch {
    return name;
  }
}

const time = (d: Date, locale: string) =>
  formatDate(d, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: UK_TIME_ZONE });

/** "10:00–11:00" in UK time. */
export function sessionTimes(session: Session, locale: string): string {
  const start = time(session.start, locale);
  return session.end ? `${start}–${time(session.end, locale)}` : start;
}

/** "Today", "Tomorrow", "Thursday", or "Thu 4 December" for a session's UK date. */
export function sessionDay(session: Session, now: Date, locale: string): string {
  const days = dayNumber(session.date) - dayNumber(londonParts(now).date);
  const noon = new Date(`${session.date}T12:00:00Z`);
  // Messages, not Intl.RelativeTimeFormat: browsers without data for a language (Debian's
  // Chromium has none for Welsh) would say "Tomorrow" in English.
  if (days === 0)
    return msg('Today', { id: 'hm.group-finder.session.today', desc: 'A session later today.' });
  if (days === 1)
    return msg('Tomorrow', { id: 'hm.group-finder.session.tomorrow', desc: 'A session tomorrow.' });
  if (days > 1 && days < 7) return formatDate(noon, locale, { weekday: 'long', timeZone: 'UTC' });
  return formatDate(noon, locale, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** "Tomorrow, 10:00–11:00". */
export function sessionWhen(session: Session, now: Date, locale: string): string {
  const day = sessionDay(session, now, locale);
  const times = sessionTimes(session, locale);
  return msg(str`${day}, ${times}`, {
    id: 'hm.group-finder.session.when',
    desc: 'A session’s day and times, e.g. “Tomorrow, 10:00–11:00”. Keep the order natural for the language.',
  });
}

/** "12 groups found" with the right plural form. */
export function countText(total: number, locale: string, messageLocale: string): string {
  const n = formatNumber(total, locale);
  return plural(total, messageLocale, {
    zero: () =>
      msg('No groups found', { id: 'hm.group-finder.count.zero', desc: 'Result count; the count is zero.' }),
    one: () =>
      msg(str`${n} group found`, {
        id: 'hm.group-finder.count.one',
        desc: 'Result count. Plural category “one”.',
      }),
    two: () =>
      msg(str`${n} groups found`, {
        id: 'hm.group-finder.count.two',
        desc: 'Result count. Plural category “two”.',
      }),
    few: () =>
      msg(str`${n} groups found`, {
        id: 'hm.group-finder.count.few',
        desc: 'Result count. Plural category “few”.',
      }),
    many: () =>
      msg(str`${n} groups found`, {
        id: 'hm.group-finder.count.many',
        desc: 'Result count. Plural category “many”.',
      }),
    other: () =>
      msg(str`${n} groups found`, {
        id: 'hm.group-finder.count.other',
        desc: 'Result count. Plural category “other”.',
      }),
  });
}
