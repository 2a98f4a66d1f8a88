// What the hostile player tests share: a real <hm-episode-player> reading a hostile input over
// HTTP, waiting for its outcome, and checking that what it rendered is safe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/episode-player/hm-episode-player.js';
import type { HmEpisodePlayer } from '../../src/components/episode-player/episode-player.js';
import type { TimedOutcome } from './cases/timed-text.js';
import { installTripwire, settle, tripped } from './tripwire.js';
import { unsafeIn } from './stash.js';
import { fixtureUrl, shadowAll, shadowText } from '../helpers.js';

export { settle };

export const AUDIO = fixtureUrl('/media/episode.mp3');
export const REASON: Record<string, RegExp> = {
  parse: /not in a form this widget can read/,
  'unsupported-format': /not in a form this widget can read/,
  invalid: /not in a form this widget can read/,
  'too-large': /too large to show here/,
  'not-found': /not in the podcast’s feed/,
};

const players: HmEpisodePlayer[] = [];

/** The tripwire around a whole file, and no player outliving its test. */
export function hostileHooks(): void {
  before(installTripwire);
  afterEach(() => {
    for (const p of players.splice(0)) {
      p.media?.removeAttribute('src');
      p.remove();
    }
  });
  after(async () => {
    await settle(300);
    expect(tripped()).to.deep.equal([]);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((name) => name.includes('evil.example'))).to.deep.equal([]);
  });
}

export async function player(template: ReturnType<typeof html>): Promise<HmEpisodePlayer> {
  const el = await fixture<HmEpisodePlayer>(template);
  players.push(el);
  return el;
}

/** Waits for the episode's title or its error. */
export async function outcome(el: HmEpisodePlayer, shown = '#title'): Promise<'shown' | 'refused'> {
  await waitUntil(
    () => el.shadowRoot?.querySelector(shown) || shadowText(el, '[part="error"]'),
    'neither a title nor an error',
    { timeout: 30_000 },
  );
  await el.updateComplete;
  return shadowText(el, '[part="error"]') ? 'refused' : 'shown';
}

export async function openPanel(el: HmEpisodePlayer, part: string): Promise<HTMLDetailsElement | null> {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>(`[part="${part}"]`);
  if (details && !details.open) details.querySelector('summary')!.click();
  // the toggle event comes in a task of its own
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return details;
}

export function safe(el: HmEpisodePlayer): void {
  expect(unsafeIn(el.shadowRoot!)).to.deep.equal([]);
  for (const node of el.shadowRoot!.querySelectorAll('.notes-body *')) {
    const style = getComputedStyle(node);
    expect(style.position, `<${node.localName}> cannot cover the page`).not.to.match(/fixed|sticky/);
    expect(node.getBoundingClientRect().width, `<${node.localName}> stays inside`).to.be.at.most(
      el.getBoundingClientRect().width + 1,
    );
  }
  expect(
    el.shadowRoot!.querySelector('.notes-body [target="_top"], .notes-body [target="_parent"]'),
  ).to.equal(null);
  expect(shadowText(el, '.player'), 'no bidi override').not.to.match(/[\u202D\u202E]/);
}

const xmlText = (text: string): string =>
  text
    // characters XML cannot carry at all
    // eslint-disable-next-line no-control-regex
    .replace(/[\0-\x08\x0B\x0C\x0E-\x1F]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
export const notesFeed = (notes: string): string =>
  `<rss version="2.0"><channel><title>Show</title><item><title>Notes</title><guid>n1</guid><enclosure url="${AUDIO}" type="audio/mpeg" length="1"/><description>${xmlText(notes)}</description></item></channel></rss>`;

/** A transcript or chapters file: refused with its message in the panel, or listed safely. */
export const timed = async (
  part: 'transcript' | 'chapters',
  url: string,
  type: string,
  expected: TimedOutcome,
) => {
  const el = await player(
    part === 'transcript'
      ? html`<hm-episode-player
          src=${AUDIO}
          duration="3600"
          transcript=${url}
          transcript-type=${type}
        ></hm-episode-player>`
      : html`<hm-episode-player
          src=${AUDIO}
          duration="3600"
          chapters=${url}
          chapters-type=${type}
        ></hm-episode-player>`,
  );
  // No title here (only the media): the controls show the episode is there.
  expect(await outcome(el, '.play')).to.equal('shown');
  if (part === 'transcript') await openPanel(el, 'transcript');
  await waitUntil(
    () =>
      shadowText(el, `[part="${part}"] [part="error"]`) ||
      (part === 'transcript'
        ? shadowAll(el, '[part="transcript"] button.cue, [part="transcript"] li').length > 0
        : shadowAll(el, 'button.chapter').length > 0),
    `no ${part} and no error`,
    { timeout: 30_000 },
  );
  await el.updateComplete;
  const problem = shadowText(el, `[part="${part}"] [part="error"]`);
  if ('refused' in expected) {
    expect(problem).to.contain(
      part === 'transcript' ? 'The transcript could not be loaded.' : 'The chapters could not be loaded.',
    );
    expect(problem).to.match(REASON[expected.refused] ?? /./);
  } else {
    expect(problem, problem).to.equal('');
    const shown = shadowAll(el, part === 'transcript' ? '[part="transcript"] li' : 'button.chapter');
    // Long lists are windowed: never more than a screenful of rows in the page.
    expect(shown.length).to.be.within(1, part === 'transcript' ? 60 : 20_000);
    if (expected.count !== undefined && part === 'chapters')
      expect(shown.length).to.be.at.most(expected.count);
    if (part === 'chapters')
      expect(shown.length, 'chapters beyond the end are not offered').to.be.at.most(
        expected.count ?? Infinity,
      );
  }
  await settle(20);
  safe(el);
  return el;
};
