// Faults, through the elements as people meet them: servers that are slow, stall, lie, fail or
// refuse other websites; a connection that drops; an element removed mid-request; storage that is
// off, full or throwing in a sandboxed frame; a lazy chunk that fails to load. Each ends in a clear,
// localised message, and nothing the person typed or chose is lost.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/group-finder/hm-group-finder.js';
import '../src/components/episode-player/hm-episode-player.js';
import '../src/components/secure-signs/hm-secure-signs.js';
import '../src/components/repair-tips/hm-repair-tips.js';
import type { HmGroupFinder } from '../src/components/group-finder/group-finder.js';
import type { HmEpisodePlayer } from '../src/components/episode-player/episode-player.js';
import type { HmSecureSigns } from '../src/components/secure-signs/secure-signs.js';
import type { HmRepairTips } from '../src/components/repair-tips/repair-tips.js';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { createSafeStorage } from '../src/core/storage.js';
import { lazy } from '../src/core/lazy.js';
import { stash } from './hostile/stash.js';
import { closedUrl, fixtureUrl, shadow, shadowAll, shadowText, waitForText } from './helpers.js';

const localization = configureHeldInMindLocalization();
const NOW = new Date('2025-11-19T09:00:00Z');
const OUTCODES = fixtureUrl('/fixtures/directory/outcodes.json');

const idle = (el: HmGroupFinder) =>
  waitUntil(
    () => el.shadowRoot?.querySelector('.finder')?.getAttribute('aria-busy') === 'false',
    'the finder is still busy',
    { timeout: 30_000 },
  );

async function finder(src: string): Promise<HmGroupFinder> {
  const el = await fixture<HmGroupFinder>(
    html`<hm-group-finder .now=${NOW} outcodes=${OUTCODES} src=${src}></hm-group-finder>`,
  );
  await el.loaded;
  await idle(el);
  await el.updateComplete;
  return el;
}

const players: HmEpisodePlayer[] = [];
afterEach(() => {
  for (const p of players.splice(0)) {
    p.pause();
    p.media?.removeAttribute('src');
    p.remove();
  }
});
async function player(template: ReturnType<typeof html>): Promise<HmEpisodePlayer> {
  const el = await fixture<HmEpisodePlayer>(template);
  players.push(el);
  return el;
}
const problem = (el: HmEpisodePlayer) => shadowText(el, '[part="error"]');

