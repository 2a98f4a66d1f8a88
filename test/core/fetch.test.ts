import { expect } from '@open-wc/testing';
import { fetchJson, fetchText } from '../../src/core/fetch.js';
import { closedUrl, failure, fixtureUrl } from '../helpers.js';

describe('core/fetch (real HTTP against a local server on another origin)', () => {
  it('fetches text and JSON', async () => {
    const { text, contentType } = await fetchText(fixtureUrl('/fixtures/tips/valid.json'));
    expect(text).to.include('walk-together');
    expect(contentType).to.include('application/json');
    const data = (await fetchJson(fixtureUrl('/fixtures/tips/valid.json'))) as { tips: unknown[] };
    expect(data.tips).to.have.length(2);
  });

  it('turns HTTP errors into `http` with the status', async () => {
    const notFound = await failure(fetchText(fixtureUrl('/status/404')));
    expect(notFound.code).to.equal('http');
    expect(notFound.status).to.equal(404);
    const serverError = await failure(fetchText(fixtureUrl('/status/500')));
    expect(serverError.status).to.equal(500);
  });

  it('times out a slow server with `timeout`', async () => {
    const err = await failure(fetchText(fixtureUrl('/slow?ms=10000'), { timeout: 300 }));
    expect(err.code).to.equal('timeout');
  });

  it('stops when the caller aborts, with `aborted`', async () => {
    const controller = new AbortController();
    const pending = fetchText(fixtureUrl('/slow?ms=10000'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect((await failure(pending)).code).to.equal('aborted');
    const already = new AbortController();
    already.abort();
    expect(
      (await failure(fetchText(fixtureUrl('/fixtures/tips/valid.json'), { signal: already.signal }))).code,
    ).to.equal('aborted');
  });

  it('refuses bodies over the size cap, declared or streamed', async () => {
    const declared = await failure(fetchText(fixtureUrl('/big?bytes=200000&length=1'), { maxBytes: 100000 }));
    expect(declared.code).to.equal('too-large');
    expect(declared.limit).to.equal(100000);
    const streamed = await failure(
      fetchText(fixtureUrl('/big?bytes=3000000&length=0'), { maxBytes: 1000000 }),
    );
    expect(streamed.code).to.equal('too-large');
  });

  it('tells a server without CORS headers (`cors`) from one that is not there (`network`)', async () => {
    const blocked = await failure(fetchText(fixtureUrl('/no-cors/tips/valid.json')));
    expect(blocked.code).to.equal('cors');
    const unreachable = await failure(fetchText(closedUrl()));
    expect(unreachable.code).to.equal('network');
  });

  it('reports malformed JSON as `parse`', async () => {
    expect((await failure(fetchJson(fixtureUrl('/fixtures/tips/broken.json')))).code).to.equal('parse');
    expect((await failure(fetchJson(fixtureUrl('/html')))).code).to.equal('parse');
  });

  it('a server that stalls after the headers ends in `timeout`, not a hang', async () => {
    const started = performance.now();
    const err = await failure(fetchText(fixtureUrl('/fault/stall'), { timeout: 800 }));
    expect(err.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(10_000);
  });

  it('a lying Content-Length or a reset mid-body ends in a typed error or valid data, never a hang', async () => {
    // Engines differ on a body longer than promised (cut at the promise, or refused) and
    // on one shorter (network error): whatever they do reaches the caller as one of these.
    for (const kind of ['short', 'long', 'reset']) {
      const result = await fetchJson(fixtureUrl(`/fault/${kind}`), { timeout: 5000 }).then(
        (data) => ({ data }),
        (error: { name?: string; code?: string }) => ({ error }),
      );
      if ('error' in result) {
        expect(result.error.name, kind).to.equal('HeldInMindError');
        expect(['network', 'parse', 'timeout'], kind).to.include(result.error.code);
      } else expect((result.data as { tips: unknown[] }).tips, kind).to.have.length(1);
    }
  });
});
