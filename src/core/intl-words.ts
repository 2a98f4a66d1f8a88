import { msg, str } from './localize.js';
import { plural, type IntlWords, type PluralCategory, type WordUnit } from './format.js';
import { primaryLanguage } from './locale.js';

// Loaded with the messages of a language this browser has no Intl data for (see format.ts).
// Descriptions are repeated literally: lit-localize reads each one as written.

const weekdays = [
  () =>
    msg('Sunday', {
      id: 'hm.core.weekday.sunday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('Monday', {
      id: 'hm.core.weekday.monday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('Tuesday', {
      id: 'hm.core.weekday.tuesday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('Wednesday', {
      id: 'hm.core.weekday.wednesday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('Thursday', {
      id: 'hm.core.weekday.thursday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('Friday', {
      id: 'hm.core.weekday.friday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('Saturday', {
      id: 'hm.core.weekday.saturday',
      desc: 'Day name, in dates and opening times. Used only where the browser has no names in this language.',
    }),
];

const months = [
  () =>
    msg('January', {
      id: 'hm.core.month.january',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('February', {
      id: 'hm.core.month.february',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('March', {
      id: 'hm.core.month.march',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('April', {
      id: 'hm.core.month.april',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('May', {
      id: 'hm.core.month.may',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('June', {
      id: 'hm.core.month.june',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('July', {
      id: 'hm.core.month.july',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('August', {
      id: 'hm.core.month.august',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('September', {
      id: 'hm.core.month.september',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('October', {
      id: 'hm.core.month.october',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('November', {
      id: 'hm.core.month.november',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
  () =>
    msg('December', {
      id: 'hm.core.month.december',
      desc: 'Month name inside a date such as “3 March 2026”. Used only where the browser has no names in this language.',
    }),
];

type Forms = (amount: string) => Record<PluralCategory, () => string>;

const units: Record<WordUnit, Forms> = {
  hour: (n) => ({
    zero: () =>
      msg(str`${n} hours`, {
        id: 'hm.core.unit.hour.zero',
        desc: 'A length of time in hours (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    one: () =>
      msg(str`${n} hour`, {
        id: 'hm.core.unit.hour.one',
        desc: 'A length of time in hours (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    two: () =>
      msg(str`${n} hours`, {
        id: 'hm.core.unit.hour.two',
        desc: 'A length of time in hours (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    few: () =>
      msg(str`${n} hours`, {
        id: 'hm.core.unit.hour.few',
        desc: 'A length of time in hours (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    many: () =>
      msg(str`${n} hours`, {
        id: 'hm.core.unit.hour.many',
        desc: 'A length of time in hours (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    other: () =>
      msg(str`${n} hours`, {
        id: 'hm.core.unit.hour.other',
        desc: 'A length of time in hours (the number is already formatted). Used only where the browser has no names in this language.',
      }),
  }),
  minute: (n) => ({
    zero: () =>
      msg(str`${n} minutes`, {
        id: 'hm.core.unit.minute.zero',
        desc: 'A length of time in minutes (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    one: () =>
      msg(str`${n} minute`, {
        id: 'hm.core.unit.minute.one',
        desc: 'A length of time in minutes (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    two: () =>
      msg(str`${n} minutes`, {
        id: 'hm.core.unit.minute.two',
        desc: 'A length of time in minutes (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    few: () =>
      msg(str`${n} minutes`, {
        id: 'hm.core.unit.minute.few',
        desc: 'A length of time in minutes (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    many: () =>
      msg(str`${n} minutes`, {
        id: 'hm.core.unit.minute.many',
        desc: 'A length of time in minutes (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    other: () =>
      msg(str`${n} minutes`, {
        id: 'hm.core.unit.minute.other',
        desc: 'A length of time in minutes (the number is already formatted). Used only where the browser has no names in this language.',
      }),
  }),
  second: (n) => ({
    zero: () =>
      msg(str`${n} seconds`, {
        id: 'hm.core.unit.second.zero',
        desc: 'A length of time in seconds (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    one: () =>
      msg(str`${n} second`, {
        id: 'hm.core.unit.second.one',
        desc: 'A length of time in seconds (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    two: () =>
      msg(str`${n} seconds`, {
        id: 'hm.core.unit.second.two',
        desc: 'A length of time in seconds (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    few: () =>
      msg(str`${n} seconds`, {
        id: 'hm.core.unit.second.few',
        desc: 'A length of time in seconds (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    many: () =>
      msg(str`${n} seconds`, {
        id: 'hm.core.unit.second.many',
        desc: 'A length of time in seconds (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    other: () =>
      msg(str`${n} seconds`, {
        id: 'hm.core.unit.second.other',
        desc: 'A length of time in seconds (the number is already formatted). Used only where the browser has no names in this language.',
      }),
  }),
  month: (n) => ({
    zero: () =>
      msg(str`${n} months`, {
        id: 'hm.core.unit.month.zero',
        desc: 'A baby’s age in months, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    one: () =>
      msg(str`${n} month`, {
        id: 'hm.core.unit.month.one',
        desc: 'A baby’s age in months, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    two: () =>
      msg(str`${n} months`, {
        id: 'hm.core.unit.month.two',
        desc: 'A baby’s age in months, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    few: () =>
      msg(str`${n} months`, {
        id: 'hm.core.unit.month.few',
        desc: 'A baby’s age in months, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    many: () =>
      msg(str`${n} months`, {
        id: 'hm.core.unit.month.many',
        desc: 'A baby’s age in months, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    other: () =>
      msg(str`${n} months`, {
        id: 'hm.core.unit.month.other',
        desc: 'A baby’s age in months, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
  }),
  year: (n) => ({
    zero: () =>
      msg(str`${n} years`, {
        id: 'hm.core.unit.year.zero',
        desc: 'A child’s age in years, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    one: () =>
      msg(str`${n} year`, {
        id: 'hm.core.unit.year.one',
        desc: 'A child’s age in years, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    two: () =>
      msg(str`${n} years`, {
        id: 'hm.core.unit.year.two',
        desc: 'A child’s age in years, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    few: () =>
      msg(str`${n} years`, {
        id: 'hm.core.unit.year.few',
        desc: 'A child’s age in years, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    many: () =>
      msg(str`${n} years`, {
        id: 'hm.core.unit.year.many',
        desc: 'A child’s age in years, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    other: () =>
      msg(str`${n} years`, {
        id: 'hm.core.unit.year.other',
        desc: 'A child’s age in years, in filters and group ages (the number is already formatted). Used only where the browser has no names in this language.',
      }),
  }),
  mile: (n) => ({
    zero: () =>
      msg(str`${n} miles`, {
        id: 'hm.core.unit.mile.zero',
        desc: 'A distance in miles (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    one: () =>
      msg(str`${n} mile`, {
        id: 'hm.core.unit.mile.one',
        desc: 'A distance in miles (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    two: () =>
      msg(str`${n} miles`, {
        id: 'hm.core.unit.mile.two',
        desc: 'A distance in miles (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    few: () =>
      msg(str`${n} miles`, {
        id: 'hm.core.unit.mile.few',
        desc: 'A distance in miles (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    many: () =>
      msg(str`${n} miles`, {
        id: 'hm.core.unit.mile.many',
        desc: 'A distance in miles (the number is already formatted). Used only where the browser has no names in this language.',
      }),
    other: () =>
      msg(str`${n} miles`, {
        id: 'hm.core.unit.mile.other',
        desc: 'A distance in miles (the number is already formatted). Used only where the browser has no names in this language.',
      }),
  }),
};

/** Welsh cardinal plural rules (CLDR), for engines that have none: 0, 1, 2, 3, 6, other. */
const welsh = (n: number): PluralCategory =>
  n === 0 ? 'zero' : n === 1 ? 'one' : n === 2 ? 'two' : n === 3 ? 'few' : n === 6 ? 'many' : 'other';

export const intlWords: IntlWords = {
  weekday: (day) => weekdays[day]?.() ?? '',
  month: (month) => months[month]?.() ?? '',
  unit: (amount, count, unit, locale) => plural(count, locale, units[unit](amount)),
  list: (items) => {
    if (items.length < 2) return items.join('');
    const start = items.slice(0, -1).join(', ');
    const last = items[items.length - 1]!;
    return msg(str`${start} and ${last}`, {
      id: 'hm.core.list.and',
      desc: 'Joins a list: “pregnancy, 0–11 months and 1–2 years”. Used only where the browser has no data for this language.',
    });
  },
  // Somali and Pashto, the other languages Debian's Chromium lacks, use one/other as English does.
  plural: (count, locale) =>
    primaryLanguage(locale) === 'cy' && Number.isInteger(count) ? welsh(count) : null,
};
