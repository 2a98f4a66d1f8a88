// Hostile show notes (filter evasion, mXSS, clobbering, overlays, tracking) in a feed, shown by a
// real <hm-episode-player>: what a reader needs stays, nothing runs, nothing escapes the panel.
import { expect, html, waitUntil } from '@open-wc/testing';
import { stash } from './stash.js';
import { shadowText } from '../helpers.js';
import { hostileHooks, notesFeed, openPanel, outcome, player, safe, settle } from './player-harness.js';
import { HTML_CASES } from './cases/html.js';

describe('hostile show notes through <hm-episode-player>', function () {
  this.timeout(60_000);
  hostileHooks();

  for (const c of HTML_CASES) {
    it(`show notes, ${c.name}: rendered safely`, async () => {
      const el = await player(
        html`<hm-episode-player
          feed=${await stash(notesFeed(c.html), 'application/rss+xml')}
        ></hm-episode-player>`,
      );
      expect(await outcome(el)).to.equal('shown');
      await openPanel(el, 'notes');
      await waitUntil(() => !shadowText(el, '[part="notes"]').includes('Loading'), 'notes still loading');
      if (c.keeps) expect(shadowText(el, '.notes-body')).to.contain(c.keeps);
      await settle(30);
      safe(el);
    });
  }
});
