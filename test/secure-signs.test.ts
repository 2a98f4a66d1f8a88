import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/secure-signs/hm-secure-signs.js';
import type { HmSecureSigns } from '../src/components/secure-signs/secure-signs.js';
import {
  SecureSignsChangeEvent,
  SecureSignsCompleteEvent,
} from '../src/components/secure-signs/secure-signs.events.js';
import { builtInSigns } from '../src/components/secure-signs/content.js';
import { SIGNS_STORAGE_KEY } from '../src/data/secure-signs.js';
import { createSafeStorage } from '../src/core/storage.js';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { closedUrl, fixtureUrl, shadow, shadowAll, shadowText, waitForText } from './helpers.js';

const localization = configureHeldInMindLocalization();
const isChromium = navigator.userAgent.includes('Chrome/');
const STORE = `held-in-mind:${SIGNS_STORAGE_KEY}`;

const radios = (el: HmSecureSigns, name: string) =>
  shadowAll<HTMLInputElement>(el, `input[type="radio"][name="${name}"]`);
const button = (el: HmSecureSigns, name: RegExp) => {
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const progress = (el: HmSecureSigns) => shadowText(el, '.progress');
const status = (el: HmSecureSigns) => shadowText(el, '[role="status"]');

async function pickBand(el: HmSecureSigns, band: string) {
  radios(el, 'band')
    .find((r) => r.value === band)!
    .click();
  await el.updateComplete;
}

/** Answers the items of the shown band in order with the given answers. */
async function answer(el: HmSecureSigns, answers: string[]) {
  const items = shadowAll(el, '.item');
  for (const [i, value] of answers.entries()) {
    const input = items[i]!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
    input.click();
    await el.updateComplete;
  }
}

async function settle(el: HmSecureSigns) {
  await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"]'), 'still loading', {
    timeout: 15000,
  });
  await el.updateComplete;
}

describe('<hm-secure-signs> built-in content', () => {
  it('has six to ten signs for every age band, each with why and ideas', () => {
    for (const band of ['pregnancy', '0-3m', '3-6m', '6-12m', '12-24m', '2-5y'] as const) {
      const items = builtInSigns(band);
      expect(items.length, band).to.be.within(6, 10);
      for (const item of items) {
        expect(item.sign, item.id).to.not.equal('');
        expect(item.why, item.id).to.not.equal('');
        expect(item.ideas, item.id).to.not.equal('');
      }
      expect(new Set(items.map((i) => i.id)).size).to.equal(items.length);
    }
  });
});

