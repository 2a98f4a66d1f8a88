// Hostile feeds through a real <hm-episode-player> over HTTP: refused with a localised message and
// a way to try again, or rendered safely; no script from any case ever runs on the page.
import { expect, html, waitUntil } from '@open-wc/testing';
import { stash } from './stash.js';
import { fixtureUrl, shadowText } from '../helpers.js';
import {
  REASON,
  hostileHooks,
  notesFeed,
  openPanel,
  outcome,
  player,
  safe,
  settle,
} from './player-harness.js';
import { configureHeldInMindLocalization } from '../../src/i18n/localization.js';
import { FEED_CASES } from './cases/feeds.js';

const localization = configureHeldInMindLocalization();

describe('hostile feeds through <hm-episode-player>', function () {
  // a 26 MB feed over HTTP on a shared 2-core machine
  this.timeout(180_000);
  hostileHooks();

  for (const c of FEED_CASES) {
    const label =
      'refused' in c.expect
        ? `refused (${c.expect.refused})`
        : c.player
          ? 'nothing to play, said so'
          : 'rendered safely';
    it(`feed, ${c.name}: ${label}`, async () => {
      const el = await player(
        html`<hm-episode-player feed=${await stash(c.xml(), 'application/rss+xml')}></hm-episode-player>`,
      );
      const result = await outcome(el);
      if ('refused' in c.expect) {
        expect(result).to.equal('refused');
        const words = shadowText(el, '[part="error"]');
        if (c.expect.refused !== 'not-found') expect(words).to.contain('The podcast could not be loaded.');
        expect(words).to.match(REASON[c.expect.refused] ?? /./);
        expect(words).to.contain('Try again');
        return;
      }
      if (c.player) {
        // Read, but nothing in it can be played: said so, with a way to try again.
        expect(shadowText(el, '[part="error"]')).to.match(c.player);
        expect(shadowText(el, '[part="error"]')).to.contain('Try again');
        return;
      }
      expect(result, shadowText(el, '[part="error"]')).to.equal('shown');
      await openPanel(el, 'notes');
      await waitUntil(() => !shadowText(el, '[part="notes"]').includes('Loading'), 'notes still loading');
      await settle(20);
      safe(el);
    });
  }

  it('a refused feed is explained in Welsh and Arabic, offers Try again, and stays accessible', async () => {
    const url = await stash('<rss><channel><title>Broken', 'application/rss+xml');
    try {
      for (const locale of ['cy', 'ar'] as const) {
        await localization.setLocale(locale);
        const el = await player(html`<hm-episode-player feed=${url}></hm-episode-player>`);
        expect(await outcome(el)).to.equal('refused');
        const words = shadowText(el, '[part="error"]');
        expect(words).not.to.contain('could not be loaded');
        if (locale === 'ar') expect(words).to.match(/[\u0600-\u06FF]/);
        expect(el.shadowRoot!.querySelector('[part="error"] button')).not.to.equal(null);
        await expect(el).to.be.accessible();
      }
    } finally {
      await localization.setLocale('en-GB');
    }
  });

  it('Try again reads the feed again and shows the episode once it is mended', async () => {
    const broken = await stash('<rss><channel><title>Broken', 'application/rss+xml');
    const el = await player(html`<hm-episode-player feed=${broken}></hm-episode-player>`);
    expect(await outcome(el)).to.equal('refused');
    expect(shadowText(el, '[part="error"]')).to.contain('not in a form this widget can read');
    // The same address, mended on the server.
    const key = broken.split('/stash/')[1]!;
    await fetch(fixtureUrl(`/stash/${key}?type=application%2Frss%2Bxml`), {
      method: 'POST',
      body: notesFeed('<p>Mended</p>'),
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    expect(
      await waitUntil(() => el.shadowRoot!.querySelector('#title'), 'no title after Try again', {
        timeout: 15000,
      }),
    );
    expect(shadowText(el, '#title')).to.equal('Notes');
    expect(shadowText(el, '[part="error"]')).to.equal('');
  });
});
