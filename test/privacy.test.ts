import { expect } from '@open-wc/testing';
import { askFrame, framePage } from './frames.js';

// Private by default: a page with every element in its default configuration, from load until
// someone interacts. test/pages/privacy-report.js records storage and cookie writes (wrapped
// before any element loads) and the page's requests.

interface PrivacyReport {
  rendered: string[];
  requests: string[];
  origin: string;
  writes: string[];
  errors: string[];
  localStorageKeys: string[];
  cookies: string;
}

const TAGS = [
  'hm-repair-tips',
  'hm-secure-signs',
  'hm-episode-player',
  'hm-group-finder',
  'hm-language-switch',
];

describe('private by default (the drop-in bundle, every element, no interaction)', () => {
  for (const lang of ['en-GB', 'cy']) {
    it(`${lang}: no request to another origin, no storage or cookie written`, async () => {
      const frame = await framePage(`/pages/privacy.html?lang=${lang}`, 'privacy check');
      const report = await askFrame<PrivacyReport>(frame, { tags: TAGS });
      frame.remove();
      expect(report.errors).to.deep.equal([]);
      expect(report.rendered).to.have.members(TAGS);
      const elsewhere = report.requests.filter((url) => new URL(url).origin !== report.origin);
      expect(elsewhere, 'requests to another origin').to.deep.equal([]);
      expect(
        report.requests.some((url) => url.endsWith('/cdn/held-in-mind.js')),
        'the bundle was recorded',
      ).to.equal(true);
      if (lang === 'cy')
        expect(
          report.requests.some((url) => /\/chunks\/cy-/.test(url)),
          'Welsh chunks',
        ).to.equal(true);
      expect(report.writes, 'storage, cookie, IndexedDB, cache or service worker writes').to.deep.equal([]);
      expect(report.localStorageKeys).to.deep.equal([]);
      expect(report.cookies).to.equal('');
    });
  }
});