describe('<hm-secure-signs>', () => {
  beforeEach(() => localStorage.removeItem(STORE));
  afterEach(async () => {
    localStorage.removeItem(STORE);
    await localization.setLocale('en-GB');
  });

  it('starts with the age question, the "not a test" line and where to get help', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    expect(shadowText(el, 'h2#title')).to.equal('Signs of a secure bond');
    expect(shadowText(el, '.not-a-test')).to.include('not a test or a diagnosis');
    expect(radios(el, 'band').map((r) => r.value)).to.deep.equal([
      'pregnancy',
      '0-3m',
      '3-6m',
      '6-12m',
      '12-24m',
      '2-5y',
    ]);
    expect(shadowAll(el, '.item')).to.have.length(0);
    expect(shadowText(el, '.help-details summary')).to.equal('Where to get help');
    await expect(el).to.be.accessible();
  });

  it('shows the signs for the chosen band with three gentle answers each', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    await pickBand(el, '0-3m');
    const items = shadowAll(el, '.item');
    expect(items).to.have.length(builtInSigns('0-3m').length);
    expect(items[0]!.querySelector('legend')!.textContent).to.equal(builtInSigns('0-3m')[0]!.sign);
    expect(
      Array.from(items[0]!.querySelectorAll('label.choice'), (l) => l.textContent!.trim()),
    ).to.deep.equal(['Often', 'Sometimes', 'Not yet / not sure']);
    expect(items[0]!.querySelectorAll('details')).to.have.length(2);
    expect(progress(el)).to.equal('0 of 6 answered');
    expect(shadowText(el, 'h3#band-heading')).to.equal('Signs at 0 to 3 months');
  });

  it('counts answers, announces progress, and fires change and complete events', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    await pickBand(el, '3-6m');
    const changes: SecureSignsChangeEvent[] = [];
    const completes: SecureSignsCompleteEvent[] = [];
    el.addEventListener('hm-secure-signs-change', (e) => changes.push(e));
    el.addEventListener('hm-secure-signs-complete', (e) => completes.push(e));
    await answer(el, ['often', 'sometimes']);
    expect(progress(el)).to.equal('2 of 6 answered');
    expect(status(el)).to.equal('2 of 6 answered');
    expect(changes.map((e) => e.detail)).to.deep.equal([
      { band: '3-6m', itemId: 'lights-up', answer: 'often' },
      { band: '3-6m', itemId: 'chats-back', answer: 'sometimes' },
    ]);
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    await answer(el, ['often', 'sometimes', 'often', 'often', 'not-yet', 'often']);
    expect(completes).to.have.length(1);
    expect(completes[0]!.detail).to.deep.equal({ band: '3-6m', total: 6 });
    // Changing an answer after completion does not complete again.
    await answer(el, ['sometimes']);
    expect(completes).to.have.length(1);
  });

  it('fires no events for changes made in code', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    let events = 0;
    el.addEventListener('hm-secure-signs-change', () => events++);
    el.addEventListener('hm-secure-signs-complete', () => events++);
    el.age = '2-5y';
    el.nation = 'scotland';
    el.content = { bands: { '2-5y': [{ id: 'x', sign: 'A host sign' }] } };
    await settle(el);
    expect(events).to.equal(0);
  });

  it('lets the host fix the age, as a band or in months, and hides the age question', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs age="8"></hm-secure-signs>`);
    expect(el.shadowRoot!.querySelector('.bands')).to.equal(null);
    expect(shadowText(el, '#band-heading')).to.equal('Signs at 6 to 12 months');
    el.age = 'pregnancy';
    await el.updateComplete;
    expect(shadowText(el, '#band-heading')).to.equal('During pregnancy');
  });

  it('works out the band from an age in months, corrected for a baby born early', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    shadow<HTMLDetailsElement>(el, '.age-calc-details').open = true;
    const months = shadow<HTMLInputElement>(el, '#months');
    const weeks = shadow<HTMLInputElement>(el, '#weeks');
    months.value = '5';
    months.dispatchEvent(new Event('input'));
    weeks.value = '12';
    weeks.dispatchEvent(new Event('input'));
    button(el, /Use this age/).click();
    await el.updateComplete;
    await el.updateComplete;
    // 5 months, born 12 weeks early: corrected age 2 months.
    expect(shadowText(el, '#band-heading')).to.equal('Signs at 0 to 3 months');
    expect(el.shadowRoot!.activeElement?.id).to.equal('band-heading');
    months.value = '300';
    months.dispatchEvent(new Event('input'));
    button(el, /Use this age/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadowText(el, '.status-note')).to.include('0 to 71 months');
    // (ids, not elements: a failed comparison of two DOM nodes stalls Firefox's reporter)
    expect(el.shadowRoot!.activeElement?.id).to.equal('months');
  });

  it('summarises what is going well and ideas to try, and moves focus to the summary', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    await pickBand(el, '6-12m');
    await answer(el, ['often', 'sometimes', 'often']);
    button(el, /See my summary/).click();
    await el.updateComplete;
    await el.updateComplete;
    const items = builtInSigns('6-12m');
    expect(el.shadowRoot!.activeElement?.id).to.equal('summary-heading');
    const well = shadowAll(el, '[aria-labelledby="well-heading"] li').map((li) => li.textContent!.trim());
    expect(well).to.deep.equal([items[0]!.sign, items[2]!.sign]);
    const tryText = shadowText(el, '[aria-labelledby="try-heading"]');
    expect(tryText).to.include(items[1]!.ideas);
    // Help comes after the lists when nothing suggests it is needed first.
    const order = shadowAll(el, '.summary h4').map((h) => h.id);
    expect(order).to.deep.equal(['well-heading', 'try-heading', 'help-heading']);
    await expect(el).to.be.accessible();
    button(el, /Back to the checklist/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('band-heading');
  });

  it('puts where to get help first when several answers are "not yet", or the parent is worried', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs age="2-5y"></hm-secure-signs>`);
    await answer(el, ['not-yet', 'not-yet']);
    button(el, /See my summary/).click();
    await el.updateComplete;
    expect(shadowAll(el, '.summary h4')[0]!.id).to.equal('help-heading');
    expect(shadowText(el, '.summary .status-note')).to.include('You might like to talk to someone');
    const other = await fixture<HmSecureSigns>(html`<hm-secure-signs age="2-5y"></hm-secure-signs>`);
    shadow<HTMLInputElement>(other, '.worried input').click();
    await other.updateComplete;
    expect(shadow<HTMLDetailsElement>(other, '.help-details').open).to.equal(true);
    button(other, /See my summary/).click();
    await other.updateComplete;
    expect(shadowAll(other, '.summary h4')[0]!.id).to.equal('help-heading');
  });

  it('names the right services for each nation, with phone links', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs nation="scotland"></hm-secure-signs>`);
    const links = () =>
      shadowAll<HTMLAnchorElement>(el, '.help-details a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links()).to.deep.equal([
      ['NHS 24: call 111', 'tel:111'],
      ['Call 999', 'tel:999'],
    ]);
    el.nation = 'northern-ireland';
    await el.updateComplete;
    expect(links()).to.deep.equal([['Call 999', 'tel:999']]);
    expect(shadowText(el, '.help-details')).to.include('out-of-hours');
    el.nation = 'england';
    await el.updateComplete;
    expect(shadowText(el, '.help-details')).to.include('family hub');
  });

  it('adds host help cards, keeping only phone and web links', async () => {
    const el = await fixture<HmSecureSigns>(
      html`<hm-secure-signs
        .help=${[
          {
            level: 'talk',
            title: 'Riverside Family Hub',
            text: 'Drop in any weekday.',
            contacts: [{ label: 'Call us', phone: '01234 567890' }],
          },
          { level: 'talk', text: 'Bad link', contacts: [{ label: 'Click', url: 'javascript:alert(1)' }] },
        ]}
        ><p slot="help">Local helpline: 0800 000 000</p></hm-secure-signs
      >`,
    );
    await settle(el);
    const text = shadowText(el, '.help-details');
    expect(text).to.include('Riverside Family Hub');
    const hrefs = shadowAll<HTMLAnchorElement>(el, '.help-details a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:01234567890');
    expect(hrefs.some((h) => h?.startsWith('javascript'))).to.equal(false);
    const slot = shadow<HTMLSlotElement>(el, '.help-details slot[name="help"]');
    expect(slot.assignedElements()[0]!.textContent).to.include('Local helpline');
  });

  it('stores nothing until the person chooses to save', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    const keysBefore = localStorage.length;
    await pickBand(el, '0-3m');
    await answer(el, ['often', 'sometimes']);
    button(el, /See my summary/).click();
    await el.updateComplete;
    expect(localStorage.length).to.equal(keysBefore);
    expect(localStorage.getItem(STORE)).to.equal(null);
    button(el, /Save my answers on this device/).click();
    await el.updateComplete;
    const saved = JSON.parse(localStorage.getItem(STORE)!);
    expect(saved).to.deep.equal({
      v: 1,
      children: [
        {
          band: '0-3m',
          answers: { 'calms-with-you': 'often', 'watches-your-face': 'sometimes' },
          worried: false,
        },
      ],
    });
    expect(shadowText(el, '.status-note')).to.include('Saved on this device');
  });

  it('restores saved answers, keeps them in step, and clears them', async () => {
    localStorage.setItem(
      STORE,
      JSON.stringify({
        v: 1,
        children: [{ band: '12-24m', answers: { 'returns-in-play': 'often' }, worried: false }],
      }),
    );
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    expect(shadowText(el, '.status-note')).to.include('Your saved answers are back');
    expect(progress(el)).to.equal('1 of 6 answered');
    expect(radios(el, 'returns-in-play').find((r) => r.value === 'often')!.checked).to.equal(true);
    await answer(el, ['often', 'sometimes']);
    expect(JSON.parse(localStorage.getItem(STORE)!).children[0].answers['looks-to-you']).to.equal(
      'sometimes',
    );
    await expect(el).to.be.accessible();
    button(el, /See my summary/).click();
    await el.updateComplete;
    button(el, /Clear saved answers/).click();
    await el.updateComplete;
    expect(localStorage.getItem(STORE)).to.equal(null);
    expect(shadowText(el, '.status-note')).to.include('cleared');
    // The answers stay on screen.
    expect(shadowText(el, '[aria-labelledby="well-heading"]')).to.include(builtInSigns('12-24m')[0]!.sign);
  });

  it('says so when storage is unavailable, and keeps the answers on screen', async () => {
    const el = await fixture<HmSecureSigns>(
      html`<hm-secure-signs
        age="0-3m"
        .storage=${createSafeStorage(() => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        })}
      ></hm-secure-signs>`,
    );
    await answer(el, ['often']);
    button(el, /See my summary/).click();
    await el.updateComplete;
    button(el, /Save my answers/).click();
    await el.updateComplete;
    expect(shadowText(el, '.status-note')).to.include('could not be saved on this device');
    expect(shadowText(el, '[aria-labelledby="well-heading"]')).to.include(builtInSigns('0-3m')[0]!.sign);
    await expect(el).to.be.accessible();
  });

  it('keeps separate answers for another child, numbered, never named', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    await pickBand(el, '0-3m');
    await answer(el, ['often']);
    button(el, /See my summary/).click();
    await el.updateComplete;
    button(el, /Add another child/).click();
    await el.updateComplete;
    expect(shadowAll(el, '.children button').map((b) => b.textContent!.trim())).to.deep.equal([
      'Child 1',
      'Child 2',
    ]);
    expect(shadowAll(el, '.item')).to.have.length(0);
    await pickBand(el, '2-5y');
    expect(progress(el)).to.equal('0 of 6 answered');
    button(el, /Child 1/).click();
    await el.updateComplete;
    expect(progress(el)).to.equal('1 of 6 answered');
  });

  it('copies the summary as plain text, or shows it to copy by hand', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs age="3-6m"></hm-secure-signs>`);
    await answer(el, ['often', 'not-yet']);
    button(el, /See my summary/).click();
    await el.updateComplete;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    try {
      button(el, /Copy summary/).click();
      await waitUntil(() => status(el) === 'Summary copied.');
      const items = builtInSigns('3-6m');
      expect(copied).to.include('Signs of a secure bond: my summary');
      expect(copied).to.include(`- ${items[0]!.sign}`);
      expect(copied).to.include(items[1]!.ideas);
      expect(copied).to.include('Call 999');
      expect(copied).to.not.match(/<[a-z]/);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      button(el, /Copy summary/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('.copy-fallback textarea'));
      await el.updateComplete;
      expect(shadow<HTMLTextAreaElement>(el, '.copy-fallback textarea').value).to.include(items[0]!.sign);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('works from the keyboard: arrow keys choose the age and the answers', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button id="before">before</button><hm-secure-signs></hm-secure-signs></div>`,
    );
    const el = wrapper.querySelector('hm-secure-signs')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('pregnancy');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadowText(el, '#band-heading')).to.equal('Signs at 0 to 3 months');
    // Past the age calculator's summary, into the first sign's answers.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const first = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(first.name).to.equal('calms-with-you');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(progress(el)).to.equal('1 of 6 answered');
  });

  it('never writes storage, cookies or requests by default', async () => {
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const cookies = document.cookie;
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
    await pickBand(el, '0-3m');
    await answer(el, ['often']);
    expect(localStorage.getItem(STORE)).to.equal(null);
    expect(document.cookie).to.equal(cookies);
    expect(
      performance
        .getEntriesByType('resource')
        .slice(resourcesBefore)
        .map((e) => e.name),
    ).to.deep.equal([]);
  });
});

describe('<hm-secure-signs> host content', () => {
  it('adds host items to a band, or replaces the band with them', async () => {
    const content = {
      bands: { '0-3m': [{ id: 'bath-time', sign: 'Your baby relaxes at bath time with you.' }] },
    };
    const el = await fixture<HmSecureSigns>(
      html`<hm-secure-signs age="0-3m" .content=${content}></hm-secure-signs>`,
    );
    await settle(el);
    expect(shadowAll(el, '.item legend').map((l) => l.textContent)).to.include(
      'Your baby relaxes at bath time with you.',
    );
    expect(shadowAll(el, '.item')).to.have.length(7);
    el.replaceBuiltIn = true;
    await el.updateComplete;
    expect(shadowAll(el, '.item')).to.have.length(1);
  });

  it('loads host items from src', async () => {
    const el = await fixture<HmSecureSigns>(
      html`<hm-secure-signs age="2-5y" src=${fixtureUrl('/fixtures/signs/valid.json')}></hm-secure-signs>`,
    );
    await waitForText(el, '.items', 'Your child likes helping you with simple jobs.');
    expect(el.error).to.equal(null);
    // The same file's help cards join the defaults.
    expect(shadowText(el, '.help-details')).to.include('Riverside Family Hub');
    expect(shadowAll<HTMLAnchorElement>(el, '.help-details a').map((a) => a.getAttribute('href'))).to.include(
      'tel:01234567890',
    );
  });

  for (const [name, make, code] of [
    [
      'invalid host JSON',
      () => html`<hm-secure-signs age="0-3m" .content=${['nope']}></hm-secure-signs>`,
      'invalid',
    ],
    [
      'a src of the wrong shape',
      () =>
        html`<hm-secure-signs
          age="0-3m"
          src=${fixtureUrl('/fixtures/signs/wrong-shape.json')}
        ></hm-secure-signs>`,
      'invalid',
    ],
    [
      'an unreachable src',
      () => html`<hm-secure-signs age="0-3m" src=${closedUrl()}></hm-secure-signs>`,
      'network',
    ],
  ] as const) {
    it(`explains ${name} and shows the built-in checklist`, async () => {
      const el = await fixture<HmSecureSigns>(make());
      await waitForText(el, '[part="error"]', 'could not be shown');
      expect(el.error?.code).to.equal(code);
      expect(shadowAll(el, '.item')).to.have.length(builtInSigns('0-3m').length);
    });
  }

  it('reads a list written inside the element, which is readable before upgrade', async () => {
    const markup = `<hm-secure-signs age="0-3m" replace-built-in>
        <ul data-band="0-3m"><li data-item="hums">Your baby hums along when you sing.</li></ul>
      </hm-secure-signs>`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body>${markup}</body></html>`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    expect(frame.contentDocument!.body.innerText).to.include('Your baby hums along when you sing.');
    frame.remove();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = markup;
    const el = holder.querySelector('hm-secure-signs') as HmSecureSigns;
    await waitForText(el, '.items', 'Your baby hums along when you sing.');
    expect(shadowAll(el, '.item')).to.have.length(1);
  });
});

