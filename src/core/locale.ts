import { LOCALE_STATUS_EVENT } from '@lit/localize';

/** The locale our messages are written in. */
export const SOURCE_LOCALE = 'en-GB';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The primary language subtag, lower case: "cy-GB" → "cy". */
export const primaryLanguage = (tag: string): string => tag.split(/[-_]/)[0]!.toLowerCase();

export const isRtl = (locale: string): boolean => RTL_LANGUAGES.has(primaryLanguage(locale));

export const directionOf = (locale: string): 'ltr' | 'rtl' => (isRtl(locale) ? 'rtl' : 'ltr');

/** A well-formed BCP 47 tag, or null (Intl throws RangeError on bad tags). */
export function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The locale that applies to an element: its own `lang`, the nearest ancestor's `lang` (crossing
 * shadow roots), the document's `<html lang>`, then en-GB.
 */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = canonicalLocale(node.getAttribute('lang'));
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return canonicalLocale(document.documentElement.getAttribute('lang')) ?? SOURCE_LOCALE;
}

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

// lit-localize keeps the active locale private; follow it through its status event so any
// module can ask which language the messages are in right now.
let messageLocale = SOURCE_LOCALE;
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if (event.detail.status === 'ready') messageLocale = event.detail.readyLocale;
  });
}

/** The locale the messages are currently rendered in (lit-localize's active locale). */
export const activeMessageLocale = (): string => messageLocale;

/**
 * The locale for Intl formatting inside an element. Text and numbers must not disagree, so the
 * element's own locale is used only when it is the same language as the messages (an en-US page
 * gets US dates with British text); otherwise the message locale wins.
 */
export function formattingLocale(element: Element): string {
  const requested = resolveLocale(element);
  const messages = activeMessageLocale();
  if (primaryLanguage(requested) !== primaryLanguage(messages)) return messages;
  return requested.includes('-') ? requested : messages;
}
