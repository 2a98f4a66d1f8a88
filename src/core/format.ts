/**
 * Intl helpers. Each takes the locale explicitly (from `formattingLocale(element)`) so nothing
 * depends on the browser's UI language, and each falls back to en-GB if a tag is refused.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

type IntlConstructor = { supportedLocalesOf(locales: string[]): string[] };

export type WordUnit = 'hour' | 'minute' | 'second' | 'month' | 'year' | 'mile';

/**
 * Translated names for what Intl would say in a language the browser has no data for (Welsh,
 * Somali and Pashto in Debian's Chromium). The localisation runtime installs them, from the
 * language's own messages, only for such a language; English pages never load them.
 */
export interface IntlWords {
  /** 0 = Sunday. */
  weekday(day: number): string;
  /** 0 = January. */
  month(month: number): string;
  /** "3 months": `amount` is the number already formatted, `count` picks the plural form. */
  unit(amount: string, count: number, unit: WordUnit, locale: string): string;
  /** "a, b and c". */
  list(items: string[]): string;
  /** CLDR plural rules where the browser lacks them (Welsh has six categories). */
  plural(count: number, locale: string): PluralCategory | null;
}

let words: IntlWords | null = null;

export const installIntlWords = (value: IntlWords | null): void => {
  words = value;
};

/** Whether this engine has Intl data for the locale (Debian's Chromium has none for Welsh). */
export const hasIntlData = (locale: string): boolean => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
};

/** The installed words, when the locale needs them. */
const wordsFor = (locale: string): IntlWords | null => (words && !hasIntlData(locale) ? words : null);

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const indexByName = (names: string[], value: string): number =>
  names.findIndex((name) => name === value || name.slice(0, 3) === value.slice(0, 3));

/**
 * Some builds (Debian's Chromium among them) ship without data for smaller languages such as
 * Welsh, and Intl then silently falls back to en-US ("November 22, 2026"). British English is
 * the better fallback for a UK audience, so unsupported locales use en-GB explicitly.
 */
function usable(ctor: IntlConstructor, locale: string): string {
  try {
    return ctor.supportedLocalesOf([locale]).length > 0 ? locale : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  ctor: IntlConstructor,
  make: (locale: string) => T,
  locale: string,
): T {
  const id = `${key}|${locale}`;
  let value = cache.get(id) as T | undefined;
  if (!value) {
    value = make(usable(ctor, locale));
    cache.set(id, value);
  }
  return value;
}

export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  const w = options.style === 'unit' && options.unitDisplay === 'long' ? wordsFor(locale) : null;
  if (w && isWordUnit(options.unit)) {
    // The number alone (digits, grouping, decimals), then the unit word from the messages.
    const plain: Intl.NumberFormatOptions = { ...options, style: 'decimal' };
    delete plain.unit;
    delete plain.unitDisplay;
    return w.unit(formatNumber(value, locale, plain), value, options.unit, locale);
  }
  return cached(
    `n${JSON.stringify(options)}`,
    Intl.NumberFormat,
    (l) => new Intl.NumberFormat(l, options),
    locale,
  ).format(value);
}

const isWordUnit = (unit: string | undefined): unit is WordUnit =>
  unit === 'hour' ||
  unit === 'minute' ||
  unit === 'second' ||
  unit === 'month' ||
  unit === 'year' ||
  unit === 'mile';

export function formatDate(
  value: Date | number,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = typeof value === 'number' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const format = cached(
    `d${JSON.stringify(options)}`,
    Intl.DateTimeFormat,
    // Gregorian dates in every language: these are UK sessions and review dates, and Persian and
    // Pashto would otherwise default to the Solar Hijri calendar.
    (l) => new Intl.DateTimeFormat(l, { calendar: 'gregory', ...options }),
    locale,
  );
  const w = wordsFor(locale);
  if (!w) return format.format(date);
  // British order and digits, with the weekday and month names of the language.
  return format
    .formatToParts(date)
    .map(({ type, value: part }) => {
      if (type === 'weekday') return w.weekday(indexByName(EN_WEEKDAYS, part));
      if (type === 'month' && /\p{L}/u.test(part)) return w.month(indexByName(EN_MONTHS, part));
      return part;
    })
    .join('');
}

/** "0–11 months", "2–4 years": a range of a unit, in words where Intl has none. */
export function formatUnitRange(start: number, end: number, unit: WordUnit, locale: string): string {
  if (!wordsFor(locale)) {
    try {
      // formatRange is ES2023 (every engine we test has it); older ones take the line below.
      const format = new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'long',
      }) as Intl.NumberFormat & {
        formatRange(start: number, end: number): string;
      };
      return format.formatRange(start, end);
    } catch {
      /* below */
    }
  }
  return `${formatNumber(start, locale)}–${formatNumber(end, locale, { style: 'unit', unit, unitDisplay: 'long' })}`;
}

/** A clock-style duration: 75 → "1:15", 3725 → "1:02:05", with the locale's digits. */
export function formatClock(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => formatNumber(n, locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = (n: number) => formatNumber(n, locale, { useGrouping: false });
  return h > 0 ? `${one(h)}:${two(m)}:${two(s)}` : `${one(m)}:${two(s)}`;
}

/** A spoken duration: 3725 → "1 hour, 2 minutes, 5 seconds" (unit names from Intl). */
export function formatDuration(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const parts: string[] = [];
  const units: Array<[number, 'hour' | 'minute' | 'second']> = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ];
  for (const [amount, unit] of units) {
    if (amount > 0 || (unit === 'second' && parts.length === 0)) {
      parts.push(formatNumber(amount, locale, { style: 'unit', unit, unitDisplay: 'long' }));
    }
  }
  return formatList(parts, locale, 'unit');
}

export function formatList(
  items: string[],
  locale: string,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  const w = type === 'conjunction' ? wordsFor(locale) : null;
  if (w) return w.list(items);
  try {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  } catch {
    return items.join(', ');
  }
}

export type DistanceUnit = 'mile' | 'kilometer';

/** A distance given in kilometres, shown in the requested unit: "1.2 miles", "800 m". */
export function formatDistance(km: number, locale: string, unit: DistanceUnit = 'mile'): string {
  if (!Number.isFinite(km) || km < 0) return '';
  if (unit === 'mile') {
    const miles = km / 1.609344;
    return formatNumber(miles, locale, {
      style: 'unit',
      unit: 'mile',
      unitDisplay: 'long',
      maximumFractionDigits: miles < 10 ? 1 : 0,
    });
  }
  if (km < 1) {
    const metres = Math.round((km * 1000) / 10) * 10;
    return formatNumber(metres, locale, { style: 'unit', unit: 'meter', unitDisplay: 'short' });
  }
  return formatNumber(km, locale, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The CLDR plural category of a count in a locale (Welsh and Arabic use all six). */
export function pluralCategory(count: number, locale: string): PluralCategory {
  const fromWords = wordsFor(locale)?.plural(count, locale);
  if (fromWords) return fromWords;
  return cached('p', Intl.PluralRules, (l) => new Intl.PluralRules(l), locale).select(
    count,
  ) as PluralCategory;
}

/**
 * Chooses the message for a count. Each form is a function so only the chosen `msg()` runs and
 * every category keeps its own message id for translators.
 */
export function plural(
  count: number,
  locale: string,
  forms: Partial<Record<PluralCategory, () => string>> & { other: () => string },
): string {
  return (forms[pluralCategory(count, locale)] ?? forms.other)();
}