describe('faults: the group finder', function () {
  this.timeout(60_000);

  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ['404', () => fixtureUrl('/status/404'), /could not be found at its address/],
    ['500', () => fixtureUrl('/status/500'), /could not be found at its address/],
    [
      'invalid JSON',
      () => stash('{"version": "1", "groups": [{"name": "Br', 'application/json'),
      /not in a form/,
    ],
    [
      'no CORS headers',
      () => fixtureUrl('/no-cors/directory/oruk1-messy.json'),
      /does not allow it to be shown here/,
    ],
    ['offline (connection refused)', () => closedUrl(), /Check your connection and try again/],
    [
      'a lying Content-Length (the connection closes early)',
      () => fixtureUrl('/fault/short'),
      /Check your connection|not in a form/,
    ],
    [
      'a reset in the middle of the body',
      () => fixtureUrl('/fault/reset'),
      /Check your connection|not in a form/,
    ],
  ];
  for (const [name, url, reason] of cases) {
    it(`${name}: says what went wrong, in words, with Try again`, async () => {
      const el = await finder(await url());
      const words = shadowText(el, '.message-error');
      expect(words).to.contain('The list of groups could not be loaded.');
      expect(words).to.match(reason);
      expect(words).to.contain('Try again');
      // The search form is still there to use once the list arrives.
      expect(el.shadowRoot!.querySelector('#where')).not.to.equal(null);
    });
  }

  it('a stall after the headers ends in a timeout message, not a spinner forever', async function () {
    this.timeout(60_000);
    const el = await fixture<HmGroupFinder>(
      html`<hm-group-finder .now=${NOW} src=${fixtureUrl('/fault/stall')}></hm-group-finder>`,
    );
    expect(shadowText(el, '.finder')).to.contain('Loading groups…');
    await el.loaded;
    await idle(el);
    expect(el.error?.code).to.equal('timeout');
    expect(shadowText(el, '.message-error')).to.contain('took too long to arrive');
  });

  it('a slow connection shows that it is loading, then the groups', async () => {
    const el = await fixture<HmGroupFinder>(
      html`<hm-group-finder .now=${NOW} oruk=${fixtureUrl('/oruk/slow/v1')}></hm-group-finder>`,
    );
    expect(shadowText(el, '.finder')).to.contain('Loading groups…');
    expect(el.shadowRoot!.querySelector('.finder')!.getAttribute('aria-busy')).to.equal('true');
    await el.loaded;
    await idle(el);
    expect(shadowAll(el, '.result').length).to.be.greaterThan(0);
    expect(el.error).to.equal(null);
  });

  it('removed mid-request: the request stops, nothing renders, and it loads again when back', async () => {
    const el = await fixture<HmGroupFinder>(
      html`<hm-group-finder .now=${NOW} oruk=${fixtureUrl('/oruk/slow/v1')}></hm-group-finder>`,
    );
    const parent = el.parentElement!;
    el.remove();
    await el.loaded;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(el.groups).to.have.length(0);
    expect(shadowAll(el, '.result')).to.have.length(0);
    expect(el.error, 'an abort is not an error to show').to.equal(null);
    parent.append(el);
    await el.loaded;
    await idle(el);
    expect(shadowAll(el, '.result').length).to.be.greaterThan(0);
  });

  it('a directory that goes down keeps the postcode, the results and says when they are from', async () => {
    const el = await finder(fixtureUrl(`/directory-once/faults-${Math.random().toString(36).slice(2)}.json`));
    shadow<HTMLInputElement>(el, '#where').value = 'BS1 4DJ';
    shadow<HTMLFormElement>(el, 'form.search').requestSubmit();
    await waitUntil(
      () => shadowText(el, '#results-heading').length > 0 && shadowText(el, '.near').includes('BS1'),
    );
    await idle(el);
    const before = shadowAll(el, '.result').length;
    expect(before).to.be.greaterThan(0);
    await el.reload();
    await idle(el);
    expect(shadowText(el, '.message-error')).to.contain('could not be updated');
    expect(shadow<HTMLInputElement>(el, '#where').value).to.equal('BS1 4DJ');
    expect(shadowAll(el, '.result')).to.have.length(before);
  });

  it('the message is in Welsh and Arabic too', async () => {
    try {
      for (const locale of ['cy', 'ar']) {
        await localization.setLocale(locale);
        const el = await finder(fixtureUrl('/status/500'));
        const words = shadowText(el, '.message-error');
        expect(words).not.to.contain('could not be loaded');
        if (locale === 'ar') expect(words).to.match(/[\u0600-\u06FF]/);
        await expect(el).to.be.accessible();
      }
    } finally {
      await localization.setLocale('en-GB');
    }
  });
});

