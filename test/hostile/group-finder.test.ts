// The hostile directories and spreadsheets of cases/, fed to a real <hm-group-finder> over HTTP:
// each is refused with its error code and a localised message, or rendered safely (with its
// warnings), and no script from any case ever runs on the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/group-finder/hm-group-finder.js';
import type { HmGroupFinder } from '../../src/components/group-finder/group-finder.js';
import { configureHeldInMindLocalization } from '../../src/i18n/localization.js';
import { CSV_CASES } from './cases/csv.js';
import { DIRECTORY_CASES, type DirectoryCase } from './cases/directories.js';
import { installTripwire, settle, tripped } from './tripwire.js';
import { stash, unsafeIn } from './stash.js';
import { shadowAll, shadowText } from '../helpers.js';

const localization = configureHeldInMindLocalization();
const NOW = new Date('2026-03-02T09:00:00Z');
const REFUSED: Record<string, RegExp> = {
  parse: /not in a form this widget can read/,
  'unsupported-format': /not in a form this widget can read/,
  invalid: /not in a form this widget can read/,
  'too-large': /too large to show here/,
};

const body = (c: DirectoryCase): string => {
  const input = c.input();
  return typeof input === 'string' ? input : JSON.stringify(input);
};

async function show(url: string, format: string): Promise<HmGroupFinder> {
  const el = await fixture<HmGroupFinder>(
    html`<hm-group-finder .now=${NOW} src=${url} format=${format}></hm-group-finder>`,
  );
  await el.loaded;
  await waitUntil(
    () => el.shadowRoot?.querySelector('.finder')?.getAttribute('aria-busy') === 'false',
    'the finder is still busy',
    { timeout: 60_000 },
  );
  await el.updateComplete;
  return el;
}

async function check(c: DirectoryCase, format: string): Promise<void> {
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
  const el = await show(await stash(body(c), type), format);
  const root = el.shadowRoot!;
  if ('refused' in c.expect) {
    expect(el.error?.code, 'refused with').to.equal(c.expect.refused);
    const words = shadowText(el, '.message-error');
    expect(words).to.contain('The list of groups could not be loaded.');
    expect(words).to.match(REFUSED[c.expect.refused] ?? /./);
    expect(words).to.contain('Try again');
    expect(shadowAll(el, '.result')).to.have.length(0);
    return;
  }
  expect(el.error, String(el.error)).to.equal(null);
  if (c.expect.groups !== undefined) expect(el.groups.length).to.equal(c.expect.groups);
  if (c.expect.warns) {
    const warnings = [...el.warnings, ...el.groups.flatMap((g) => g.warnings)];
    expect(warnings.join(' | ')).to.match(c.expect.warns);
  }
  c.expect.check?.([...el.groups]);
  const rows = shadowAll(el, '.result');
  if (el.groups.length === 0) {
    expect(shadowText(el, '.finder')).to.contain('This directory has no groups in it yet.');
    expect(shadowText(el, '.finder'), 'no tools for an empty list').not.to.contain('Print the list');
  } else {
    // At most a page of rows, whatever the directory holds.
    expect(rows.length).to.be.within(1, 20);
  }
  // The details of the first rows: where contact links, calendars and reports render.
  for (const row of rows.slice(0, 3)) {
    const toggle = Array.from(row.querySelectorAll('button')).find((b) =>
      /Show details/.test(b.textContent ?? ''),
    );
    toggle?.click();
  }
  await waitUntil(() => !shadowText(el, '.results').includes('Loading…'), 'details still loading');
  await el.updateComplete;
  expect(unsafeIn(root)).to.deep.equal([]);
  // Text from the data stays text; nothing covers the page.
  for (const node of root.querySelectorAll('.results *')) {
    const position = getComputedStyle(node).position;
    expect(position === 'fixed' || position === 'absolute' ? node.localName : '').not.to.match(
      /^(img|div|a)$/,
    );
  }
  expect(el.getBoundingClientRect().width, 'the finder keeps its width').to.be.at.most(
    document.documentElement.clientWidth + 1,
  );
  expect(Object.prototype).not.to.have.property('polluted');
}

describe('hostile directories through <hm-group-finder>', function () {
  // 50,000 groups and 10,000-deep JSON, over HTTP, on a shared 2-core machine
  this.timeout(120_000);
  before(installTripwire);
  after(async () => {
    await settle(200);
    expect(tripped()).to.deep.equal([]);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('evil.example'))).to.deep.equal([]);
  });

  for (const c of DIRECTORY_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'rendered safely';
    it(`${c.name}: ${label}`, () => check(c, 'auto'));
  }
  for (const c of CSV_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'rendered safely';
    it(`CSV, ${c.name}: ${label}`, () => check(c, 'csv'));
  }

  it('a refusal is explained in Welsh and Arabic too, and stays accessible', async () => {
    const url = await stash('{"groups": [', 'application/json');
    try {
      await localization.setLocale('cy');
      const cy = await show(url, 'auto');
      expect(shadowText(cy, '.message-error')).not.to.contain('could not be loaded');
      expect(shadowText(cy, '.message-error').length).to.be.greaterThan(20);
      await expect(cy).to.be.accessible();
      await localization.setLocale('ar');
      const ar = await show(url, 'auto');
      expect(shadowText(ar, '.message-error')).to.match(/[\u0600-\u06FF]/);
      await expect(ar).to.be.accessible();
    } finally {
      await localization.setLocale('en-GB');
    }
  });

  it('an empty directory says so, without sort or print, and stays accessible', async () => {
    const el = await show(
      await stash(JSON.stringify({ version: '1', groups: [] }), 'application/json'),
      'auto',
    );
    expect(shadowText(el, '.finder')).to.contain('This directory has no groups in it yet.');
    expect(el.shadowRoot!.querySelector('#sort')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a Latin-1 spreadsheet that says so is read as Latin-1', async () => {
    const text =
      'Name,ID,Types,Venue,Postcode,Latitude,Longitude,Freq,ByDay,Opens At,Closes At,Cost,Description\r\n' +
      'Caf\u00e9 Bach,c1,stay-and-play,Neuadd,BS1 4DJ,51.45,-2.59,WEEKLY,MO,10:00,11:00,free,\u00a32';
    const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    const el = await show(await stash(bytes, 'text/csv; charset=iso-8859-1'), 'csv');
    expect(el.groups.map((g) => g.name)).to.deep.equal(['Café Bach']);
    expect(shadowText(el, '.results')).to.contain('Café Bach');
  });

  it('markup and a 10 KB name render as text that wraps inside the finder', async () => {
    const groups = [
      { id: 'a', name: `<img src=x onerror=__hmPwned(1)>${'W'.repeat(10_240)}` },
      { id: 'b', name: 'مجموعة الرضع واللعب' },
    ];
    const el = await show(await stash(JSON.stringify({ version: '1', groups }), 'application/json'), 'auto');
    // The reader drops the tag (a name is plain text); what is left shows, and nothing loads.
    expect(shadowText(el, '.results')).to.contain('W'.repeat(200));
    expect(el.shadowRoot!.querySelector('.results img')).to.equal(null);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});
