import { sourceLocale } from './locale-codes.js';
import { primaryLanguage } from '../core/locale.js';
import type { HeldInMindLocalization } from './localization.js';
import type {} from '../components/language-switch/language-switch.events.js';

let loading: Promise<HeldInMindLocalization> | null = null;

/** The localisation runtime, loaded (and configured) on first use. */
export const loadLocalization = (): Promise<HeldInMindLocalization> =>
  (loading ??= import('./localization.js').then((m) => m.configureHeldInMindLocalization()));

/**
 * The drop-in bundle's localisation: take the language from `<html lang>` and follow later
 * changes to it (a site's own language switcher usually rewrites that attribute). English pages
 * never download the localisation runtime: messages are written in English, so it loads only
 * when the page first asks for another language. A `<hm-language-switch>` on the page asks
 * through a window event, which every bundle hears, so one switcher changes them all.
 */
export function followDocumentLang(): void {
  const root = document.documentElement;
  const apply = () => {
    const lang = root.getAttribute('lang') ?? '';
    if (!loading && (!lang || primaryLanguage(lang) === primaryLanguage(sourceLocale))) return;
    loadLocalization()
      .then((l10n) => l10n.setLocale(lang))
      .catch(() => {
        /* a failed chunk load leaves the current language in place */
      });
  };
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
  window.addEventListener('hm-locale-request', (event) => {
    loadLocalization()
      .then((l10n) => l10n.setLocale(event.detail.locale))
      .catch(() => {
        /* as above */
      });
  });
}
