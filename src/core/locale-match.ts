import { canonicalLocale, primaryLanguage } from './locale.js';

// Apart from locale.ts so that English pages, which never switch language, never load it.
/**
 * Picks the supported locale that best serves a requested tag: exact match, then the same
 * script (zh-Hans), then the same language ("cy-GB" → "cy", "en-US" → "en-GB"); null if none.
 */
export function bestSupportedLocale(
  requested: string | null | undefined,
  supported: readonly string[],
): string | null {
  const tag = canonicalLocale(requested);
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = supported.find((s) => s.toLowerCase() === lower);
  if (exact) return exact;
  const language = primaryLanguage(tag);
  let script: string | undefined;
  try {
    script = new Intl.Locale(tag).maximize().script;
  } catch {
    script = undefined;
  }
  const sameLanguage = supported.filter((s) => primaryLanguage(s) === language);
  if (script && sameLanguage.length > 1) {
    const sameScript = sameLanguage.find((s) => {
      try {
        return new Intl.Locale(s).maximize().script === script;
      } catch {
        return false;
      }
    });
    if (sameScript) return sameScript;
  }
  return sameLanguage[0] ?? null;
}
