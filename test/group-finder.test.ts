import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/group-finder/hm-group-finder.js';
import type { HmGroupFinder } from '../src/components/group-finder/group-finder.js';
import { shadow, shadowAll, shadowText } from './helpers.js';

// Wednesday 19 November 2025, 09:00 in London.
const NOW = new Date('2025-11-19T09:00:00Z');

async function ready(el: HmGroupFinder) {
  await el.loaded;
  await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"]'), 'still loading', { timeout: 15000 });
  await el.updateComplete;
}

describe('<hm-group-finder> smoke', () => {
  it('shows the sample directory', async () => {
    const el = await fixture<HmGroupFinder>(html`<hm-group-finder .now=${NOW}></hm-group-finder>`);
    await ready(el);
    console.log(shadowText(el, '.finder').slice(0, 1500));
    expect(shadowAll(el, '.result').length).to.equal(20);
  });
});
