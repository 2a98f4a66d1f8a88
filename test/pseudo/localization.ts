import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../src/i18n/locale-codes.js';
import { loadCatalogues } from '../../src/i18n/localization.js';
import { pseudoLocales, pseudoTemplates } from './catalogues.js';

/**
 * lit-localize with every shipped locale and the test-only pseudo-locales (en-XA, ar-XB), for
 * the every-locale test and the locale screenshots. One configuration per page, as lit-localize
 * allows.
 */
export const configurePseudoLocalization = (): ReturnType<typeof configureLocalization> =>
  configureLocalization({
    sourceLocale,
    targetLocales: [...targetLocales, ...pseudoLocales],
    loadLocale: (locale) =>
      pseudoTemplates[locale]
        ? Promise.resolve({ templates: pseudoTemplates[locale] } as LocaleModule)
        : loadCatalogues(locale),
  });