describe('<hm-secure-signs> languages and layout', () => {
  afterEach(async () => {
    localStorage.removeItem(STORE);
    await localization.setLocale('en-GB');
  });

  it('renders Arabic right to left', async () => {
    await localization.setLocale('ar');
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs age="0-3m"></hm-secure-signs>`);
    const card = shadow(el, '.card');
    expect(card.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    expect(shadowText(el, '#title')).to.match(/[\u0600-\u06FF]/);
    // Translations are text: "A&E" must not arrive as the XML escape "A&amp;E".
    expect(shadowText(el, '.help-details')).to.include('A&E').and.not.include('&amp;');
  });

  for (const locale of ['en-GB', 'cy', 'ar'] as const) {
    describe(`in ${locale}`, () => {
      beforeEach(() => localization.setLocale(locale));

      it('is accessible in every state (axe)', async () => {
        // empty; partly answered; complete; summary; saved and restored; storage throwing; invalid host JSON
        const empty = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
        await expect(empty).to.be.accessible();
        const el = await fixture<HmSecureSigns>(html`<hm-secure-signs nation="wales"></hm-secure-signs>`);
        await pickBand(el, '6-12m');
        await answer(el, ['often', 'not-yet']);
        for (const d of shadowAll<HTMLDetailsElement>(el, 'details')) d.open = true;
        await expect(el).to.be.accessible();
        await answer(el, ['often', 'not-yet', 'sometimes', 'often', 'often', 'not-yet']);
        await expect(el).to.be.accessible();
        shadowAll<HTMLButtonElement>(el, '.actions .primary')[0]!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        localStorage.setItem(
          STORE,
          JSON.stringify({
            v: 1,
            children: [{ band: '0-3m', answers: { 'calms-with-you': 'often' }, worried: true }],
          }),
        );
        const restored = await fixture<HmSecureSigns>(html`<hm-secure-signs></hm-secure-signs>`);
        await expect(restored).to.be.accessible();
        const noStorage = await fixture<HmSecureSigns>(
          html`<hm-secure-signs age="0-3m" .storage=${createSafeStorage(() => null)}></hm-secure-signs>`,
        );
        shadowAll<HTMLButtonElement>(noStorage, '.actions .primary')[0]!.click();
        await noStorage.updateComplete;
        // Summary actions: copy, print, save, add a child, back.
        shadowAll<HTMLButtonElement>(noStorage, '.summary .actions button')[2]!.click();
        await noStorage.updateComplete;
        expect(shadow(noStorage, '.status-note').textContent).to.not.equal('');
        await expect(noStorage).to.be.accessible();
        const invalid = await fixture<HmSecureSigns>(
          html`<hm-secure-signs age="0-3m" .content=${42}></hm-secure-signs>`,
        );
        await waitUntil(() => invalid.shadowRoot!.querySelector('[part="error"]'));
        await expect(invalid).to.be.accessible();
      });

      it('reflows at 320 px without horizontal scrolling', async () => {
        const column = await fixture<HTMLDivElement>(
          html`<div style="width: 320px"><hm-secure-signs></hm-secure-signs></div>`,
        );
        const el = column.querySelector('hm-secure-signs')!;
        await pickBand(el, '12-24m');
        for (const d of shadowAll<HTMLDetailsElement>(el, 'details')) d.open = true;
        await el.updateComplete;
        expect(column.scrollWidth).to.be.at.most(320);
        const card = shadow(el, '.card');
        expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      });
    });
  }

  it('prints without its buttons', async () => {
    const el = await fixture<HmSecureSigns>(html`<hm-secure-signs age="0-3m"></hm-secure-signs>`);
    if (!isChromium) {
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText))
        .join('\n');
      expect(rules).to.match(/@media print/);
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el, '.actions')).display).to.equal('none');
      expect(getComputedStyle(shadow(el, '.items')).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
