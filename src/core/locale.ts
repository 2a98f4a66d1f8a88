import { LOCALE_STATUS_EVENT } from './localize.js';

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
