import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { safeHttpUrl, safeUrl } from '../../src/core/safe-url.js';
import { parseChapters } from '../../src/data/podcast/chapters.js';
import { parseFeed } from '../../src/data/podcast/feed.js';
import { sanitizeShowNotes } from '../../src/data/podcast/show-notes.js';
import { readDirectory } from '../../src/data/directory/read-directory.js';
import { validateHostHelp } from '../../src/data/help-validation.js';
import '../../src/components/secure-signs/hm-secure-signs.js';
import type { HmSecureSigns } from '../../src/components/secure-signs/secure-signs.js';
import { URL_CASES, type UrlCase } from './cases/urls.js';
import { installTripwire, settle, tripped } from './tripwire.js';

// Every hostile URL through every parser and element that turns data into a link or a source.
// Consumers that know where the data came from (a feed, chapters, notes) resolve relative URLs
// against it; those that don't (directory, help cards) refuse them.

const BASE = 'https://feed.example/podcast/feed.xml';
const isHttp = (value: string | null | undefined): boolean => !!value && /^https?:\/\/[^/]/.test(value);
const withoutBase = (c: UrlCase): UrlCase['expect'] =>
  c.expect === 'http' && /^https?:\/\//i.test(c.url.trim()) ? 'http' : 'refused';
const attr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const xml = attr;

function check(c: UrlCase, expected: UrlCase['expect'], result: string | null | undefined): void {
  if (expected === 'refused') expect(result ?? null, c.name).to.equal(null);
  else expect(isHttp(result), `${c.name}: ${String(result)}`).to.equal(true);
}

describe('hostile URLs', () => {
  before(installTripwire);
  after(async () => {
    await settle(200);
    expect(tripped()).to.deep.equal([]);
  });

  for (const c of URL_CASES) {
    describe(c.name, () => {
      it(`safeUrl and safeHttpUrl: ${c.expect}`, () => {
        check(c, c.expect, safeUrl(c.url, BASE));
        check(c, c.expect, safeHttpUrl(c.url, BASE));
        check(c, withoutBase(c), safeUrl(c.url));
      });

      it('show notes link: never a script or data link, rendered inert', async () => {
        const clean = await sanitizeShowNotes(`<p>See <a href="${attr(c.url)}">our page</a>.</p>`, {
          baseUrl: BASE,
        });
        const box = document.createElement('div');
        box.innerHTML = clean;
        document.body.append(box);
        const link = box.querySelector('a');
        expect(box.textContent).to.include('our page');
        check(c, c.inHtml ?? c.expect, link?.getAttribute('href'));
        box.remove();
      });

      it('chapter link and image', () => {
        const json = JSON.stringify({
          version: '1.2.0',
          chapters: [{ startTime: 0, title: 'One', url: c.url, img: c.url }],
        });
        const { chapters } = parseChapters(json, 'application/json+chapters', { baseUrl: BASE });
        expect(chapters[0]!.title).to.equal('One');
        check(c, c.expect, chapters[0]!.url);
        check(c, c.expect, chapters[0]!.img);
      });

      it('feed enclosure, link and artwork', async () => {
        const feed = await parseFeed(
          `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Show</title>
            <item><title>Episode</title><guid>e1</guid><link>${xml(c.url)}</link>
            <itunes:image href="${xml(c.url)}"/>
            <enclosure url="${xml(c.url)}" type="audio/mpeg" length="1"/></item></channel></rss>`,
          { baseUrl: BASE },
        );
        const [episode] = feed.episodes;
        expect(episode!.title).to.equal('Episode');
        check(c, c.expect, episode!.enclosure?.url);
        check(c, c.expect, episode!.image);
        const link = episode!.link;
        if (c.expect === 'refused') expect(link ?? null, c.name).to.equal(null);
        else expect(isHttp(link), String(link)).to.equal(true);
      });

      it('directory website and email', async () => {
        const { groups } = await readDirectory({
          version: '1',
          groups: [{ id: 'g1', name: 'Baby group', url: c.url, email: c.url }],
        });
        expect(groups[0]!.name).to.equal('Baby group');
        check(c, withoutBase(c), groups[0]!.url);
        expect(groups[0]!.email ?? null, 'a URL is never an email').to.equal(null);
        if (withoutBase(c) === 'refused' && c.url.trim() !== '')
          expect(groups[0]!.warnings.join(' ')).to.match(/url/);
      });

      it('help card contact', () => {
        const { cards } = validateHostHelp([
          { level: 'talk', title: 'Hub', text: 'Ask us.', contacts: [{ label: 'Website', url: c.url }] },
        ]);
        check(c, withoutBase(c), cards[0]?.contacts[0]?.href);
      });
    });
  }

  it('<hm-secure-signs> renders every hostile help link as text or an http(s) link', async () => {
    const el = await fixture<HmSecureSigns>(
      html`<hm-secure-signs
        .help=${[
          {
            level: 'talk',
            title: 'Local help',
            text: 'Ask us.',
            contacts: URL_CASES.map((c, i) => ({ label: `Link ${i}`, url: c.url })),
          },
        ]}
      ></hm-secure-signs>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[aria-busy="false"]'), 'still loading', {
      timeout: 15000,
    });
    await el.updateComplete;
    const links = Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]'));
    for (const a of links) expect(a.href, a.textContent ?? '').to.match(/^(https?|tel|mailto):/);
    const linked = new Set(links.map((a) => a.textContent?.trim()));
    URL_CASES.forEach((c, i) => {
      expect(linked.has(`Link ${i}`), c.name).to.equal(withoutBase(c) === 'http');
    });
  });
});
