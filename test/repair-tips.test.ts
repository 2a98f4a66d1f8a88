import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/repair-tips/hm-repair-tips.js';
import type { HmRepairTips } from '../src/components/repair-tips/repair-tips.js';
import { RepairTipsChangeEvent } from '../src/components/repair-tips/repair-tips.events.js';
import { builtInTips } from '../src/components/repair-tips/content.js';
import { TIP_TOPICS, tipOfTheDayIndex } from '../src/data/tips.js';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { closedUrl, fixtureUrl, shadow, shadowAll, shadowText, waitForText } from './helpers.js';

const localization = configureHeldInMindLocalization();
const isChromium = navigator.userAgent.includes('Chrome/');

const title = (el: HmRepairTips) => shadowText(el, '#tip-title');
const label = (el: HmRepairTips) => shadowText(el, '.label');
const status = (el: HmRepairTips) => shadowText(el, '[role="status"]');
const button = (el: HmRepairTips, name: RegExp) => {
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

/** Titles met by pressing "Next" until the first one comes back. */
async function cycleTitles(el: HmRepairTips): Promise<string[]> {
  const seen = [title(el)];
  for (let i = 0; i < 60; i++) {
    button(el, /Next tip/).click();
    await el.updateComplete;
    if (title(el) === seen[0]) break;
    seen.push(title(el));
  }
  return seen;
}

async function settle(el: HmRepairTips) {
  await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"]'), 'still loading', {
    timeout: 15000,
  });
  await el.updateComplete;
}

describe('<hm-repair-tips> built-in content', () => {
  it('has at least 16 tips, each complete and attributed', () => {
    const tips = builtInTips();
    expect(tips.length).to.be.at.least(16);
    for (const tip of tips) {
      expect(tip.title, tip.id).to.not.equal('');
      expect(tip.steps.length, tip.id).to.be.within(2, 4);
      expect(tip.why, tip.id).to.not.equal('');
      expect(tip.topics.length, tip.id).to.be.above(0);
      expect(tip.sources.length, tip.id).to.be.above(0);
    }
    for (const topic of TIP_TOPICS)
      expect(
        tips.some((t) => t.topics.includes(topic)),
        topic,
      ).to.equal(true);
    expect(new Set(tips.map((t) => t.id)).size).to.equal(tips.length);
  });
});

