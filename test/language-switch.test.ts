import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import type { HmLanguageSwitch } from '../src/components/language-switch/language-switch.js';
import type { HmSecureSigns } from '../src/components/secure-signs/secure-signs.js';
import type { HmRepairTips } from '../src/components/repair-tips/repair-tips.js';
import type { HmGroupFinder } from '../src/components/group-finder/group-finder.js';
import type { HmEpisodePlayer } from '../src/components/episode-player/episode-player.js';
import { followDocumentLang } from '../src/i18n/follow-document-lang.js';
import { activeMessageLocale } from '../src/core/locale.js';
import {
  formatDate,
  formatDuration,
  formatList,
  formatUnitRange,
  pluralCategory,
} from '../src/core/format.js';
import { askFrame, framePage } from './frames.js';
import { everyContentElement, shadow, shadowAll, shadowText } from './helpers.js';

// The drop-in's wiring: messages follow <html lang> and the switcher's requests.
followDocumentLang();

const NOW = new Date('2025-11-19T09:00:00Z');
const select = (el: HmLanguageSwitch) => shadow<HTMLSelectElement>(el, 'select');

async function pick(el: HmLanguageSwitch, locale: string) {
  const list = select(el);
  list.value = locale;
  list.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => activeMessageLocale() === locale, `messages did not switch to ${locale}`, {
    timeout: 15000,
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('<hm-language-switch>', () => {
  afterEach(async () => {
    // Back to English for the next test (the page's messages are shared by every element).
    window.dispatchEvent(new CustomEvent('hm-locale-request', { detail: { locale: 'en-GB' } }));
    await waitUntil(() => activeMessageLocale() === 'en-GB', 'messages did not return to English');
  });

  it('lists every shipped language in its own name, English and Welsh first, each marked with its language', async () => {
    const el = await fixture<HmLanguageSwitch>(html`<hm-language-switch></hm-language-switch>`);
    const options = shadowAll<HTMLOptionElement>(el, 'option');
    expect(options.length).to.be.greaterThan(2);
    expect(options[0]!.textContent!.trim()).to.equal('English');
    expect(options[1]!.textContent!.trim()).to.equal('Cymraeg');
    const arabic = options.find((o) => o.value === 'ar')!;
    expect(arabic.textContent!.trim()).to.equal('العربية');
    expect(arabic.lang).to.equal('ar');
    expect(arabic.dir).to.equal('rtl');
    expect(shadowText(el, 'label')).to.equal('Language');
    expect(select(el).value).to.equal('en-GB');
    await expect(el).to.be.accessible();
  });

  it('offers only the languages the host names, and drops codes that are not shipped', async () => {
    const el = await fixture<HmLanguageSwitch>(
      html`<hm-language-switch locales="en-GB cy xx-YY ar"></hm-language-switch>`,
    );
    expect(shadowAll<HTMLOptionElement>(el, 'option').map((o) => o.value)).to.deep.equal([
      'en-GB',
      'cy',
      'ar',
    ]);
  });

  it('changes every element on the page and each keeps its state', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <hm-language-switch></hm-language-switch>
        ${everyContentElement(NOW, '0-3m')}
      </div>`,
    );
    const switcher = wrapper.querySelector('hm-language-switch')!;
    const tips = wrapper.querySelector<HmRepairTips>('hm-repair-tips')!;
    const signs = wrapper.querySelector<HmSecureSigns>('hm-secure-signs')!;
    const finder = wrapper.querySelector<HmGroupFinder>('hm-group-finder')!;
    const player = wrapper.querySelector<HmEpisodePlayer>('hm-episode-player')!;

    // State a person builds up: a later tip, an answered sign, a search, a playback position.
    shadowAll<HTMLButtonElement>(tips, 'button')
      .find((b) => /Next tip/.test(b.textContent ?? ''))!
      .click();
    await tips.updateComplete;
    const tipBefore = shadowText(tips, 'h2, h3, h4');
    await waitUntil(() => signs.shadowRoot?.querySelector('.item input[value="often"]'), 'no signs', {
      timeout: 15000,
    });
    shadow<HTMLInputElement>(signs, '.item input[value="often"]').click();
    await signs.updateComplete;
    await finder.loaded;
    shadow<HTMLInputElement>(finder, '#where').value = 'BS7';
    shadow<HTMLButtonElement>(finder, 'form.search button[type="submit"]').click();
    await waitUntil(() => shadowAll(finder, '.result').length > 0, 'no results', { timeout: 15000 });
    const resultCount = shadowAll(finder, '.result').length;
    await waitUntil(() => player.media, 'no media', { timeout: 15000 });
    player.media!.currentTime = 42;

    const changes: string[] = [];
    switcher.addEventListener('hm-language-change', (e) => changes.push(e.detail.locale));
    await pick(switcher, 'cy');
    await Promise.all([tips, signs, finder, player, switcher].map((e) => e.updateComplete));

    expect(changes).to.deep.equal(['cy']);
    expect(shadowText(switcher, 'label')).to.equal('Iaith');
    expect(select(switcher).value).to.equal('cy');
    for (const el of [tips, signs, finder, player]) {
      const frame = el.shadowRoot!.querySelector('[lang]')!;
      expect(frame.getAttribute('lang'), el.localName).to.equal('cy');
    }
    // Welsh text, same state.
    expect(shadowText(tips, 'h2, h3, h4')).to.not.equal(tipBefore);
    expect(shadowText(tips, '.nav')).to.not.contain('Next tip');
    expect(shadow<HTMLInputElement>(signs, '.item input[value="often"]').checked).to.equal(true);
    expect(shadow<HTMLInputElement>(finder, '#where').value).to.equal('BS7');
    expect(shadowAll(finder, '.result').length).to.equal(resultCount);
    expect(Math.round(player.media!.currentTime)).to.equal(42);
    // The host page's own language is left alone.
    expect(document.documentElement.lang).to.not.equal('cy');

    await pick(switcher, 'ar');
    await Promise.all([tips, finder].map((e) => e.updateComplete));
    expect(tips.shadowRoot!.querySelector('[lang]')!.getAttribute('dir')).to.equal('rtl');
    expect(shadow<HTMLInputElement>(finder, '#where').value).to.equal('BS7');
    expect(shadowText(switcher, 'label')).to.equal('اللغة');
    await expect(switcher).to.be.accessible();
  });
});

describe('names Intl lacks for a language (Debian Chromium and Welsh)', () => {
  after(async () => {
    window.dispatchEvent(new CustomEvent('hm-locale-request', { detail: { locale: 'en-GB' } }));
    await waitUntil(() => activeMessageLocale() === 'en-GB', 'messages did not return to English');
  });

  it('writes Welsh dates, ages, durations, lists and plurals in Welsh in every engine', async () => {
    window.dispatchEvent(new CustomEvent('hm-locale-request', { detail: { locale: 'cy' } }));
    await waitUntil(() => activeMessageLocale() === 'cy', 'Welsh did not load', { timeout: 15000 });
    const monday = new Date(Date.UTC(2026, 10, 23, 12));
    expect(formatDate(monday, 'cy', { dateStyle: 'long', timeZone: 'UTC' })).to.contain('Tachwedd');
    expect(formatDate(monday, 'cy', { weekday: 'long', timeZone: 'UTC' })).to.match(/Llun/i);
    expect(formatUnitRange(0, 11, 'month', 'cy')).to.contain('mis');
    expect(formatDuration(130, 'cy')).to.match(/[mf]unud/);
    // Our words say "a"; engines with Welsh data (Firefox, WebKit) write CLDR's "a(c)".
    expect(formatList(['a', 'b', 'c'], 'cy')).to.match(/^a, b,? a(\(c\))? c$/);
    expect(pluralCategory(2, 'cy')).to.equal('two');
    expect(pluralCategory(3, 'cy')).to.equal('few');
  });
});

describe('one switcher, several drop-in files (dist/cdn, each with its own localisation)', () => {
  it('changes the elements of every bundle on the page', async () => {
    const frame = await framePage('/pages/language-switch.html', 'page with two drop-ins and a switcher');
    try {
      const before = await askFrame<{ langs: string[]; errors: string[] }>(frame, {});
      expect(before.errors).to.deep.equal([]);
      expect(before.langs).to.deep.equal(['en-GB', 'en-GB', 'en-GB']);
      const after = await askFrame<{ langs: string[]; errors: string[] }>(frame, { pick: 'cy' });
      expect(after.errors).to.deep.equal([]);
      expect(after.langs).to.deep.equal(['cy', 'cy', 'cy']);
    } finally {
      frame.remove();
    }
  });
});
