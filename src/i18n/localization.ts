import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';
import { bestSupportedLocale } from '../core/locale-match.js';
import { catalogueLoaders, type CataloguePart } from './catalogue-loaders.js';
import { neededCatalogues } from './needed-catalogues.js';
import { hasIntlData, installIntlWords } from '../core/format.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every locale the elements ship, source first. */
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

// Messages come per element (src/i18n/catalogues/<locale>/<element>.ts, generated): a page
// downloads, for its language, only the catalogues of the elements it defines.
export async function loadCatalogues(locale: string): Promise<LocaleModule> {
  const loaders = catalogueLoaders[locale] ?? {};
  const parts = neededCatalogues().flatMap((part) => loaders[part as CataloguePart] ?? []);
  const modules = await Promise.all(parts.map((load) => load()));
  // Day, month and unit names from the messages where this browser has no Intl data for the
  // language (Debian's Chromium and Welsh); its own chunk, so other pages never download it.
  if (locale !== sourceLocale && !hasIntlData(locale)) {
    installIntlWords((await import('../core/intl-words.js')).intlWords);
  }
  return { templates: Object.assign({}, ...modules.map((m) => m.templates)) };
}

export interface HeldInMindLocalization {
  getLocale(): string;
  /** Accepts any BCP 47 tag ("cy-GB", "ar-EG"…) and switches to the best supported locale. */
  setLocale(tag: string): Promise<void>;
}

let configured: HeldInMindLocalization | null = null;

/**
 * Opt-in localisation for the npm entry. lit-localize allows one configuration per page, so this
 * is never called on import: an app that already runs @lit/localize keeps ownership and loads our
 * XLIFF into its own catalogue instead. Calling it twice returns the same controller.
 */
export function configureHeldInMindLocalization(): HeldInMindLocalization {
  if (configured) return configured;
  const { getLocale, setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: loadCatalogues,
  });
  configured = {
    getLocale,
    setLocale: (tag) => setLocale(bestSupportedLocale(tag, supportedLocales) ?? sourceLocale),
  };
  return configured;
}
