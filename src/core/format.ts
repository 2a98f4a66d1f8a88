/**
 * Intl helpers. Each takes the locale explicitly (from `formattingLocale(element)`) so nothing
 * depends on the browser's UI language, and each falls back to en-GB if a tag is refused.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

type IntlConstructor = { supportedLocalesOf(locales: string[]): string[] };

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
  return cached(
    `n${JSON.stringify(options)}`,
    Intl.NumberFormat,
    (l) => new Intl.NumberFormat(l, options),
    locale,
  ).format(value);
}

export function formatDate(
  value: Date | number,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = typeof value === 'number' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return cached(
    `d${JSON.stringify(options)}`,
    Intl.DateTimeFormat,
    (l) => new Intl.DateTimeFormat(l, options),
    locale,
  ).format(date);
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
