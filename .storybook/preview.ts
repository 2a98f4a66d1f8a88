import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { directionOf } from '../src/core/locale.js';
import { allLocales } from '../src/i18n/locale-codes.js';
import { ENDONYMS } from '../src/components/language-switch/endonyms.js';
import neutral from '../src/themes/neutral.css?inline';
import nhs from '../src/themes/nhs.css?inline';
import govuk from '../src/themes/govuk.css?inline';
import dark from '../src/themes/dark.css?inline';

// Controls and docs come from the manifest made by `cem analyze`.
setCustomElementsManifest(customElements);

const localization = configureHeldInMindLocalization();
// <hm-language-switch> asks every Held in Mind script on the page through this event (the drop-in
// bundle listens the same way).
window.addEventListener('hm-locale-request', (event) => void localization.setLocale(event.detail.locale));

// The theme presets (src/themes/*.css, shipped in dist/cdn/themes/) applied to the whole preview,
// as a page that links one would.
const THEMES: Record<string, { css: string; background: string }> = {
  neutral: { css: neutral, background: '#ffffff' },
  nhs: { css: nhs, background: '#f0f4f5' },
  govuk: { css: govuk, background: '#ffffff' },
  dark: { css: dark, background: '#121117' },
};
const themeSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeSheet];

const preview: Preview = {
  // A docs page per element (attributes, properties, events, slots, parts and CSS properties
  // from the Custom Elements Manifest), with its stories.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Every locale the elements ship (src/i18n/locale-codes.ts), each named in itself.
        items: allLocales.map((code) => ({
          value: code,
          title: `${ENDONYMS[code] ?? code}${directionOf(code) === 'rtl' ? ' (RTL)' : ''}`,
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme preset (src/themes/)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'neutral', title: 'Neutral' },
          { value: 'nhs', title: 'NHS-like' },
          { value: 'govuk', title: 'GOV.UK-like' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB', theme: 'neutral' },
  loaders: [
    async ({ globals }) => {
      await localization.setLocale(globals.locale ?? 'en-GB');
      return {};
    },
  ],
  decorators: [
    (story, { globals }) => {
      const locale = (globals.locale as string) ?? 'en-GB';
      const theme = THEMES[(globals.theme as string) ?? 'neutral'] ?? THEMES.neutral!;
      themeSheet.replaceSync(theme.css);
      document.body.style.background = theme.background;
      return html`<div lang=${locale} dir=${directionOf(locale)} style="max-width: 40rem">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