describe('<hm-repair-tips>', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await localization.setLocale('en-GB');
  });

  it('shows the tip of the day by default, the same for everyone on this date', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips></hm-repair-tips>`);
    const tips = builtInTips();
    const expected = tips[tipOfTheDayIndex(tips, new Date())]!;
    expect(title(el)).to.equal(expected.title);
    expect(label(el)).to.include('Tip of the day');
    expect(shadowAll(el, 'ol[part="steps"] li').map((li) => li.textContent!.trim())).to.deep.equal(
      expected.steps,
    );
    expect(shadowText(el, '.why')).to.include(expected.why);
    expect(el.shadowRoot!.querySelector('h2')).to.exist;
  });

  it('moves to the next and previous tip with the buttons, wrapping round, and announces it', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips tip="reconnect"></hm-repair-tips>`);
    const tips = builtInTips();
    expect(title(el)).to.equal(tips[0]!.title);
    expect(label(el)).to.equal(`Tip 1 of ${tips.length}`);
    button(el, /Next tip/).click();
    await el.updateComplete;
    expect(title(el)).to.equal(tips[1]!.title);
    expect(status(el)).to.equal(`Tip 2 of ${tips.length}: ${tips[1]!.title}`);
    button(el, /Previous tip/).click();
    await el.updateComplete;
    button(el, /Previous tip/).click();
    await el.updateComplete;
    expect(title(el)).to.equal(tips[tips.length - 1]!.title);
    expect(label(el)).to.equal(`Tip ${tips.length} of ${tips.length}`);
  });

  it('"Another tip" shows a different tip', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips></hm-repair-tips>`);
    for (let i = 0; i < 10; i++) {
      const before = title(el);
      button(el, /Another tip/).click();
      await el.updateComplete;
      expect(title(el)).to.not.equal(before);
    }
  });

  it('works from the keyboard alone, in a sensible tab order', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">before</button><hm-repair-tips show-topics tip="reconnect"></hm-repair-tips>
      </div>`,
    );
    const el = wrapper.querySelector('hm-repair-tips')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      order.push(
        active
          ? active.localName === 'select'
            ? 'select'
            : active.textContent!.trim().replace(/\s+/g, ' ')
          : 'outside',
      );
    }
    expect(order).to.deep.equal([
      'select',
      '← Previous tip',
      'Another tip',
      'Next tip →',
      'Copy a link to this tip',
      'Where this tip comes from',
    ]);
    // Tab again from the start to "Next tip", then press Enter, then Space.
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    const tips = builtInTips();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(title(el)).to.equal(tips[1]!.title);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(title(el)).to.equal(tips[2]!.title);
    // Focus stays on the button the person pressed.
    expect(el.shadowRoot!.activeElement!.textContent).to.include('Next tip');
  });

  it('fires hm-repair-tips-change on user action only', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips tip="reconnect"></hm-repair-tips>`);
    const events: RepairTipsChangeEvent[] = [];
    el.addEventListener('hm-repair-tips-change', (e) => events.push(e));
    el.tip = 'feeding';
    el.topic = 'bonding';
    el.age = '3-6m';
    await el.updateComplete;
    expect(events).to.have.length(0);
    setTimeout(() => button(el, /Next tip/).click());
    const event = await oneEvent(el, 'hm-repair-tips-change');
    expect(event).to.be.instanceOf(RepairTipsChangeEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.reason).to.equal('next');
    expect(event.detail.tipId).to.be.a('string');
    expect(title(el)).to.equal(builtInTips().find((t) => t.id === event.detail.tipId)!.title);
  });

  it('filters by the topic attribute', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips topic="repair"></hm-repair-tips>`);
    const repair = builtInTips().filter((t) => t.topics.includes('repair'));
    const seen = await cycleTitles(el);
    expect(seen.sort()).to.deep.equal(repair.map((t) => t.title).sort());
    expect(label(el)).to.match(new RegExp(`of ${repair.length}$`));
  });

  it('filters by age band or months, and tips for every age stay in', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips age="pregnancy"></hm-repair-tips>`);
    const expected = builtInTips().filter((t) => t.ages.length === 0 || t.ages.includes('pregnancy'));
    expect((await cycleTitles(el)).sort()).to.deep.equal(expected.map((t) => t.title).sort());
    el.age = '8';
    await el.updateComplete;
    const baby = builtInTips().filter((t) => t.ages.length === 0 || t.ages.includes('6-12m'));
    expect(label(el)).to.match(new RegExp(`of ${baby.length}$`));
  });

  it('says so when nothing matches the topic and age', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips topic="repair" age="pregnancy"></hm-repair-tips>`,
    );
    expect(shadowText(el, '.card')).to.include('There are no tips for this topic and age yet');
    await expect(el).to.be.accessible();
  });

  it('uses the heading level the host asks for (2–6)', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips heading-level="4"></hm-repair-tips>`);
    expect(el.shadowRoot!.querySelector('h4#tip-title')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.not.exist;
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h6#tip-title')).to.exist;
    el.headingLevel = 1;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2#tip-title')).to.exist;
  });

  it('offers a topic picker that filters and announces the count', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips show-topics></hm-repair-tips>`);
    const select = shadow<HTMLSelectElement>(el, 'select');
    expect(shadowText(el, 'label[for="topic"]')).to.equal('Show tips about');
    const breaks = builtInTips().filter((t) => t.topics.includes('breaks'));
    select.value = 'breaks';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'hm-repair-tips-change');
    await el.updateComplete;
    expect(event.detail).to.include({ reason: 'topic', topic: 'breaks' });
    expect(status(el)).to.equal(`Showing ${breaks.length} tips.`);
    expect(breaks.map((t) => t.title)).to.include(title(el));
    await expect(el).to.be.accessible();
  });

  it('opens the tip named in the link (#hm-tip=…) and follows later hash changes', async () => {
    history.replaceState(null, '', '#hm-tip=safe-pause');
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips></hm-repair-tips>`);
    expect(title(el)).to.equal('Take a safe pause');
    expect(label(el)).to.not.include('Tip of the day');
    location.hash = 'hm-tip=feeding';
    await waitUntil(() => title(el) === 'Make feeds a time to connect', 'hash change not followed');
    location.hash = 'hm-tip=no-such-tip';
    await new Promise((r) => setTimeout(r, 50));
    expect(title(el)).to.equal('Make feeds a time to connect');
  });

  it('copies a deep link to the tip, and says so', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips tip="routines"></hm-repair-tips>`);
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      button(el, /Copy a link/).click();
      await waitUntil(() => status(el) === 'Link copied.');
      expect(new URL(copied).hash).to.equal('#hm-tip=routines');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips tip="routines"></hm-repair-tips>`);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      button(el, /Copy a link/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('.copy-fallback input'));
      const input = shadow<HTMLInputElement>(el, '.copy-fallback input');
      expect(new URL(input.value).hash).to.equal('#hm-tip=routines');
      expect(el.shadowRoot!.activeElement?.id).to.equal('copy-link');
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('makes no request and writes no storage or cookie by default', async () => {
    const storageBefore = localStorage.length;
    const cookiesBefore = document.cookie;
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips show-topics></hm-repair-tips>`);
    button(el, /Next tip/).click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(storageBefore);
    expect(document.cookie).to.equal(cookiesBefore);
    const newRequests = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .map((e) => e.name);
    expect(newRequests).to.deep.equal([]);
  });
});

