import { expect } from '@open-wc/testing';
import { fixtureUrl } from './helpers.js';

interface Visit {
  steps: Record<string, boolean>;
  origin: string;
  hash: string;
  heading: string;
  sample: string;
  requests: string[];
  storage: string[];
  localStorage: number;
  sessionStorage: number;
  cookie: string;
  errors: string[];
}

/**
 * The built dist/cdn/hm-group-finder.js on a plain page (another origin), with the default
 * configuration: a recorder installed before the element loads sees every request and storage
 * write from page load through a search, a filter and a group's details.
 */
describe('<hm-group-finder> privacy (drop-in, default configuration)', () => {
  it('sends nothing to another origin and writes no storage from load through a search', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'group finder drop-in page';
    frame.style.width = '800px';
    frame.style.height = '900px';
    frame.src = fixtureUrl('/pages/drop-in-finder.html');
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const visit = await new Promise<Visit>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the drop-in page did not answer')), 30000);
      addEventListener('message', function onMessage(event) {
        if (event.source !== frame.contentWindow) return;
        clearTimeout(timer);
        removeEventListener('message', onMessage);
        resolve(event.data as Visit);
      });
      frame.contentWindow!.postMessage({}, '*');
    });
    frame.remove();
    expect(visit.errors).to.deep.equal([]);
    expect(visit.steps).to.deep.equal({
      listed: true,
      searched: true,
      filtersOpen: true,
      filtered: true,
      details: true,
    });
    expect(visit.sample).to.contain('example groups');
    expect(visit.heading).to.match(/^\d+ groups found$/);
    // Something was recorded (the bundle and its lazy chunks), all of it from the page's origin.
    expect(visit.requests.some((r) => r.includes('/cdn/hm-group-finder.js'))).to.equal(true);
    expect(visit.requests.some((r) => r.includes('/cdn/chunks/'))).to.equal(true);
    expect(visit.requests.filter((r) => new URL(r).origin !== visit.origin)).to.deep.equal([]);
    // No map code or tiles without a tile URL and a click.
    expect(visit.requests.filter((r) => /map|tile/i.test(new URL(r).pathname))).to.deep.equal([]);
    expect(visit.storage).to.deep.equal([]);
    expect(visit.localStorage).to.equal(0);
    expect(visit.sessionStorage).to.equal(0);
    expect(visit.cookie).to.equal('');
    // The shared URL holds the outward code only.
    expect(visit.hash).to.contain('gf-near=BS7');
    expect(visit.hash).not.to.match(/8AA/i);
  });
});
