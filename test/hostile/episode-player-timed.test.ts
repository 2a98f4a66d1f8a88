// Hostile transcripts and chapters through a real <hm-episode-player> over HTTP: refused with a
// message in their panel, or listed sorted and safe (windowed when long).
import { stash } from './stash.js';
import { hostileHooks, timed } from './player-harness.js';
import { CHAPTER_CASES, TRANSCRIPT_CASES } from './cases/timed-text.js';

describe('hostile transcripts and chapters through <hm-episode-player>', function () {
  // 200,000 cues and 1 MB cues over HTTP on a shared 2-core machine
  this.timeout(180_000);
  hostileHooks();

  for (const c of TRANSCRIPT_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'rendered safely';
    it(`transcript, ${c.name}: ${label}`, async () => {
      await timed('transcript', await stash(c.text(), c.type || 'text/plain'), c.type, c.expect);
    });
  }

  for (const c of CHAPTER_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'rendered safely';
    it(`chapters, ${c.name}: ${label}`, async () => {
      await timed('chapters', await stash(c.text(), c.type || 'text/plain'), c.type, c.expect);
    });
  }
});
