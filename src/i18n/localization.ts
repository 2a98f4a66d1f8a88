import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';
import { bestSupportedLocale } from '../core/locale-match.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every locale the elements ship, source first. */
export const supportedLocales: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

// One literal import per locale: dev servers rewrite only literal specifiers, and bundlers turn
// each into its own lazily loaded chunk.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  cy: () => import('./locales/cy.js'),
  ar: () => import('./locales/ar.js'),
};

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
    loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
  });
  configured = {
    getLocale,
    setLocale: (tag) => setLocale(bestSupportedLocale(tag, supportedLocales) ?? sourceLocale),
  };
  return configured;
}