describe('faults: the episode player', function () {
  this.timeout(60_000);
  const WELSH_FEED = '/podcast/player/welsh.xml';

  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ['404', () => fixtureUrl('/status/404'), /could not be found at its address/],
    ['500', () => fixtureUrl('/status/500'), /could not be found at its address/],
    ['invalid XML', () => stash('<rss><channel><title>Half', 'application/rss+xml'), /not in a form/],
    ['no CORS headers', () => fixtureUrl(`/no-cors${WELSH_FEED}`), /does not allow it to be shown here/],
    ['offline (connection refused)', () => closedUrl(), /Check your connection and try again/],
    [
      'a reset in the middle of the body',
      () => fixtureUrl('/fault/reset'),
      /Check your connection|not in a form/,
    ],
  ];
  for (const [name, url, reason] of cases) {
    it(`feed ${name}: says what went wrong, with Try again`, async () => {
      const el = await player(html`<hm-episode-player feed=${await url()}></hm-episode-player>`);
      await waitForText(el, '[part="error"]', 'The podcast could not be loaded.', 30_000);
      expect(problem(el)).to.match(reason);
      expect(el.shadowRoot!.querySelector('[part="error"] button')?.textContent).to.contain('Try again');
    });
  }

  it('a feed cut off before its first episode is reported as unreadable, not as a missing episode', async () => {
    const url = await stash('<rss><channel><title>Broken', 'application/rss+xml');
    const el = await player(html`<hm-episode-player feed=${url}></hm-episode-player>`);
    await waitForText(el, '[part="error"]', 'The podcast could not be loaded.');
    expect(problem(el)).to.contain('not in a form this widget can read');
    expect(problem(el)).not.to.contain('not in the podcast’s feed');
  });

  it('a slow feed shows it is loading, then the episode', async () => {
    const el = await player(
      html`<hm-episode-player
        feed=${fixtureUrl(`/slow?ms=1500&file=${encodeURIComponent(WELSH_FEED.slice(1))}`)}
      ></hm-episode-player>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'busy while loading').not.to.equal(null);
    await waitUntil(() => el.shadowRoot!.querySelector('#title'), 'no title', { timeout: 20_000 });
    expect(problem(el)).not.to.contain('The podcast could not be loaded');
  });

  it('removed mid-request: no error appears, and it loads when back', async () => {
    const el = await player(
      html`<hm-episode-player
        feed=${fixtureUrl(`/slow?ms=1500&file=${encodeURIComponent(WELSH_FEED.slice(1))}`)}
      ></hm-episode-player>`,
    );
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(problem(el)).to.equal('');
    parent.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#title'), 'no title after coming back', {
      timeout: 20_000,
    });
  });

  it('a transcript that fails keeps the playback position, and a new source loads its transcript', async () => {
    const el = await player(
      html`<hm-episode-player
        src=${fixtureUrl('/media/episode.mp3')}
        preload="auto"
        transcript=${fixtureUrl('/status/500')}
        transcript-type="text/vtt"
      ></hm-episode-player>`,
    );
    await waitUntil(() => el.media && el.media.readyState >= 1, 'no metadata', { timeout: 20_000 });
    el.seek(30);
    await waitUntil(() => Math.abs(el.media!.currentTime - 30) < 1, 'did not seek');
    shadow(el, '[part="transcript"] summary').click();
    await waitForText(el, '[part="transcript"] [part="error"]', 'The transcript could not be loaded.');
    expect(shadowText(el, '[part="transcript"] [part="error"]')).to.contain(
      'could not be found at its address',
    );
    expect(Math.abs(el.media!.currentTime - 30)).to.be.lessThan(1);
    // A new transcript for the same player (the host fixed its address) arrives when the panel
    // is opened again: its request must not reuse the old, aborted one.
    el.transcript = fixtureUrl('/media/transcript.vtt');
    await el.updateComplete;
    const summary = shadow(el, '[part="transcript"] summary');
    const panel = shadow<HTMLDetailsElement>(el, '[part="transcript"]');
    if (panel.open) summary.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    shadow(el, '[part="transcript"] summary').click();
    await waitUntil(
      () => shadowAll(el, '[part="transcript"] li').length > 0,
      'the new transcript never loaded',
      {
        timeout: 20_000,
      },
    );
  });
});

describe('faults: storage', function () {
  this.timeout(60_000);

  it('full storage: the checklist says so and keeps every answer', async () => {
    const full = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const el = await fixture<HmSecureSigns>(
      html`<hm-secure-signs age="0-3m" .storage=${createSafeStorage(() => full)}></hm-secure-signs>`,
    );
    const first = shadowAll(el, '.item')[0]!.querySelector<HTMLInputElement>('input[value="often"]')!;
    first.click();
    await el.updateComplete;
    const press = (name: RegExp) =>
      shadowAll<HTMLButtonElement>(el, 'button')
        .find((b) => name.test(b.textContent ?? ''))!
        .click();
    press(/See my summary/);
    await el.updateComplete;
    press(/Save my answers/);
    await el.updateComplete;
    expect(shadowText(el, '.status-note')).to.contain('could not be saved on this device');
  });

  /** Runs the drop-in bundle in a sandboxed frame (no same-origin: storage throws SecurityError). */
  async function sandboxed(script: string): Promise<Record<string, unknown>> {
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts');
    const cdn = fixtureUrl('/cdn/held-in-mind.js');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body><script type="module">
      const report = (data) => parent.postMessage({ hmFaults: data }, '*');
      window.addEventListener('error', (e) => report({ uncaught: String(e.message) }));
      let storage = 'available';
      try { localStorage.length; } catch (e) { storage = e.name; }
      try {
        await import(${JSON.stringify(cdn)});
        ${script}
      } catch (e) { report({ uncaught: String(e) }); }
    </script></body></html>`;
    const answer = new Promise<Record<string, unknown>>((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || !event.data?.hmFaults) return;
        window.removeEventListener('message', listen);
        resolve(event.data.hmFaults as Record<string, unknown>);
      };
      window.addEventListener('message', listen);
    });
    document.body.append(frame);
    try {
      return await answer;
    } finally {
      frame.remove();
    }
  }

  it('a sandboxed frame: saving answers says it could not, and the answers stay', async () => {
    const result = await sandboxed(`
      const el = document.createElement('hm-secure-signs');
      el.setAttribute('age', '0-3m');
      document.body.append(el);
      const until = async (fn) => { for (let i = 0; i < 200 && !fn(); i++) await new Promise((r) => setTimeout(r, 50)); };
      await until(() => el.shadowRoot?.querySelector('.item input[value="often"]'));
      el.shadowRoot.querySelector('.item input[value="often"]').click();
      await el.updateComplete;
      const press = (re) => [...el.shadowRoot.querySelectorAll('button')].find((b) => re.test(b.textContent)).click();
      press(/See my summary/);
      await el.updateComplete;
      press(/Save my answers/);
      await el.updateComplete;
      report({ storage, note: el.shadowRoot.querySelector('.status-note')?.textContent.trim() ?? '' });
    `);
    expect(result.uncaught).to.equal(undefined);
    expect(result.storage).to.equal('SecurityError');
    expect(result.note).to.contain('could not be saved on this device');
  });

  it('a sandboxed frame: a player with resume keeps playing from where the person moved it', async () => {
    const media = fixtureUrl('/media/episode.mp3');
    const result = await sandboxed(`
      const el = document.createElement('hm-episode-player');
      el.setAttribute('resume', '');
      el.setAttribute('preload', 'auto');
      el.setAttribute('src', ${JSON.stringify(media)});
      document.body.append(el);
      const until = async (fn) => { for (let i = 0; i < 300 && !fn(); i++) await new Promise((r) => setTimeout(r, 50)); };
      await until(() => el.media && el.media.readyState >= 1);
      el.seek(40);
      await until(() => Math.abs(el.media.currentTime - 40) < 1);
      el.media.dispatchEvent(new Event('pause'));
      await new Promise((r) => setTimeout(r, 200));
      report({ storage, time: el.media.currentTime, error: el.shadowRoot.querySelector('[part="error"]')?.textContent.trim() ?? '' });
    `);
    expect(result.uncaught).to.equal(undefined);
    expect(result.storage).to.equal('SecurityError');
    expect(Math.abs((result.time as number) - 40)).to.be.lessThan(1);
    expect(result.error).to.equal('');
  });
});

describe('faults: lazy chunks', () => {
  it('a chunk that failed to load is asked for again on the next attempt', async () => {
    let calls = 0;
    const chunk = lazy(async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    let first: unknown;
    try {
      await chunk.load();
    } catch (error) {
      first = error;
    }
    expect(first).to.be.instanceOf(TypeError);
    expect(chunk.current).to.equal(null);
    expect(await chunk.load()).to.deep.equal({ ok: true });
    expect(chunk.current).to.deep.equal({ ok: true });
    expect(calls).to.equal(2);
    await chunk.load();
    expect(calls, 'loaded once, then shared').to.equal(2);
  });

  it('the tips card reads its tips again after a failure when asked to', async () => {
    const el = await fixture<HmRepairTips>(
      html`<hm-repair-tips src=${fixtureUrl('/status/503')}></hm-repair-tips>`,
    );
    await waitUntil(() => el.error, 'no error', { timeout: 20_000 });
    expect(el.error?.code).to.equal('http');
    // The built-in tips are still there to read.
    expect(shadowText(el, '#tip-title').length).to.be.greaterThan(0);
  });
});
