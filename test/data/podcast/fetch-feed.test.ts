import { expect } from '@open-wc/testing';
import { fetchFeed } from '../../../src/data/podcast/fetch-feed.js';
import { closedUrl, failure, fixtureUrl } from '../../helpers.js';
import { podcastFixture } from './fixtures.js';

describe('fetchFeed (real HTTP against a local server on another origin)', () => {
  it('fetches and reads a feed, resolving relative links against its address', async () => {
    const feed = await fetchFeed(podcastFixture('missing-enclosures.xml'));
    expect(feed.title).to.equal('Missing media');
    expect(feed.episodes).to.have.length(8);
    // The feed's own URL wins over its <link> as the base.
    const relative = feed.episodes.find((e) => e.title === 'Relative')!;
    expect(relative.enclosure!.url).to.equal(fixtureUrl('/fixtures/media/m-6.mp3'));
  });

  it('decodes by the encoding the feed declares', async () => {
    expect((await fetchFeed(podcastFixture('latin1.xml'))).title).to.equal('Café crèche £');
  });

  it('goes through a proxy URL template, with the feed URL encoded', async () => {
    // Nothing listens on the closed port: only the proxy can answer, and only if the whole feed
    // URL (with its own query) reached it encoded.
    const feedUrl = `${new URL(closedUrl()).origin}/feed?show=1&file=podcast/missing-enclosures.xml`;
    const feed = await fetchFeed(feedUrl, { proxy: fixtureUrl('/proxy?url={url}') });
    expect(feed.title).to.equal('Missing media');
    // Relative links resolve against the feed's address, not the proxy's.
    const relative = feed.episodes.find((e) => e.title === 'Relative')!;
    expect(relative.enclosure!.url).to.equal(`${new URL(closedUrl()).origin}/media/m-6.mp3`);
    const invalid = await failure(fetchFeed(podcastFixture('full.xml'), { proxy: 'https://proxy.example/' }));
    expect(invalid.code).to.equal('invalid');
    expect(
      (await failure(fetchFeed(podcastFixture('full.xml'), { proxy: 'javascript:{url}' }))).code,
    ).to.equal('invalid');
  });

  it('refuses addresses that are not http(s)', async () => {
    expect((await failure(fetchFeed('javascript:alert(1)'))).code).to.equal('invalid');
    expect((await failure(fetchFeed('ftp://podcast.example/feed.xml'))).code).to.equal('invalid');
  });

  it('tells CORS, HTTP status and an unreachable server apart', async () => {
    const cors = await failure(fetchFeed(fixtureUrl('/no-cors/podcast/full.xml')));
    expect(cors.code).to.equal('cors');
    const notFound = await failure(fetchFeed(fixtureUrl('/status/404')));
    expect([notFound.code, notFound.status]).to.deep.equal(['http', 404]);
    expect((await failure(fetchFeed(fixtureUrl('/status/503')))).status).to.equal(503);
    expect((await failure(fetchFeed(closedUrl()))).code).to.equal('network');
  });

  it('says "not a feed" for an HTML page served with 200 and for a JSON Feed', async () => {
    const page = await failure(fetchFeed(podcastFixture('not-a-feed.html')));
    expect([page.code, page.url]).to.deep.equal(['unsupported-format', podcastFixture('not-a-feed.html')]);
    const html = await failure(fetchFeed(fixtureUrl('/html')));
    expect(html.code).to.equal('unsupported-format');
    const jsonFeed = await failure(fetchFeed(podcastFixture('json-feed.json')));
    expect(jsonFeed.code).to.equal('unsupported-format');
    expect(jsonFeed.message).to.include('JSON Feed');
  });

  it('times out, and stops when the caller aborts', async () => {
    const slow = fixtureUrl('/slow?ms=10000&file=podcast/full.xml');
    expect((await failure(fetchFeed(slow, { timeout: 300 }))).code).to.equal('timeout');
    const controller = new AbortController();
    const pending = fetchFeed(slow, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect((await failure(pending)).code).to.equal('aborted');
  });

  it('caps the size: 25 MB by default, or what the caller asks', async () => {
    const declared = await failure(fetchFeed(fixtureUrl('/big?bytes=26300000&length=1')));
    expect([declared.code, declared.limit]).to.deep.equal(['too-large', 25 * 1024 * 1024]);
    const streamed = await failure(fetchFeed(fixtureUrl('/big?bytes=300000&length=0'), { maxBytes: 100000 }));
    expect([streamed.code, streamed.limit]).to.deep.equal(['too-large', 100000]);
  });

  it('passes reading errors on with the feed URL', async () => {
    const error = await failure(fetchFeed(podcastFixture('billion-laughs.xml')));
    expect([error.code, error.url]).to.deep.equal([
      'unsupported-format',
      podcastFixture('billion-laughs.xml'),
    ]);
  });
});
