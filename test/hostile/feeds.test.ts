import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/podcast/feed.js';
import { sanitizeShowNotes } from '../../src/data/podcast/show-notes.js';
import type { PodcastFeed } from '../../src/data/podcast/feed-types.js';
import { FEED_CASES } from './cases/feeds.js';
import { installTripwire, settle, tripped } from './tripwire.js';

const URL_FIELDS = /^(https?|mailto|tel):/;

function allUrls(feed: PodcastFeed): string[] {
  const urls: (string | undefined)[] = [feed.link, feed.image, ...feed.funding.map((f) => f.url)];
  for (const e of feed.episodes) {
    urls.push(e.link, e.image, e.enclosure?.url, e.chaptersLink?.url, ...e.transcripts.map((t) => t.url));
    urls.push(
      ...e.persons.flatMap((p) => [p.href, p.img]),
      ...e.alternateEnclosures.flatMap((a) => a.sources),
    );
  }
  return urls.filter((u): u is string => u !== undefined);
}

describe('hostile feeds', function () {
  // big inputs (200,000 cues, 26 MB, 50,000 groups) on a shared 2-core CI machine
  this.timeout(120_000);
  before(installTripwire);
  after(async () => {
    await settle(200);
    expect(tripped()).to.deep.equal([]);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('evil.example'))).to.deep.equal([]);
  });

  for (const c of FEED_CASES) {
    const outcome = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'read safely';
    it(`${c.name}: ${outcome}`, async () => {
      let feed: PodcastFeed | undefined;
      let error: unknown;
      try {
        feed = await parseFeed(c.xml(), { baseUrl: 'https://feed.example/feed.xml' });
      } catch (e) {
        error = e;
      }
      if ('refused' in c.expect) {
        expect(feed, 'no feed for a refused input').to.equal(undefined);
        expect((error as { name?: string }).name).to.equal('HeldInMindError');
        expect((error as { code?: string }).code).to.equal(c.expect.refused);
        return;
      }
      expect(error, String(error)).to.equal(undefined);
      const warnings = [...feed!.warnings, ...feed!.episodes.flatMap((e) => e.warnings)];
      if (c.expect.warns) expect(warnings.join(' | ')).to.match(c.expect.warns);
      for (const url of allUrls(feed!)) expect(url).to.match(URL_FIELDS);
      for (const e of feed!.episodes) {
        expect(e.title, 'no bidi override').not.to.match(/[\u202D\u202E]/);
        const box = document.createElement('div');
        box.innerHTML = await sanitizeShowNotes(e.notes || e.description);
        document.body.append(box);
        expect(box.querySelector('script, img, iframe, svg, [onerror]')).to.equal(null);
        box.remove();
      }
      await settle(10);
      expect(tripped()).to.deep.equal([]);
    });
  }
});
