import { configureHeldInMindLocalization, type HeldInMindLocalization } from './localization.js';

/**
 * The drop-in bundle's localisation: take the language from `<html lang>` and follow later
 * changes to it (a site's own language switcher usually rewrites that attribute).
 */
export function followDocumentLang(): HeldInMindLocalization {
  const localization = configureHeldInMindLocalization();
  const root = document.documentElement;
  const apply = () => {
    void localization.setLocale(root.getAttribute('lang') ?? '').catch(() => {
      /* a failed chunk load leaves the current language in place */
    });
  };
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['lang'] });
  return localization;
}