describe('<hm-repair-tips> host tips', () => {
  const hostTips = [
    {
      id: 'walk-together',
      title: 'Take a walk together',
      steps: ['Head outside.', 'Look around.'],
      topics: ['breaks'],
    },
    { id: 'library', title: 'Rhyme time at the library', steps: ['Ask at the library.'] },
  ];

  it('adds tips given as a property to the built-ins', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips .tips=${hostTips}></hm-repair-tips>`);
    await settle(el);
    expect(el.showTip('walk-together')).to.equal(true);
    await el.updateComplete;
    expect(title(el)).to.equal('Take a walk together');
    expect(label(el)).to.match(new RegExp(`of ${builtInTips().length + 2}$`));
  });

  it('replaces the built-ins with replace-built-in', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips replace-built-in .tips=${hostTips}></hm-repair-tips>`,
    );
    await settle(el);
    await waitUntil(() => label(el).endsWith('of 2'));
    expect((await cycleTitles(el)).sort()).to.deep.equal([
      'Rhyme time at the library',
      'Take a walk together',
    ]);
  });

  it('refuses invalid host JSON with a clear message and keeps the built-in tips', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips .tips=${{ advice: 'not tips' }}></hm-repair-tips>`,
    );
    await waitForText(el, '[part="error"]', 'Some tips from this website could not be shown.');
    expect(shadowText(el, '[part="error"]')).to.include('not in a form this widget can read');
    expect(el.error?.code).to.equal('invalid');
    expect(builtInTips().map((t) => t.title)).to.include(title(el));
  });

  it('never renders markup from host tips', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips
        replace-built-in
        .tips=${[{ id: 'x', title: '<img src=x onerror="window.__pwned=1">Hi', steps: ['<b>bold</b>'] }]}
      ></hm-repair-tips>`,
    );
    await waitForText(el, '#tip-title', 'Hi');
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(title(el)).to.equal('<img src=x onerror="window.__pwned=1">Hi');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('loads tips from a src URL and adds them', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips src=${fixtureUrl('/fixtures/tips/valid.json')}></hm-repair-tips>`,
    );
    await settle(el);
    expect(el.error).to.equal(null);
    expect(label(el)).to.match(new RegExp(`of ${builtInTips().length + 2}$`));
    el.showTip('library-rhymes');
    await el.updateComplete;
    expect(title(el)).to.equal('Rhyme time at the library');
  });

  it('shows "Loading" while replacing the built-ins from src, then the host tips', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips
        replace-built-in
        src=${fixtureUrl('/slow?ms=600&file=tips/valid.json')}
      ></hm-repair-tips>`,
    );
    expect(shadowText(el, '.card')).to.include('Loading tips…');
    expect(shadow(el, '.card').getAttribute('aria-busy')).to.equal('true');
    await settle(el);
    expect(label(el)).to.match(/of 2$/);
  });

  it('marks host tips written in another language with their lang', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips replace-built-in src=${fixtureUrl('/fixtures/tips/welsh.json')}></hm-repair-tips>`,
    );
    await settle(el);
    expect(title(el)).to.equal('Canwch hwiangerdd');
    expect(shadow(el, '#tip-title').closest('[lang]')!.getAttribute('lang')).to.equal('cy');
  });

  for (const [name, path, code, text] of [
    ['malformed JSON', '/fixtures/tips/broken.json', 'parse', 'not in a form this widget can read'],
    ['a web page instead of JSON', '/html', 'parse', 'not in a form this widget can read'],
    [
      'JSON of the wrong shape',
      '/fixtures/tips/wrong-shape.json',
      'invalid',
      'not in a form this widget can read',
    ],
    ['an HTTP 404', '/status/404', 'http', 'could not be found at its address'],
    ['a server without CORS', '/no-cors/tips/valid.json', 'cors', 'does not allow it to be shown here'],
  ] as const) {
    it(`explains ${name} and keeps the built-in tips`, async () => {
      const el = await fixture<HmRepairTips>(
        html`<hm-repair-tips replace-built-in src=${fixtureUrl(path)}></hm-repair-tips>`,
      );
      await settle(el);
      expect(el.error?.code).to.equal(code);
      expect(shadowText(el, '[part="error"]')).to.include(text);
      expect(shadowText(el, '[part="error"]')).to.include('Here are our own tips instead.');
      expect(builtInTips().map((t) => t.title)).to.include(title(el));
    });
  }

  it('explains an unreachable src', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips src=${closedUrl()}></hm-repair-tips>`);
    await settle(el);
    expect(el.error?.code).to.equal('network');
    expect(shadowText(el, '[part="error"]')).to.include('Check your connection');
  });

  it('uses only valid items from a partly valid file', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips
        replace-built-in
        src=${fixtureUrl('/fixtures/tips/partly-valid.json')}
      ></hm-repair-tips>`,
    );
    await settle(el);
    expect(el.error).to.equal(null);
    expect(title(el)).to.equal('A good tip');
    expect(label(el)).to.match(/of 1$/);
    // One tip: no buttons that would do nothing.
    expect(el.shadowRoot!.querySelector('[part="nav"]')).to.equal(null);
  });

  it('stops loading when removed from the page, without errors', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips src=${fixtureUrl('/slow?ms=3000')}></hm-repair-tips>`,
    );
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(el.error).to.equal(null);
  });

  it('reads host tips written as HTML inside the element, which are readable before upgrade', async () => {
    const markup = `<hm-repair-tips replace-built-in>
        <article data-tip="nap-together" data-topics="breaks" data-ages="0-3m">
          <h3>Nap when your baby naps</h3>
          <ul><li>Lie down, even for ten minutes.</li><li>Leave the chores.</li></ul>
          <p>Rest makes the hard moments easier.</p>
        </article>
      </hm-repair-tips>`;
    // Before upgrade (no script in this frame): the host's own markup is what people read.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body>${markup}</body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    expect(frame.contentDocument!.body.innerText).to.include('Nap when your baby naps');
    frame.remove();
    // After upgrade: the same markup becomes a tip in the card.
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = markup;
    const el = holder.querySelector('hm-repair-tips') as HmRepairTips;
    await waitForText(el, '#tip-title', 'Nap when your baby naps');
    expect(shadowAll(el, 'ol li').map((li) => li.textContent)).to.deep.equal([
      'Lie down, even for ten minutes.',
      'Leave the chores.',
    ]);
    expect(el.querySelector('article')!.getClientRects().length).to.equal(0);
  });
});

