import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../src/all.js';
import type { HmGroupFinder } from '../src/components/group-finder/group-finder.js';
import type { HmEpisodePlayer } from '../src/components/episode-player/episode-player.js';
import { sourceLocale, targetLocales } from '../src/i18n/locale-codes.js';
import { directionOf } from '../src/core/locale.js';
import { pseudoLocales } from './pseudo/catalogues.js';
import { configurePseudoLocalization } from './pseudo/localization.js';
import { everyContentElement, shadow, shadowAll } from './helpers.js';

// Every element, in a state that shows most of its text, rendered in every shipped locale and in
// the two pseudo-locales (test-only): nothing may stay in English, `lang` and `dir` must follow,
// nothing may overflow a 320 px phone, and right-to-left locales must pass axe.
const { setLocale } = configurePseudoLocalization();

const NOW = new Date('2025-11-19T09:00:00Z');
const TAGS = ['hm-repair-tips', 'hm-secure-signs', 'hm-group-finder', 'hm-episode-player'] as const;
const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'ar-XB']);

/** Visible text and the text of accessible names, per element, whitespace collapsed. */
function texts(host: Element): string[] {
  const found: string[] = [];
  const frame = host.shadowRoot!.querySelector('[lang]');
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.closest('style, script, template, [hidden]')) continue;
      // Text the element marks as being in another language (an English source's title) is data.
      if (node.closest('[lang]') !== frame) continue;
      for (const child of node.childNodes)
        if (child.nodeType === Node.TEXT_NODE) found.push(child.textContent ?? '');
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt'])
        if (node.hasAttribute(attr)) found.push(node.getAttribute(attr)!);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return found.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => /\p{L}{2}/u.test(t));
}

/** Everything the page fetched as data (JSON, XML, text), fetched again, as plain text. */
async function dataText(): Promise<string> {
  const urls = [
    // The finder's embedded sample directory, and whatever the page fetched.
    '/src/data/directory/sample-directory.json',
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ].filter((url) => !/\.(m?js|ts|css|mp3|m4a|ogg|webm|mp4|png|jpe?g|svg)(\?|$)/.test(url));
  const bodies = await Promise.all([...new Set(urls)].map((url) => fetch(url).then((r) => r.text())));
  const scratch = document.createElement('textarea');
  return bodies
    .map((body) => {
      scratch.innerHTML = body.replace(/<!\[CDATA\[|\]\]>/g, ''); // decodes entities
      return scratch.value
        .replace(/<[^>]*>/g, ' ')
        .replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
    })
    .join('\n')
    .replace(/\s+/g, ' ');
}

/** Messages, as opposed to numbers, codes and single short words shared across languages. */
const wordy = (text: string) => /[A-Za-z]{3,}/.test(text) && (text.split(' ').length > 1 || text.length > 10);

function overflowing(host: Element, box: DOMRect): string[] {
  const out: string[] = [];
  for (const node of host.shadowRoot!.querySelectorAll('*')) {
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.right > box.right + 1 || rect.left < box.left - 1)
      out.push(
        `${node.localName}.${[...node.classList].join('.')} (${Math.round(rect.left)}–${Math.round(rect.right)})`,
      );
  }
  return out;
}

describe('every element in every locale (320 px)', function () {
  this.timeout(600_000);
  let wrapper: HTMLElement;
  const elements = () => TAGS.map((tag) => wrapper.querySelector(tag)!);
  const english = new Map<string, Set<string>>();
  const unchanged = new Map<string, Set<string>>();
  let fetchedData = '';

  async function show(locale: string) {
    await setLocale(locale);
    await Promise.all(
      elements().map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
  }

  before(async () => {
    // Not fixture(): it is removed after the first test, and these tests share one page of elements.
    wrapper = document.createElement('div');
    document.body.append(wrapper);
    render(
      // A 320 px phone less a host page's usual 16 px margins (GOV.UK's are 15 px).
      html`<div style="inline-size: 288px">${everyContentElement(NOW, '3-6m')}</div>`,
      wrapper,
    );
    const finder = wrapper.querySelector<HmGroupFinder>('hm-group-finder')!;
    const player = wrapper.querySelector<HmEpisodePlayer>('hm-episode-player')!;
    await finder.loaded;
    shadow<HTMLInputElement>(finder, '#where').value = 'BS7';
    shadow<HTMLButtonElement>(finder, 'form.search button[type="submit"]').click();
    await waitUntil(() => shadowAll(finder, '.result').length > 0, 'no results', { timeout: 15000 });
    await waitUntil(() => player.shadowRoot?.querySelector('#title'), 'no episode', { timeout: 15000 });
    await waitUntil(
      () => wrapper.querySelector('hm-secure-signs')!.shadowRoot?.querySelector('.item'),
      'no signs',
    );
    fetchedData = await dataText();
    await show(sourceLocale);
    for (const el of elements()) english.set(el.localName, new Set(texts(el)));
    // Text that the accented pseudo-locale leaves as it is comes from data (group names, the
    // episode title), not from messages; it may be the same in every language.
    await show('en-XA');
    for (const el of elements()) {
      const xa = new Set(texts(el));
      unchanged.set(el.localName, new Set([...english.get(el.localName)!].filter((t) => xa.has(t))));
    }
  });

  it('the accented pseudo-locale leaves only data in plain English (no string bypasses the messages)', async () => {
    await show('en-XA');
    for (const el of elements()) {
      const plain = [...unchanged.get(el.localName)!].filter(wordy);
      // What stays plain must come from the data the page fetched (the directory, the feed, the
      // transcript), word for word.
      expect(
        plain.filter((t) => !t.split(', ').every((part) => fetchedData.includes(part))),
        el.localName,
      ).to.deep.equal([]);
    }
  });

  for (const locale of [...targetLocales, ...pseudoLocales]) {
    it(`${locale}: translated, marked with its language and direction, no overflow${RTL.has(locale) ? ', axe clean' : ''}`, async () => {
      await show(locale);
      const box = wrapper.firstElementChild!.getBoundingClientRect();
      for (const el of elements()) {
        const frame = el.shadowRoot!.querySelector('[lang]')!;
        expect(frame.getAttribute('lang'), `${el.localName} lang`).to.equal(locale);
        expect(frame.getAttribute('dir'), `${el.localName} dir`).to.equal(directionOf(locale));
        const fallback = texts(el).filter(
          (t) => wordy(t) && english.get(el.localName)!.has(t) && !unchanged.get(el.localName)!.has(t),
        );
        expect(fallback, `${el.localName}: English left in ${locale}`).to.deep.equal([]);
        expect(overflowing(el, box), `${el.localName} overflows 320px in ${locale}`).to.deep.equal([]);
        if (RTL.has(locale)) await expect(el).to.be.accessible();
      }
    });
  }

  after(async () => {
    await setLocale(sourceLocale);
    wrapper.remove();
  });
});
