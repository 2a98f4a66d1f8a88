import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../i18n/locale-codes.js';
import { bestSupportedLocale } from '../core/locale-match.js';
import { builderLoaders } from '../i18n/builder-loaders.js';

// The builder page has its own localisation, with only the builder's messages: the elements'
// catalogue loaders (and so their drop-in bundles) know nothing of it. The preview shows the
// elements through embed.html, in a frame with its own localisation.
let configured: ((tag: string) => Promise<void>) | null = null;

/** Configures lit-localize for the builder (once per page); returns a setLocale for any BCP 47 tag. */
export function builderLocalization(): (tag: string) => Promise<void> {
  if (configured) return configured;
  const { setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => (builderLoaders[locale] ? builderLoaders[locale]() : { templates: {} }),
  });
  configured = (tag) => setLocale(bestSupportedLocale(tag, [sourceLocale, ...targetLocales]) ?? sourceLocale);
  return configured;
}
