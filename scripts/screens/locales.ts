// Sets the page's locale from ?lang= (a shipped locale or a pseudo-locale) and brings the finder
// to a page of results, so that a screenshot shows most of each element's text.
import '../../src/all.js';
import { sourceLocale } from '../../src/i18n/locale-codes.js';
import { configurePseudoLocalization } from '../../test/pseudo/localization.js';

const params = new URLSearchParams(location.search);
const locale = params.get('lang') ?? sourceLocale;
// ?theme=nhs|govuk|dark|neutral: one of the shipped presets, as a host page links it.
const theme = params.get('theme');
if (theme && /^[a-z]+$/.test(theme)) {
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: `/src/themes/${theme}.css`,
  });
  document.head.append(link);
  if (theme === 'dark') Object.assign(document.body.style, { background: '#111', color: '#eee' });
}
const { setLocale } = configurePseudoLocalization();
await setLocale(locale);

const finder = document.querySelector('hm-group-finder') as HTMLElement & { loaded: Promise<unknown> };
await finder.loaded;
const input = finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!;
input.value = 'BS7';
finder.shadowRoot!.querySelector<HTMLButtonElement>('form.search button[type="submit"]')!.click();
const until = (test: () => unknown) =>
  new Promise<void>((resolve) => {
    const poll = () => (test() ? resolve() : setTimeout(poll, 50));
    poll();
  });
await until(() => finder.shadowRoot!.querySelector('.result'));
await until(() => document.querySelector('hm-episode-player')!.shadowRoot?.querySelector('#title'));
document.body.dataset.ready = 'true';
