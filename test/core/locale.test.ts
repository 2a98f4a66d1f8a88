import { expect, fixture, html } from '@open-wc/testing';
import { bestSupportedLocale } from '../../src/core/locale-match.js';
import {
  canonicalLocale,
  directionOf,
  formattingLocale,
  isRtl,
  resolveLocale,
} from '../../src/core/locale.js';

describe('core/locale', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en-GB'));

  it('resolves the element lang first', async () => {
    const el = await fixture(html`<div lang="pl"><span lang="cy"></span></div>`);
    expect(resolveLocale(el.querySelector('span')!)).to.equal('cy');
  });

  it('then the nearest ancestor with lang, across a shadow root', async () => {
    const outer = await fixture(
      html`<div lang="ar-EG">
        <section><p></p></section>
      </div>`,
    );
    const p = outer.querySelector('p')!;
    expect(resolveLocale(p)).to.equal('ar-EG');
    const host = outer.querySelector('section')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<em></em>';
    expect(resolveLocale(root.querySelector('em')!)).to.equal('ar-EG');
  });

  it('then <html lang>, then en-GB', async () => {
    const el = await fixture(html`<p></p>`);
    document.documentElement.setAttribute('lang', 'cy-GB');
    expect(resolveLocale(el)).to.equal('cy-GB');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(el)).to.equal('en-GB');
  });

  it('skips malformed lang values instead of throwing', async () => {
    const el = await fixture(html`<div lang="fr"><p lang="not a tag!!"></p></div>`);
    expect(resolveLocale(el.querySelector('p')!)).to.equal('fr');
    expect(canonicalLocale('EN_gb')).to.equal('en-GB');
    expect(canonicalLocale('')).to.equal(null);
  });

  it('matches a requested tag to the best supported locale', () => {
    const supported = ['en-GB', 'cy', 'ar', 'zh-Hans', 'zh-Hant'];
    expect(bestSupportedLocale('cy-GB', supported)).to.equal('cy');
    expect(bestSupportedLocale('en-US', supported)).to.equal('en-GB');
    expect(bestSupportedLocale('ar-EG', supported)).to.equal('ar');
    expect(bestSupportedLocale('zh-TW', supported)).to.equal('zh-Hant');
    expect(bestSupportedLocale('zh-CN', supported)).to.equal('zh-Hans');
    expect(bestSupportedLocale('de', supported)).to.equal(null);
    expect(bestSupportedLocale('%%', supported)).to.equal(null);
  });

  it('knows which languages are written right to left', () => {
    for (const tag of ['ar', 'ur-PK', 'fa', 'ps', 'he']) expect(isRtl(tag), tag).to.equal(true);
    for (const tag of ['en-GB', 'cy', 'pa', 'zh-Hans']) expect(directionOf(tag), tag).to.equal('ltr');
  });

  it('formats in the element locale only when it matches the message language', async () => {
    const el = await fixture(html`<p lang="en-US"></p>`);
    expect(formattingLocale(el)).to.equal('en-US');
    el.setAttribute('lang', 'en');
    expect(formattingLocale(el)).to.equal('en-GB');
    el.setAttribute('lang', 'pl');
    // Messages are English here, so numbers and dates follow them, not Polish.
    expect(formattingLocale(el)).to.equal('en-GB');
  });
});
