/** The age bands every element shares (checklists, tips, group filters). */
export const AGE_BANDS = ['pregnancy', '0-3m', '3-6m', '6-12m', '12-24m', '2-5y'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const isAgeBand = (value: unknown): value is AgeBand =>
  typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);

/** Every band after birth, the usual audience of a tip. */
export const AFTER_BIRTH: readonly AgeBand[] = AGE_BANDS.slice(1);

/**
 * Reads an `age` attribute: a band id ("6-12m", "pregnancy") or an age in whole months ("8").
 * Anything else is null (no filter).
 */
export function parseAge(value: string | null | undefined): AgeBand | null {
  if (value == null) return null;
  const text = value.trim().toLowerCase();
  if (isAgeBand(text)) return text;
  if (!/^\d{1,3}$/.test(text)) return null;
  return bandForMonths(Number(text));
}

export function bandForMonths(months: number): AgeBand | null {
  if (!Number.isFinite(months) || months < 0) return null;
  if (months < 3) return '0-3m';
  if (months < 6) return '3-6m';
  if (months < 12) return '6-12m';
  if (months < 24) return '12-24m';
  if (months < 72) return '2-5y';
  return null;
}
