import { expect } from '@open-wc/testing';
import { mergeDirectories } from '../../../src/data/directory/merge.js';
import {
  fetchOrukDirectories,
  fetchOrukDirectory,
  fetchOrukNear,
  OrukCache,
} from '../../../src/data/directory/oruk-client.js';
import { closedUrl, failure, fixtureUrl } from '../../helpers.js';

const feed = (mode: string, version: 'v1' | 'v3') => fixtureUrl(`/oruk/${mode}/${version}`);

describe('fetchOrukDirectory (real HTTP against a local ORUK server on another origin)', () => {
  it('ORUK 1.0: no GET / so 1.0 is assumed; follows every page', async () => {
    const { groups, warnings } = await fetchOrukDirectory(feed('ok', 'v1'), { pageSize: 20 });
    expect(groups).to.have.length(82);
    expect(warnings).to.deep.equal([]);
    expect(groups[0]!.source).to.equal('oruk1');
    expect(new Set(groups.map((g) => g.id)).size).to.equal(82);
  });

  it('ORUK 3.0: detected from GET /, full services fetched by id with a concurrency cap', async () => {
    const { groups } = await fetchOrukDirectory(feed('ok', 'v3'), { pageSize: 30, concurrency: 2 });
    expect(groups).to.have.length(82);
    expect(groups[0]!.source).to.equal('oruk3');
    expect(groups.every((g) => g.schedules.length > 0)).to.equal(true);
  });

  it('ORUK 3.0 proximity search: /service_at_locations records fold back into groups with venues', async () => {
    const { groups, warnings } = await fetchOrukNear(feed('ok', 'v3'), {
      postcode: 'BS1 4DJ',
      proximityMetres: 1609,
    });
    expect(warnings).to.deep.equal([]);
    expect(groups.length).to.be.at.least(1);
    expect(groups.every((g) => g.source === 'oruk3')).to.equal(true);
    expect(groups.every((g) => g.venue?.postcode?.replace(/\s+/g, '').startsWith('BS1'))).to.equal(true);
    expect(new Set(groups.map((g) => g.id)).size).to.equal(groups.length);
  });

  it('refuses proximity search on a 1.0 feed, which has no such endpoint', async () => {
    const error = await failure(
      fetchOrukNear(feed('ok', 'v1'), { postcode: 'BS1 4DJ', proximityMetres: 1609 }),
    );
    expect(error.code).to.equal('unsupported-format');
  });

  it('stops a feed whose last page never comes at the page cap, with a warning', async () => {
    const { groups, warnings } = await fetchOrukDirectory(feed('endless', 'v1'), {
      pageSize: 10,
      maxPages: 3,
    });
    expect(groups).to.have.length(30);
    expect(warnings).to.deep.equal(['stopped after 3 pages; the feed said there were more']);
  });

  it('fails with typed errors: 500, invalid JSON, no CORS, timeout, abort, closed port, bad URL', async () => {
    expect((await failure(fetchOrukDirectory(feed('500', 'v1')))).code).to.equal('http');
    expect((await failure(fetchOrukDirectory(feed('invalid', 'v1')))).code).to.equal('parse');
    expect((await failure(fetchOrukDirectory(feed('nocors', 'v1'), { version: '1.0' }))).code).to.equal(
      'cors',
    );
    expect(
      (await failure(fetchOrukDirectory(feed('slow', 'v1'), { version: '1.0', timeout: 300 }))).code,
    ).to.equal('timeout');
    const controller = new AbortController();
    const pending = fetchOrukDirectory(feed('slow', 'v1'), { version: '1.0', signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).to.equal('aborted');
    expect((await failure(fetchOrukDirectory(closedUrl(), { version: '1.0' }))).code).to.equal('network');
    expect((await failure(fetchOrukDirectory('javascript:alert(1)'))).code).to.equal('invalid');
  });

  it('goes through a proxy URL template', async () => {
    const origin = new URL(closedUrl()).origin;
    // Only the stand-in proxy answers (it serves ?file= of the target URL).
    const target = `${origin}/x?file=directory/oruk1-messy.json&`;
    const { groups } = await fetchOrukDirectory(target, {
      version: '1.0',
      proxy: fixtureUrl('/proxy?url={url}'),
    });
    expect(groups.map((g) => g.id)).to.deep.equal(['m1', 'm2', 'm3', 'oruk1-6']);
  });

  it('revalidates with ETags: the second read is answered with 304s from the cache', async () => {
    const tag = `t${Date.now()}${Math.random().toString(36).slice(2)}`;
    const cache = new OrukCache();
    const url = feed(`etag-${tag}`, 'v1');
    const first = await fetchOrukDirectory(url, { version: '1.0', pageSize: 50, cache });
    const second = await fetchOrukDirectory(url, { version: '1.0', pageSize: 50, cache });
    expect(second.groups.map((g) => g.id)).to.deep.equal(first.groups.map((g) => g.id));
    const hits = (await (await fetch(`${url}/hits`)).json()) as { ok: number; notModified: number };
    expect(hits).to.deep.equal({ ok: 2, notModified: 2 });
  });

  it('merges several feeds, leaving out the same group seen twice', async () => {
    const merged = await fetchOrukDirectories([feed('ok', 'v1'), feed('ok', 'v3')], { pageSize: 100 });
    // The two online groups have no place to compare, so both copies stay.
    const online = merged.groups.filter((g) => !g.venue).length;
    expect(online).to.equal(4);
    expect(merged.groups).to.have.length(84);
    expect(merged.warnings).to.deep.equal(['80 duplicate groups left out']);
    const noPlace = { ...merged.groups[0]!, venue: undefined };
    expect(
      mergeDirectories([
        { groups: [noPlace], warnings: [] },
        { groups: [noPlace], warnings: [] },
      ]).groups,
    ).to.have.length(2);
  });
});