describe('<hm-repair-tips> languages and layout', () => {
  afterEach(async () => {
    await localization.setLocale('en-GB');
  });

  it('switches to Welsh and back, keeping the same tip', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips tip="safe-pause"></hm-repair-tips>`);
    await localization.setLocale('cy-GB');
    await el.updateComplete;
    expect(localization.getLocale()).to.equal('cy');
    expect(title(el)).to.not.equal('Take a safe pause');
    expect(title(el)).to.equal(builtInTips().find((t) => t.id === 'safe-pause')!.title);
    expect(button(el, /./).textContent).to.not.include('Previous tip');
    expect(shadow(el, '.card').getAttribute('lang')).to.equal('cy');
    expect(shadow(el, '.card').getAttribute('dir')).to.equal('ltr');
    await localization.setLocale('en-GB');
    await el.updateComplete;
    expect(title(el)).to.equal('Take a safe pause');
  });

  it('renders Arabic right to left, with numbers formatted for Arabic', async () => {
    await localization.setLocale('ar');
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips lang="ar" tip="reconnect"></hm-repair-tips>`);
    const card = shadow(el, '.card');
    expect(card.getAttribute('dir')).to.equal('rtl');
    expect(card.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    const one = new Intl.NumberFormat('ar').format(1);
    const total = new Intl.NumberFormat('ar').format(builtInTips().length);
    expect(label(el)).to.include(one).and.to.include(total);
    expect(title(el)).to.match(/[\u0600-\u06FF]/);
  });

  it('uses the Welsh plural forms in the count it announces', async () => {
    await localization.setLocale('cy');
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips show-topics></hm-repair-tips>`);
    const select = shadow<HTMLSelectElement>(el, 'select');
    select.value = 'repair';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(status(el)).to.not.match(/Showing/);
    expect(status(el)).to.match(/awgrym/);
  });

  for (const locale of ['en-GB', 'cy', 'ar'] as const) {
    describe(`in ${locale}`, () => {
      beforeEach(() => localization.setLocale(locale));

      it('is accessible in every state (axe)', async () => {
        const states = [
          html`<hm-repair-tips></hm-repair-tips>`,
          html`<hm-repair-tips topic="bonding" age="3-6m" show-topics heading-level="3"></hm-repair-tips>`,
          html`<hm-repair-tips src=${fixtureUrl('/fixtures/tips/valid.json')}></hm-repair-tips>`,
          html`<hm-repair-tips .tips=${{ not: 'tips' }}></hm-repair-tips>`,
          html`<hm-repair-tips src=${closedUrl()}></hm-repair-tips>`,
        ];
        for (const state of states) {
          const el = await fixture<HmRepairTips>(state);
          await settle(el);
          el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
          await expect(el).to.be.accessible();
        }
      });

      it('reflows at 320 px without horizontal scrolling', async () => {
        // A 320 px column (WCAG 1.4.10); the element's layout depends on its container only.
        const column = await fixture<HTMLDivElement>(
          html`<div style="width: 320px">
            <hm-repair-tips show-topics tip="say-yes-to-help"></hm-repair-tips>
          </div>`,
        );
        const el = column.querySelector('hm-repair-tips')!;
        el.shadowRoot!.querySelector('details')!.setAttribute('open', '');
        await el.updateComplete;
        expect(column.scrollWidth).to.be.at.most(320);
        const card = shadow(el, '.card');
        expect(card.scrollWidth).to.be.at.most(card.clientWidth);
        const box = card.getBoundingClientRect();
        for (const node of shadowAll(el, 'button, select, h2, li, p')) {
          const b = node.getBoundingClientRect();
          expect(b.left, node.textContent!).to.be.at.least(box.left - 1);
          expect(b.right, node.textContent!).to.be.at.most(box.right + 1);
        }
      });
    });
  }

  it('keeps buttons and focus visible in forced colours', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips></hm-repair-tips>`);
    const text = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText))
      .join('\n');
    expect(text).to.match(/forced-colors:\s*active/);
    if (isChromium) {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const next = button(el, /Next tip/);
        expect(getComputedStyle(next).borderTopStyle).to.equal('solid');
        expect(getComputedStyle(next).borderTopWidth).to.not.equal('0px');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    }
  });

  it('prints the tip without its buttons', async () => {
    const el = await fixture<HmRepairTips>(html`<hm-repair-tips show-topics></hm-repair-tips>`);
    if (!isChromium) {
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText))
        .join('\n');
      expect(rules).to.match(/@media print/);
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el, '.nav')).display).to.equal('none');
      expect(getComputedStyle(shadow(el, '.picker')).display).to.equal('none');
      expect(getComputedStyle(shadow(el, 'ol')).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
