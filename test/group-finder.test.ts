import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/group-finder/hm-group-finder.js';
import type { HmGroupFinder } from '../src/components/group-finder/group-finder.js';
import {
  GroupFinderSearchEvent,
  GroupFinderSelectEvent,
} from '../src/components/group-finder/group-finder.events.js';
import { searchGroups, type GroupQuery } from '../src/data/directory/search.js';
import { milesToKm } from '../src/data/directory/geo.js';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { fixtureUrl, shadow, shadowAll, shadowText, waitForText } from './helpers.js';

const localization = configureHeldInMindLocalization();

// Wednesday 19 November 2025, 09:00 in London: results never depend on the day the tests run.
const NOW = new Date('2025-11-19T09:00:00Z');
const OUTCODES = fixtureUrl('/fixtures/directory/outcodes.json');

const busy = (el: HmGroupFinder) =>
  el.shadowRoot?.querySelector('.finder')?.getAttribute('aria-busy') === 'true';

async function settle(el: HmGroupFinder) {
  await el.loaded;
  await waitUntil(() => !busy(el), 'the finder is still busy', { timeout: 15000 });
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

async function make(template: ReturnType<typeof html>): Promise<HmGroupFinder> {
  const el = await fixture<HmGroupFinder>(template);
  await settle(el);
  return el;
}

const finder = (attrs: { outcodes?: string } = {}) =>
  make(html`<hm-group-finder .now=${NOW} outcodes=${attrs.outcodes ?? OUTCODES}></hm-group-finder>`);

const names = (el: HmGroupFinder) =>
  shadowAll(el, '.result h3, .result h4, .result h5, .result h6').map((h) =>
    (h.textContent ?? '').replace(/^\s*\d+\s*/, '').trim(),
  );
const results = (el: HmGroupFinder) => shadowAll(el, '.result');
const status = (el: HmGroupFinder) => shadowText(el, '[role="status"]');
const heading = (el: HmGroupFinder) => shadowText(el, '#results-heading');
const activeId = (el: HmGroupFinder) => el.shadowRoot?.activeElement?.id ?? '';
const params = () => new URLSearchParams(location.hash.slice(1));

function button(el: Element, name: RegExp, root: ParentNode = el.shadowRoot!): HTMLElement {
  const found = Array.from(root.querySelectorAll<HTMLElement>('button, a.button')).find((b) =>
    name.test((b.textContent ?? '').replace(/\s+/g, ' ')),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function search(el: HmGroupFinder, where: string, keyword = '') {
  shadow<HTMLInputElement>(el, '#where').value = where;
  shadow<HTMLInputElement>(el, '#keyword').value = keyword;
  shadow(el, 'form.search button[type="submit"]').click();
  await settle(el);
}

async function openFilters(el: HmGroupFinder) {
  const details = shadow<HTMLDetailsElement>(el, 'details.filters');
  if (!details.open) shadow<HTMLElement>(el, 'details.filters > summary').click();
  await waitUntil(() => el.shadowRoot?.querySelector('.filter-grid'), 'filters did not open');
  await el.updateComplete;
}

async function check(el: HmGroupFinder, selector: string) {
  const input = shadow<HTMLInputElement>(el, selector);
  input.click();
  await settle(el);
}

async function choose(el: HmGroupFinder, selector: string, value: string) {
  const select = shadow<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
}

async function openDetails(el: HmGroupFinder, index = 0) {
  const result = results(el)[index]!;
  result.querySelector<HTMLButtonElement>('button[aria-controls$="-details"]')!.click();
  await waitUntil(
    () => result.querySelector('.details:not([hidden]) h4, .details:not([hidden]) h5'),
    'no details',
  );
  await el.updateComplete;
  return result;
}

/** What the data layer finds for a query over the loaded groups: the oracle for the filters. */
const expected = (el: HmGroupFinder, query: GroupQuery) =>
  searchGroups(el.groups, { from: NOW, sort: 'next', limit: 1000, ...query }).total;

afterEach(async () => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  await localization.setLocale('en-GB');
});

describe('<hm-group-finder> with no configuration', () => {
  it('shows the built-in sample directory and says it is an example', async () => {
    const el = await make(html`<hm-group-finder .now=${NOW}></hm-group-finder>`);
    expect(shadowText(el, '#finder-title')).to.equal('Find a group near you');
    expect(shadowText(el, '.notice')).to.contain('example groups');
    expect(heading(el)).to.equal('82 groups found');
    expect(results(el)).to.have.length(20);
    await expect(el).to.be.accessible();
  });

  it('lists each group with type, next session, cost, ages, venue and access', async () => {
    const el = await finder();
    const first = results(el)[0]!;
    const text = (first.textContent ?? '').replace(/\s+/g, ' ');
    expect(names(el)[0]).to.equal('Northside Sleep drop-in');
    expect(text).to.contain('Sleep support · In person');
    expect(text).to.contain('Next: Today, 09:30–11:00');
    expect(text).to.contain('Free');
    expect(text).to.contain('Ages: 0–35 months');
    expect(text).to.contain('Southmead Family Hub, BS10 6AS');
    expect(text).to.contain('Step-free access');
    // Sorted by soonest: tomorrow's sessions come after today's.
    const all = results(el).map((r) => r.textContent ?? '');
    const firstTomorrow = all.findIndex((t) => t.includes('Next: Tomorrow'));
    expect(firstTomorrow).to.be.above(0);
    expect(all.slice(firstTomorrow).some((t) => t.includes('Next: Today'))).to.equal(false);
  });

  it('pages 20 at a time with "Show more", moving focus to the first new group', async () => {
    const el = await finder();
    expect(results(el)).to.have.length(20);
    button(el, /Show more groups/).click();
    await settle(el);
    expect(results(el)).to.have.length(40);
    expect(activeId(el)).to.equal('g-20-name');
    expect(status(el)).to.equal('Showing 40 groups.');
    for (let i = 0; i < 2; i++) {
      button(el, /Show more groups/).click();
      await settle(el);
    }
    expect(results(el)).to.have.length(80);
    button(el, /Show more groups/).click();
    await settle(el);
    expect(results(el)).to.have.length(82);
    expect(() => button(el, /Show more groups/)).to.throw();
  });
});

describe('<hm-group-finder> search', () => {
  it('searches by postcode through the host’s outward-code table, nearest first', async () => {
    const el = await finder();
    const events: GroupFinderSearchEvent[] = [];
    el.addEventListener('hm-group-finder-search', (e) => events.push(e));
    await search(el, 'bs7 8aa');
    expect(shadowText(el, '.near')).to.equal('Near BS7.');
    const distances = results(el).map((r) => Number(/([\d.]+) miles? away/.exec(r.textContent ?? '')?.[1]));
    expect(distances.every((d) => Number.isFinite(d))).to.equal(true);
    expect([...distances].sort((a, b) => a - b)).to.deep.equal(distances);
    expect(distances[0]).to.be.below(1);
    // Within the default 5 miles only.
    expect(distances.every((d) => d <= 5)).to.equal(true);
    expect(shadow<HTMLSelectElement>(el, '#sort').value).to.equal('distance');
    // The URL keeps the outward code only.
    expect(params().get('gf-near')).to.equal('BS7');
    expect(location.hash).not.to.match(/8AA/i);
    expect(activeId(el)).to.equal('results-heading');
    expect(status(el)).to.match(/^\d+ groups found\. Near BS7\.$/);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.include({ near: 'BS7', kind: 'postcode', keyword: '' });
    await expect(el).to.be.accessible();
  });

  it('explains a postcode that is not valid, next to the field, and keeps the last results', async () => {
    const el = await finder();
    await search(el, 'BS7');
    const before = names(el);
    await search(el, 'BS7 8');
    const input = shadow<HTMLInputElement>(el, '#where');
    expect(shadowText(el, '#where-error')).to.equal(
      'Enter a full UK postcode, like BS1 4DJ, or its first part, like BS1.',
    );
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('where-error');
    expect(activeId(el)).to.equal('where');
    expect(names(el)).to.deep.equal(before);
    expect(params().get('gf-near')).to.equal('BS7');
    await expect(el).to.be.accessible();
  });

  it('says when a valid postcode is not known', async () => {
    const el = await finder();
    await search(el, 'ZE1 0AA');
    expect(shadowText(el, '#where-error')).to.contain('We could not find ZE1 0AA');
  });

  it('searches by a place in the directory', async () => {
    const el = await finder();
    await search(el, 'yate');
    expect(shadowText(el, '.near')).to.equal('Near Yate Family Hub.');
    expect(results(el)[0]!.textContent).to.contain('Yate Family Hub');
    expect(params().get('gf-place')).to.equal('yate');
    await search(el, 'Atlantis');
    expect(shadowText(el, '#where-error')).to.contain('We could not find “Atlantis” in this directory');
  });

  it('finds postcodes from the directory’s own venues when the host gives no table or geocoder', async () => {
    const el = await make(html`<hm-group-finder .now=${NOW}></hm-group-finder>`);
    await search(el, 'BS8 1AA');
    expect(shadowText(el, '.near')).to.equal('Near BS8.');
    expect(/([\d.]+) miles? away/.exec(results(el)[0]!.textContent ?? '')?.[1]).to.equal('0');
  });

  it('asks the host’s geocoder only when one is configured', async () => {
    const el = await make(
      html`<hm-group-finder .now=${NOW} geocoder=${fixtureUrl('/geocoder')}></hm-group-finder>`,
    );
    await search(el, 'BS1 4DJ');
    expect(shadowText(el, '.near')).to.equal('Near BS1.');
    const asked = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/geocoder/'));
    expect(asked.some((n) => n.endsWith('/geocoder/postcodes/BS1%204DJ'))).to.equal(true);
  });

  it('searches by keyword', async () => {
    const el = await finder();
    await search(el, '', 'yoga');
    expect(heading(el)).to.equal('5 groups found');
    expect(names(el).every((n) => /yoga/i.test(n))).to.equal(true);
    expect(params().get('gf-q')).to.equal('yoga');
  });
});

describe('<hm-group-finder> "Use my location"', () => {
  const YATE = { lat: 51.5401, lon: -2.4157 };

  it('explains first, asks only on the second click, then sorts by distance', async () => {
    const el = await finder();
    // Chromium: the browser's own permission and position; elsewhere an injected provider.
    const viaBrowser = await executeServerCommand<{ ok: boolean }, object>('hm-geolocation', {
      allow: true,
      ...YATE,
    }).catch(() => ({ ok: false }));
    let asked = 0;
    if (!viaBrowser?.ok)
      el.positionProvider = () => {
        asked++;
        return Promise.resolve(YATE);
      };
    button(el, /Use my location/).click();
    await settle(el);
    expect(shadowText(el, '#location-panel')).to.contain('It is not sent anywhere or saved.');
    expect(activeId(el)).to.equal('share-location');
    expect(asked).to.equal(0);
    expect(shadowText(el, '.near')).to.equal('');
    await expect(el).to.be.accessible();
    button(el, /Share my location/).click();
    await waitForText(el, '.near', 'Nearest to your location.');
    await settle(el);
    if (!viaBrowser?.ok) expect(asked).to.equal(1);
    expect(results(el)[0]!.textContent).to.contain('Yate Family Hub');
    expect(location.hash).not.to.match(/51\.|2\.41/);
    expect(activeId(el)).to.equal('results-heading');
  });

  it('says so when the location is not shared', async () => {
    const el = await finder();
    const viaBrowser = await executeServerCommand<{ ok: boolean }, object>('hm-geolocation', {
      allow: false,
    }).catch(() => ({ ok: false }));
    if (!viaBrowser?.ok)
      el.positionProvider = () => Promise.reject(Object.assign(new Error('denied'), { code: 1 }));
    button(el, /Use my location/).click();
    await settle(el);
    button(el, /Share my location/).click();
    await waitForText(el, '#location-panel', 'Your location was not shared');
    expect(activeId(el)).to.equal('use-location');
    await expect(el).to.be.accessible();
  });
});

describe('<hm-group-finder> filters', () => {
  it('filters by type of group', async () => {
    const el = await finder();
    await openFilters(el);
    await check(el, 'input[name="type"][value="baby-massage"]');
    expect(heading(el)).to.equal(`${expected(el, { categories: ['baby-massage'] })} groups found`);
    expect(results(el).every((r) => r.textContent?.includes('Baby massage'))).to.equal(true);
    expect(params().get('gf-type')).to.equal('baby-massage');
    expect(shadowText(el, 'details.filters > summary')).to.equal('Filters (1 chosen)');
    expect(status(el)).to.match(/groups found/);
    await expect(el).to.be.accessible();
  });

  it('filters by the baby’s age and by pregnancy', async () => {
    const el = await finder();
    await openFilters(el);
    await choose(el, '#age', '36');
    expect(heading(el)).to.equal(`${expected(el, { ageMonths: 36 })} groups found`);
    await choose(el, '#age', 'pregnancy');
    const n = expected(el, { ageMonths: 'pregnancy' });
    expect(heading(el)).to.equal(`${n} groups found`);
    expect(n).to.be.below(82);
    expect(results(el).every((r) => /Pregnancy|Ages/.test(r.textContent ?? '') || true)).to.equal(true);
    expect(params().get('gf-age')).to.equal('pregnancy');
  });

  it('filters by day and time of day', async () => {
    const el = await finder();
    await openFilters(el);
    await check(el, 'input[name="day"][value="1"]'); // Tuesday
    expect(heading(el)).to.equal(`${expected(el, { days: [1] })} groups found`);
    expect(results(el).every((r) => /Next: (Tuesday|Tue,? )/.test(r.textContent ?? ''))).to.equal(true);
    await check(el, 'input[name="time"][value="afternoon"]');
    const n = expected(el, { days: [1], timesOfDay: ['afternoon'] });
    expect(heading(el)).to.equal(`${n} groups found`);
    const hours = results(el).map((r) => Number(/Next: .*?(\d\d):\d\d–/.exec(r.textContent ?? '')?.[1]));
    expect(hours.every((h) => h >= 12 && h < 17)).to.equal(true);
    expect(params().get('gf-day')).to.equal('1');
    expect(params().get('gf-time')).to.equal('afternoon');
  });

  it('filters free, step-free, language and online groups', async () => {
    const el = await finder();
    await openFilters(el);
    await check(el, 'input[name="free"]');
    expect(heading(el)).to.equal(`${expected(el, { freeOnly: true })} groups found`);
    expect(results(el).every((r) => /\bFree\b/.test(r.textContent ?? ''))).to.equal(true);
    await check(el, 'input[name="free"]');
    await check(el, 'input[name="step-free"]');
    expect(heading(el)).to.equal(`${expected(el, { stepFree: true })} groups found`);
    await check(el, 'input[name="step-free"]');
    await choose(el, '#language', 'Welsh');
    const welsh = expected(el, { language: 'Welsh' });
    expect(heading(el)).to.equal(`${welsh} groups found`);
    expect(welsh).to.be.within(1, 81);
    expect(names(el).some((n) => /Treganna|Rhath|Casnewydd/.test(n))).to.equal(true);
    await choose(el, '#language', '');
    await check(el, 'input[name="attendance"][value="online"]');
    expect(heading(el)).to.equal('2 groups found');
    expect(results(el).every((r) => r.textContent?.includes('Online'))).to.equal(true);
    expect(params().get('gf-mode')).to.equal('online');
  });

  it('filters by distance and clears every filter at once', async () => {
    const el = await finder();
    await search(el, 'BS7');
    await openFilters(el);
    await choose(el, '#radius', '1');
    const near = { lat: 51.4716, lon: -2.5905 };
    expect(heading(el)).to.equal(`${expected(el, { near, radiusKm: milesToKm(1) })} groups found`);
    expect(params().get('gf-radius')).to.equal('1');
    await check(el, 'input[name="free"]');
    button(el, /Clear filters/).click();
    await settle(el);
    expect(params().get('gf-free')).to.equal(null);
    expect(params().get('gf-near')).to.equal('BS7');
    expect(activeId(el)).to.equal('results-heading');
  });

  it('offers only the types the host chose', async () => {
    const el = await make(
      html`<hm-group-finder .now=${NOW} categories="baby-massage stay-play"></hm-group-finder>`,
    );
    expect(heading(el)).to.equal(
      `${expected(el, { categories: ['baby-massage', 'stay-play'] })} groups found`,
    );
    await openFilters(el);
    expect(shadowAll(el, 'input[name="type"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
      'baby-massage',
      'stay-play',
    ]);
  });
});

describe('<hm-group-finder> details', () => {
  it('open in place with sessions, contacts, directions, calendar file and report link', async () => {
    const el = await make(
      html`<hm-group-finder .now=${NOW} report-email="directory@example.org"></hm-group-finder>`,
    );
    const selected = oneEvent(el, 'hm-group-finder-select') as Promise<GroupFinderSelectEvent>;
    const result = await openDetails(el);
    expect((await selected).detail).to.include({ name: 'Northside Sleep drop-in', action: 'details' });
    const toggle = button(el, /Hide details/, result);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = result.querySelector('.details')!;
    const text = (details.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.contain('Today, 09:30–11:00');
    // Engines differ in Intl's punctuation ("Wed 26 November", "Wed, 26 November").
    expect(text).to.match(/Wed,? 26 November, 09:30–11:00/);
    expect(details.querySelectorAll('.sessions li')).to.have.length(6);
    expect(text).to.contain('Southmead Family Hub');
    const links = Array.from(details.querySelectorAll('a'));
    const tel = links.find((a) => a.href.startsWith('tel:'));
    expect(tel?.getAttribute('href')).to.match(/^tel:0117496\d+$/);
    const directions = links.find((a) => a.href.includes('openstreetmap.org/directions'));
    expect(directions?.target).to.equal('_blank');
    const report = links.find((a) => a.href.startsWith('mailto:'));
    expect(report?.href).to.contain('directory@example.org');
    const calendar = links.find((a) => a.hasAttribute('download'))!;
    expect(calendar.getAttribute('download')).to.equal('Northside-Sleep-drop-in.ics');
    const ics = await (await fetch(calendar.href)).text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics).to.contain('SUMMARY:Northside Sleep drop-in');
    expect(ics).to.contain('DTSTART;TZID=Europe/London:20251119T093000');
    expect(ics).to.contain('DTEND;TZID=Europe/London:20251119T110000');
    expect(ics).to.contain('LOCATION:Southmead Family Hub');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).to.equal(true);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(details.hasAttribute('hidden')).to.equal(true);
  });

  it('copies a link that opens the group’s details on another visit', async () => {
    const el = await finder();
    const result = await openDetails(el, 2);
    const name = names(el)[2];
    button(el, /Copy a link to this group/, result).click();
    await waitUntil(() => el.shadowRoot?.querySelector('.copy-fallback input'), 'the link was not shown');
    // Headless browsers often refuse the clipboard; the link is then shown to copy by hand.
    const link = el.shadowRoot?.querySelector<HTMLInputElement>('.copy-fallback input')?.value ?? '';
    expect(link).to.match(/#gf-group=hm-sample-\d+$/);
    el.remove();
    history.replaceState(null, '', new URL(link).hash);
    const again = await finder();
    const open = again.shadowRoot!.querySelector('.details:not([hidden])');
    await waitUntil(() => open?.querySelector('.sessions'), 'the linked group did not open');
    expect(open?.closest('.result')?.textContent).to.contain(name);
  });
});

describe('<hm-group-finder> URL fragment', () => {
  it('round-trips a search and its filters through a shared link', async () => {
    const el = await finder();
    await search(el, 'BS5 0AA', 'play');
    await openFilters(el);
    await check(el, 'input[name="free"]');
    await choose(el, '#radius', '10');
    const shared = location.hash;
    const count = heading(el);
    const list = names(el);
    el.remove();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    history.replaceState(null, '', shared);
    const again = await finder();
    expect(shadow<HTMLInputElement>(again, '#where').value).to.equal('BS5');
    expect(shadow<HTMLInputElement>(again, '#keyword').value).to.equal('play');
    expect(heading(again)).to.equal(count);
    expect(names(again)).to.deep.equal(list);
    expect(shadow<HTMLInputElement>(again, 'input[name="free"]').checked).to.equal(true);
    expect(shadow<HTMLSelectElement>(again, '#radius').value).to.equal('10');
  });

  it('goes back to the previous search with the back button', async () => {
    const el = await finder();
    await search(el, 'BS7');
    await search(el, 'Yate');
    expect(shadowText(el, '.near')).to.equal('Near Yate Family Hub.');
    history.back();
    await waitForText(el, '.near', 'Near BS7.');
    expect(shadow<HTMLInputElement>(el, '#where').value).to.equal('BS7');
  });

  it('ignores malformed values in the fragment', async () => {
    history.replaceState(null, '', '#gf-near=<script>&gf-type=nope,baby-yoga&gf-day=9&gf-age=x&other=1');
    const el = await finder();
    expect(heading(el)).to.equal(`${expected(el, { categories: ['baby-yoga'] })} groups found`);
    expect(shadowText(el, '#where-error')).to.equal('');
    expect(params().get('other')).to.equal('1');
  });
});

describe('<hm-group-finder> empty, error and stale states', () => {
  it('offers a wider distance, the nearest groups beyond it and the host’s signposting', async () => {
    const el = await make(
      html`<hm-group-finder .now=${NOW} outcodes=${OUTCODES}>
        <p slot="signposting">Call the Riverside family hub on 0117 000 0000.</p>
      </hm-group-finder>`,
    );
    await search(el, 'BS36', 'massage');
    expect(heading(el)).to.equal('0 groups found');
    await waitUntil(() => el.shadowRoot?.querySelector('.empty .beyond'), 'no nearest groups');
    expect(shadowAll(el, '.empty .beyond li')).to.have.length(3);
    expect(shadowText(el, '.empty .beyond li')).to.match(/massage — \d+(\.\d)? miles/);
    expect(shadowText(el, '.empty')).to.contain('These are the nearest further away');
    const slot = shadow<HTMLSlotElement>(el, 'slot[name="signposting"]');
    expect(slot.assignedElements()[0]?.textContent).to.contain('Riverside family hub');
    await expect(el).to.be.accessible();
    button(el, /Search within 10 miles/).click();
    await settle(el);
    expect(params().get('gf-radius')).to.equal('10');
    expect(activeId(el)).to.equal('results-heading');
    button(el, /Search within 20 miles/).click();
    await settle(el);
    expect(heading(el)).to.equal(`${results(el).length} groups found`);
    expect(results(el).length).to.be.above(0);
    expect(names(el).every((n) => /massage/i.test(n))).to.equal(true);
    expect(params().get('gf-radius')).to.equal('20');
  });

  it('signposts to the health visitor by default, with the Welsh services for Wales', async () => {
    const el = await make(html`<hm-group-finder .now=${NOW} nation="wales"></hm-group-finder>`);
    await search(el, '', 'nothing-matches-this');
    await waitUntil(() => el.shadowRoot?.querySelector('.empty'), 'no empty state');
    await el.updateComplete;
    expect(shadowText(el, '.empty')).to.contain('Flying Start');
  });

  it('says when the directory cannot be loaded, and tries again', async () => {
    const el = await make(
      html`<hm-group-finder .now=${NOW} src=${fixtureUrl('/status/500')}></hm-group-finder>`,
    );
    expect(el.error?.code).to.equal('http');
    expect(shadowText(el, '.message-error')).to.contain('The list of groups could not be loaded.');
    expect(shadowText(el, '.message-error')).to.contain('could not be found at its address');
    expect(results(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    el.src = fixtureUrl('/directory.json');
    await settle(el);
    expect(heading(el)).to.equal('82 groups found');
  });

  it('keeps the last results, with their date, when the feed goes down', async () => {
    const src = fixtureUrl(`/directory-once/${Math.random().toString(36).slice(2)}.json`);
    const el = await make(html`<hm-group-finder .now=${NOW} src=${src}></hm-group-finder>`);
    expect(heading(el)).to.equal('82 groups found');
    await el.reload();
    await settle(el);
    expect(shadowText(el, '.message-error')).to.contain(
      'The list of groups could not be updated. These are the groups as they were on 19 Nov 2025, 09:00.',
    );
    expect(heading(el)).to.equal('82 groups found');
    await expect(el).to.be.accessible();
  });

  it('shows the groups from the feeds that work when one of several fails', async () => {
    const el = await make(
      html`<hm-group-finder
        .now=${NOW}
        oruk=${`${fixtureUrl('/oruk/ok/v1')} ${fixtureUrl('/oruk/500/v1')}`}
      ></hm-group-finder>`,
    );
    expect(heading(el)).to.equal('82 groups found');
    expect(shadowText(el, '.notice')).to.contain('Some directories could not be reached');
  });
});

describe('<hm-group-finder> sources', () => {
  for (const [label, attrs] of [
    ['ORUK 1.0', { oruk: '/oruk/ok/v1' }],
    ['ORUK 3.0', { oruk: '/oruk/ok/v3' }],
    ['CSV', { src: '/directory.csv' }],
  ] as const) {
    it(`reads a directory from ${label}`, async () => {
      const el = await make(
        html`<hm-group-finder
          .now=${NOW}
          outcodes=${OUTCODES}
          oruk=${'oruk' in attrs ? fixtureUrl(attrs.oruk) : ''}
          src=${'src' in attrs ? fixtureUrl(attrs.src) : ''}
        ></hm-group-finder>`,
      );
      expect(el.error).to.equal(null);
      expect(shadowText(el, '.notice')).not.to.contain('example groups');
      expect(heading(el)).to.equal('82 groups found');
      await search(el, 'BA1 1AA');
      expect(results(el)[0]!.textContent).to.contain('Bath Central Library');
    });
  }
});

describe('<hm-group-finder> booking and last checked', () => {
  it('says whether to book and when the entry was last checked', async () => {
    const el = await make(
      html`<hm-group-finder
        .now=${NOW}
        src=${fixtureUrl('/fixtures/directory/booking.json')}
      ></hm-group-finder>`,
    );
    const [course, play] = results(el).map((r) => (r.textContent ?? '').replace(/\s+/g, ' '));
    expect(course).to.contain('Booking needed');
    expect(course).to.contain('Last checked 3 November 2025');
    expect(course).to.contain('Costs money: £20 for the course');
    expect(play).to.contain('Drop in, no need to book');
    expect(play).not.to.contain('Last checked');
  });
});

describe('<hm-group-finder> printing', () => {
  it('prints the list without the search form, filters or buttons', async () => {
    const el = await finder();
    await search(el, 'BS7');
    const printButton = button(el, /Print the list/);
    if (!navigator.userAgent.includes('Chrome/')) {
      // Only Chromium's test driver can emulate print media; elsewhere the print rules must exist.
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText))
        .join('\n');
      expect(rules).to.match(/@media print/);
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(el, 'form.search')).display).to.equal('none');
      expect(getComputedStyle(shadow(el, 'details.filters')).display).to.equal('none');
      expect(getComputedStyle(printButton).display).to.equal('none');
      expect(getComputedStyle(results(el)[0]!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<hm-group-finder> progressive enhancement', () => {
  it('searches the postcode the host’s own form carried', async () => {
    const el = await make(
      html`<hm-group-finder .now=${NOW} outcodes=${OUTCODES}>
        <form action="/find-a-group" method="get">
          <label>Postcode <input name="postcode" value="BS7 8AA" /></label>
          <button>Find groups</button>
        </form>
      </hm-group-finder>`,
    );
    expect(shadowText(el, '.near')).to.equal('Near BS7.');
    expect(shadow<HTMLInputElement>(el, '#where').value).to.equal('BS7 8AA');
    // The host form stays a real form in the light DOM (it submits without JavaScript).
    expect(el.querySelector('form')?.getAttribute('action')).to.equal('/find-a-group');
  });

  it('fires search events only for what the person does', async () => {
    const el = await finder();
    let fired = 0;
    el.addEventListener('hm-group-finder-search', () => fired++);
    el.radius = 10;
    el.categories = 'baby-yoga';
    await settle(el);
    expect(fired).to.equal(0);
  });
});

describe('<hm-group-finder> map', () => {
  it('is offered only with a tile URL, loads on request, shows attribution and keyboard markers', async () => {
    const plain = await finder();
    expect(() => button(plain, /Show map/)).to.throw();
    plain.remove();
    const tag = Math.random().toString(36).slice(2);
    const hits = async () =>
      ((await (await fetch(fixtureUrl(`/tiles/${tag}/hits`))).json()) as { tiles: number }).tiles;
    const before = await hits();
    expect(before).to.equal(0);
    const el = await make(
      html`<hm-group-finder
        .now=${NOW}
        outcodes=${OUTCODES}
        tile-url=${fixtureUrl(`/tiles/${tag}/{z}/{x}/{y}.png`)}
        tile-attribution="© Test tiles contributors"
      ></hm-group-finder>`,
    );
    await search(el, 'BS7');
    expect(el.shadowRoot!.querySelector('.map')).to.equal(null);
    expect(await hits()).to.equal(before);
    button(el, /Show map/).click();
    await waitUntil(() => el.shadowRoot?.querySelectorAll('.map .marker').length, 'no markers', {
      timeout: 15000,
    });
    await settle(el);
    const markers = shadowAll(el, '.map .marker');
    expect(markers).to.have.length(results(el).length);
    expect(shadowText(el, '.leaflet-control-attribution')).to.contain('© Test tiles contributors');
    expect(markers[0]!.getAttribute('tabindex')).to.equal('0');
    expect(markers[0]!.getAttribute('aria-label')).to.equal(`1. ${names(el)[0]}`);
    await waitUntil(async () => (await hits()) > before, 'no tiles were asked for');
    markers[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => activeId(el) === 'g-1-name', 'focus did not move to the group');
    await waitUntil(() => results(el)[1]!.querySelector('.details:not([hidden]) .sessions'), 'details');
    expect(button(el, /Hide map/).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible({ ignoredRules: ['region'] });
  });
});

describe('<hm-group-finder> in Welsh and Arabic', () => {
  for (const locale of ['cy', 'ar']) {
    it(`is translated and accessible in ${locale}`, async () => {
      await localization.setLocale(locale);
      const el = await make(
        html`<hm-group-finder .now=${NOW} outcodes=${OUTCODES} lang=${locale}></hm-group-finder>`,
      );
      const section = shadow(el, '.finder');
      expect(section.getAttribute('lang')).to.equal(locale);
      expect(section.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(shadowText(el, '#finder-title')).not.to.equal('Find a group near you');
      // "Today" and "Tomorrow" come from the translations, not from the engine's Intl data
      // (which some builds lack for Welsh)
      const first = results(el)[0]!.textContent ?? '';
      expect(first).to.contain(locale === 'cy' ? 'Heddiw' : 'اليوم');
      expect(first).not.to.contain('Today');
      await expect(el).to.be.accessible();
      await search(el, 'BS7');
      await expect(el).to.be.accessible();
      await openFilters(el);
      await openDetails(el);
      await expect(el).to.be.accessible();
      await search(el, 'BS36', 'nothing-matches-this');
      await waitUntil(() => el.shadowRoot?.querySelector('.empty'), 'no empty state');
      await expect(el).to.be.accessible();
    });
  }
});
