import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { directionOf } from '../src/core/locale.js';

// Controls and docs come from the manifest made by `cem analyze`.
setCustomElementsManifest(customElements);

const localization = configureHeldInMindLocalization();

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  loaders: [
    async ({ globals }) => {
      await localization.setLocale(globals.locale ?? 'en-GB');
      return {};
    },
  ],
  decorators: [
    (story, { globals }) => {
      const locale = (globals.locale as string) ?? 'en-GB';
      return html`<div lang=${locale} dir=${directionOf(locale)} style="max-width: 40rem">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
