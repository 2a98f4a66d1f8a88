import { expect, fixture, html, oneEvent, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/episode-player/hm-episode-player.js';
import type { HmEpisodePlayer } from '../src/components/episode-player/episode-player.js';
import {
  EpisodePlayerChapterEvent,
  EpisodePlayerSeekEvent,
} from '../src/components/episode-player/episode-player.events.js';
import { configureHeldInMindLocalization } from '../src/i18n/localization.js';
import { closedUrl, fixtureUrl, shadow, shadowAll, shadowText, waitForText } from './helpers.js';

const localization = configureHeldInMindLocalization();
/**
 * Media and network under a loaded CI machine (WebKit above all) can take longer than
 * @open-wc's 1 s default; these tests are about what happens, not how fast.
 */
const waitUntil: typeof waitFor = (predicate, message, options) =>
  waitFor(predicate, message, { timeout: 10_000, ...options });

const FEED = fixtureUrl('/media/feed.xml');
const WELSH_FEED = fixtureUrl('/fixtures/podcast/player/welsh.xml');
const MEDIA = (file: string) => fixtureUrl(`/media/${file}`);
// The feed's newest item is the video; most tests play the audio item.
const AUDIO = 'held-in-mind-demo-episode-1';

/** Stands in for the system clipboard (headless engines refuse it): records what is copied. */
function captureClipboard(refuse = false) {
  const copied: string[] = [];
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuse) throw new DOMException('refused', 'NotAllowedError');
        copied.push(text);
      },
    },
  });
  return {
    copied,
    restore() {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    },
  };
}

const button = (el: HmEpisodePlayer, name: RegExp) => {
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) =>
    name.test(`${b.getAttribute('aria-label') ?? ''} ${b.textContent ?? ''}`),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const seekBar = (el: HmEpisodePlayer) => shadow<HTMLInputElement>(el, '#seek');
const status = (el: HmEpisodePlayer) => shadowText(el, '[role="status"]');
const media = (el: HmEpisodePlayer) => {
  if (!el.media) throw new Error('no media element');
  return el.media;
};

/** Waits until the player shows its title (the feed or attributes have been read). */
async function ready(el: HmEpisodePlayer) {
  await waitUntil(() => el.shadowRoot?.querySelector('#title'), 'no episode title', { timeout: 15000 });
  await el.updateComplete;
}

/** Plays (muted: engines allow that without a gesture) until the time moves. */
async function playMuted(el: HmEpisodePlayer) {
  media(el).muted = true;
  shadow<HTMLButtonElement>(el, '.play').click();
  await waitUntil(() => !media(el).paused && media(el).currentTime > 0, 'playback did not start', {
    timeout: 15000,
  });
  await el.updateComplete;
}

/** Waits for the media to reach about `time` seconds (playback position, any engine's precision). */
async function reaches(el: HmEpisodePlayer, time: number, tolerance = 1.5) {
  await waitUntil(
    () => Math.abs(media(el).currentTime - time) <= tolerance,
    `media at ${media(el).currentTime}, expected about ${time}`,
    { timeout: 15000 },
  );
  await el.updateComplete;
}

async function openPanel(el: HmEpisodePlayer, part: string) {
  const details = shadow<HTMLDetailsElement>(el, `[part="${part}"]`);
  if (!details.open) details.querySelector('summary')!.click();
  await waitUntil(() => details.open, `${part} did not open`);
  await el.updateComplete;
}

const players: HmEpisodePlayer[] = [];
afterEach(() => {
  // Stop and unload every player's media so no download outlives its test.
  for (const p of players.splice(0)) {
    p.pause();
    const m = p.media;
    if (m) {
      m.removeAttribute('src');
      for (const source of m.querySelectorAll('source')) source.remove();
      m.load();
    }
  }
  history.replaceState(null, '', location.pathname + location.search.replace(/[?&]t=[^&]*/, ''));
});

async function player(template: ReturnType<typeof html>) {
  const el = await fixture<HmEpisodePlayer>(template);
  players.push(el);
  return el;
}

describe('<hm-episode-player> from the demo feed', () => {
  it('shows the newest episode, its length from the feed and --:-- nowhere once the duration is known', async () => {
    const el = await player(
      html`<hm-episode-player feed=${FEED} guid="held-in-mind-demo-episode-1"></hm-episode-player>`,
    );
    await ready(el);
    expect(shadowText(el, '#title')).to.equal('Good enough is enough');
    expect(shadowText(el, '.show')).to.contain('Held in Mind');
    // The feed says 130 s; nothing has been downloaded yet (preload none).
    expect(shadowText(el, '.total')).to.equal('2:10');
    expect(media(el).preload).to.equal('none');
    expect(media(el).paused).to.equal(true);
    expect(media(el).src).to.equal(MEDIA('episode.mp3'));
    const support = shadowAll<HTMLAnchorElement>(el, '.actions a').find((a) =>
      a.textContent!.includes('Support'),
    );
    expect(support?.href).to.equal('https://held-in-mind.example/support');
    expect(support?.textContent?.trim()).to.equal('Support Held in Mind');
    await expect(el).to.be.accessible();
  });

  it('plays and pauses, firing play and pause events', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    const played = oneEvent(el, 'hm-episode-player-play');
    await playMuted(el);
    await played;
    expect(button(el, /Pause/).textContent).to.contain('Pause');
    await expect(el).to.be.accessible();
    const paused = oneEvent(el, 'hm-episode-player-pause');
    button(el, /Pause/).click();
    await paused;
    await el.updateComplete;
    expect(media(el).paused).to.equal(true);
    expect(button(el, /^\s*Play/).textContent).to.contain('Play');
  });
});

describe('<hm-episode-player> seeking', () => {
  it('seeks with the keyboard on the seek bar: arrows ±5 s, Page Up/Down ±1 min, Home and End', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await playMuted(el);
    button(el, /Pause/).click();
    const seeks: number[] = [];
    el.addEventListener('hm-episode-player-seek', (e: EpisodePlayerSeekEvent) => seeks.push(e.detail.time));
    seekBar(el).focus();
    await sendKeys({ press: 'Home' });
    await reaches(el, 0, 0.5);
    await sendKeys({ press: 'PageUp' });
    await reaches(el, 60, 0.5);
    expect(seekBar(el).getAttribute('aria-valuetext')).to.equal('1 minute of 2 minutes, 10 seconds');
    await sendKeys({ press: 'ArrowRight' });
    await reaches(el, 65, 0.5);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await reaches(el, 55, 0.5);
    expect(shadowText(el, '.elapsed')).to.equal('0:55');
    await sendKeys({ press: 'PageDown' });
    await reaches(el, 0, 0.5);
    await sendKeys({ press: 'End' });
    await waitUntil(() => media(el).currentTime > 125, 'End did not reach the end');
    expect(seeks.slice(0, 6).map(Math.round)).to.deep.equal([0, 60, 65, 60, 55, 0]);
    await expect(el).to.be.accessible();
  });

  it('skips back 15 s and forward 30 s, or the configured amounts', async () => {
    const el = await player(
      html`<hm-episode-player feed=${FEED} skip-back="10" skip-forward="20"></hm-episode-player>`,
    );
    await ready(el);
    await playMuted(el);
    button(el, /Pause/).click();
    button(el, /Forward 20 seconds/).click();
    await reaches(el, 20);
    button(el, /Forward 20 seconds/).click();
    await reaches(el, 40);
    button(el, /Back 10 seconds/).click();
    await reaches(el, 30);
    const plain = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(plain);
    expect(() => button(plain, /Back 15 seconds/)).to.not.throw();
    expect(() => button(plain, /Forward 30 seconds/)).to.not.throw();
  });

  it('changes speed and keeps it after the source loads', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    const select = shadow<HTMLSelectElement>(el, '.speed select');
    select.value = '1.5';
    select.dispatchEvent(new Event('change'));
    await playMuted(el);
    expect(media(el).playbackRate).to.equal(1.5);
    expect(select.value).to.equal('1.5');
    await expect(el).to.be.accessible();
  });

  it('mutes and unmutes from its button', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    const mute = button(el, /Mute/);
    mute.click();
    await waitUntil(() => mute.getAttribute('aria-pressed') === 'true', 'not shown as muted');
    expect(media(el).muted).to.equal(true);
    mute.click();
    await waitUntil(() => mute.getAttribute('aria-pressed') === 'false', 'not shown as unmuted');
    expect(media(el).muted).to.equal(false);
  });
});

describe('<hm-episode-player> playback states', () => {
  it('shows a buffering state while the file is slow to arrive', async () => {
    const el = await player(
      html`<hm-episode-player
        src=${fixtureUrl('/media-slow/episode.mp3?ms=2500')}
        episode-title="Slow"
        duration="130"
      ></hm-episode-player>`,
    );
    await ready(el);
    media(el).muted = true;
    shadow<HTMLButtonElement>(el, '.play').click();
    await waitForText(el, '.buffering', 'Loading…');
    expect(shadow(el, '.player').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitUntil(
      () => media(el).currentTime > 0 && !el.shadowRoot!.querySelector('.buffering'),
      'still buffering',
      {
        timeout: 20000,
      },
    );
    expect(shadow(el, '.player').getAttribute('aria-busy')).to.equal('false');
  });

  it('fires ended at the end, and no seek event for a seek made in code', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    let seeks = 0;
    el.addEventListener('hm-episode-player-seek', () => seeks++);
    await playMuted(el);
    const ended = oneEvent(el, 'hm-episode-player-ended');
    el.seek(127);
    await ended;
    expect(seeks).to.equal(0);
    await el.updateComplete;
    expect(shadowText(el, '.play')).to.equal('Play');
  });

  it('shows the volume slider only where the engine honours volume', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    const probe = document.createElement('audio');
    probe.volume = 0.5;
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('.volume');
    expect(!!slider).to.equal(probe.volume === 0.5);
    if (!slider) return;
    slider.value = '0.25';
    slider.dispatchEvent(new Event('input'));
    await waitUntil(() => Math.abs(media(el).volume - 0.25) < 0.01, 'volume not applied');
    await waitUntil(
      () => slider.getAttribute('aria-valuetext') === '25%',
      'volume not spoken as a percentage',
    );
  });
});

describe('<hm-episode-player> chapters', () => {
  it('lists the chapters, marks the current one, moves between them and fires chapter events', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await waitUntil(() => shadowAll(el, '.chapter').length === 4, 'chapters not shown');
    expect(shadowAll(el, '.chapter-title').map((c) => c.textContent)).to.deep.equal([
      'What a secure bond is',
      'Signs to look out for',
      'Repair after a hard moment',
      'You do not have to do it alone',
    ]);
    expect(shadowAll(el, '.markers rect').length).to.equal(3);
    await playMuted(el);
    const chapter = oneEvent(el, 'hm-episode-player-chapter');
    shadowAll<HTMLButtonElement>(el, '.chapter')[2]!.click();
    const event = (await chapter) as EpisodePlayerChapterEvent;
    expect(event.detail.title).to.equal('Repair after a hard moment');
    await reaches(el, 66.657);
    await waitUntil(() => shadowAll(el, '.chapter')[2]!.getAttribute('aria-current') === 'true');
    button(el, /Next chapter/).click();
    await reaches(el, 96.211);
    button(el, /Previous chapter/).click();
    await reaches(el, 66.657);
    await expect(el).to.be.accessible();
  });

  it('leaves hidden chapters out, drops unsafe links, shows chapter art and safe links', async () => {
    const el = await player(html`<hm-episode-player feed=${WELSH_FEED}></hm-episode-player>`);
    await ready(el);
    await waitUntil(() => shadowAll(el, '.chapter').length === 4, 'chapters not shown');
    expect(shadowText(el, '[part="chapters"]')).to.not.contain('A hidden marker');
    const links = shadowAll<HTMLAnchorElement>(el, '.chapters a');
    expect(links.map((a) => a.href)).to.deep.equal(['https://held-in-mind.example/signs']);
    expect(shadowAll<HTMLImageElement>(el, '.chapter img')[0]!.src).to.equal(MEDIA('artwork.png'));
  });
});

describe('<hm-episode-player> transcript', () => {
  it('highlights the line being spoken, follows it, and seeks when a line is chosen', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await openPanel(el, 'transcript');
    await waitUntil(() => shadowAll(el, '.cue').length === 17, 'transcript not shown');
    expect(shadowText(el, '.cue .speaker')).to.equal('Narrator');
    expect(shadow(el, '.cues').getAttribute('lang')).to.equal('en-GB');
    await playMuted(el);
    const cues = shadowAll<HTMLButtonElement>(el, '.cue');
    const seek = oneEvent(el, 'hm-episode-player-seek');
    cues[5]!.focus();
    await sendKeys({ press: 'Enter' });
    await seek;
    await waitUntil(() => cues[5]!.getAttribute('aria-current') === 'true', 'cue 6 not highlighted');
    expect(shadowAll(el, '.cue[aria-current="true"]').length).to.equal(1);
    cues[12]!.click();
    await waitUntil(() => cues[12]!.getAttribute('aria-current') === 'true', 'cue 13 not highlighted');
    const list = shadow(el, '.cues');
    expect(list.scrollTop).to.be.above(0);
    await expect(el).to.be.accessible();
  });

  it('stops following when the toggle is off', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await openPanel(el, 'transcript');
    await waitUntil(() => shadowAll(el, '.cue').length === 17);
    shadow<HTMLInputElement>(el, '.follow input').click();
    await el.updateComplete;
    await playMuted(el);
    shadowAll<HTMLButtonElement>(el, '.cue')[14]!.click();
    await waitUntil(() => shadowAll(el, '.cue')[14]!.getAttribute('aria-current') === 'true');
    expect(shadow(el, '.cues').scrollTop).to.equal(0);
  });

  it('searches with a match count, previous and next, announced', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await openPanel(el, 'transcript');
    await waitUntil(() => shadowAll(el, '.cue').length === 17);
    const input = shadow<HTMLInputElement>(el, '#search');
    input.focus();
    await sendKeys({ type: 'baby' });
    await el.updateComplete;
    const count = shadowAll(el, 'mark').length;
    expect(count).to.be.at.least(2);
    expect(status(el)).to.equal(`${count} matches.`);
    expect(shadowText(el, '.count')).to.equal(`${count} matches. Match 1 of ${count}.`);
    button(el, /Next match/).click();
    await el.updateComplete;
    expect(status(el)).to.equal(`Match 2 of ${count}.`);
    button(el, /Previous match/).click();
    button(el, /Previous match/).click();
    await el.updateComplete;
    expect(status(el)).to.equal(`Match ${count} of ${count}.`);
    await expect(el).to.be.accessible();
    input.select();
    await sendKeys({ type: 'zebra' });
    await el.updateComplete;
    expect(status(el)).to.equal('No matches.');
    expect(shadowAll(el, 'mark').length).to.equal(0);
  });

  it('keeps at most 50 lines of a long transcript in the page, following playback and search', async () => {
    const el = await player(
      html`<hm-episode-player
        src=${MEDIA('episode.mp3')}
        episode-title="Long transcript"
        duration="130"
        transcript=${fixtureUrl('/long-transcript.vtt?cues=1000')}
      ></hm-episode-player>`,
    );
    await ready(el);
    await openPanel(el, 'transcript');
    await waitUntil(() => shadowAll(el, '.cue').length > 0, 'transcript not shown');
    expect(shadowAll(el, '.cue').length).to.equal(50);
    expect(shadowText(el, '.cue-text')).to.equal('Line 1');
    // Playback far into the episode brings its line into view.
    await playMuted(el);
    el.seek(100); // line 770
    await waitUntil(
      () => el.shadowRoot!.querySelector('.cue[aria-current="true"]'),
      'no current line in the window',
    );
    expect(shadowText(el, '.cue[aria-current="true"] .cue-text')).to.match(/^Line 7[67]\d$/);
    expect(shadowAll(el, '.cue').length).to.equal(50);
    button(el, /Pause/).click();
    // Search finds a line outside the window and shows it.
    const input = shadow<HTMLInputElement>(el, '#search');
    input.focus();
    // (no doubled letters: WebKit's driver drops the second of two equal keys)
    await sendKeys({ type: 'okapi' });
    await waitUntil(
      () => el.shadowRoot!.querySelector('mark'),
      `match not shown (search box "${input.value}", status "${status(el)}", first line "${shadowText(el, '.cue-text')}")`,
    );
    expect(shadowText(el, 'mark')).to.equal('okapi');
    expect(status(el)).to.equal('1 match.');
    // "Show earlier lines" pages back and stops following.
    button(el, /Show earlier lines/).click();
    await el.updateComplete;
    expect(shadow<HTMLInputElement>(el, '.follow input').checked).to.equal(false);
    expect(shadowAll(el, '.cue').length).to.equal(50);
    expect(() => button(el, /Show later lines/)).to.not.throw();
    await expect(el).to.be.accessible();
  });

  it('offers the transcript as a download', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await openPanel(el, 'transcript');
    await waitUntil(() => shadowAll(el, '.cue').length === 17);
    const link = shadowAll<HTMLAnchorElement>(el, '[part="transcript"] a[download]')[0]!;
    expect(link.href).to.equal(MEDIA('transcript.vtt'));
  });
});

describe('<hm-episode-player> sharing and resuming', () => {
  it('copies a link to the current time that opens the player at that time (#t=)', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await playMuted(el);
    button(el, /Pause/).click();
    el.seek(42);
    await reaches(el, 42, 0.5);
    const clipboard = captureClipboard();
    try {
      button(el, /link to this moment/).click();
      await waitUntil(() => status(el) === 'Link copied.', 'not announced');
    } finally {
      clipboard.restore();
    }
    const link = clipboard.copied[0]!;
    expect(link).to.match(/#t=42$/);
    history.replaceState(null, '', link);
    const opened = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(opened);
    expect(shadowText(opened, '.elapsed')).to.equal('0:42');
    await playMuted(opened);
    expect(media(opened).currentTime).to.be.within(41.5, 45);
  });

  it('copies a chapter link as #t=start,end and stops at the end of the range', async () => {
    history.replaceState(null, '', `${location.pathname}#t=10,12`);
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await playMuted(el);
    expect(media(el).currentTime).to.be.at.least(9.5);
    await waitUntil(() => media(el).paused, 'did not stop at the end of the range', { timeout: 10000 });
    expect(media(el).currentTime).to.be.within(11.5, 13);
    el.seek(70);
    await el.updateComplete;
    // A refused clipboard: the link is shown, focused and selected, to copy by hand.
    const clipboard = captureClipboard(true);
    try {
      button(el, /link to this chapter/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#copy-link'), 'no link to copy by hand');
    } finally {
      clipboard.restore();
    }
    const input = shadow<HTMLInputElement>(el, '#copy-link');
    expect(input.value).to.match(/#t=66\.7,96\.2$/);
    expect(el.shadowRoot!.activeElement?.id).to.equal('copy-link');
    await expect(el).to.be.accessible();
  });

  it('honours ?t= in the page address', async () => {
    history.replaceState(null, '', `${location.pathname}?t=1m5s`);
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    expect(shadowText(el, '.elapsed')).to.equal('1:05');
  });

  it('writes nothing to storage without the resume attribute', async () => {
    const before = JSON.stringify({ ...localStorage });
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await playMuted(el);
    el.seek(50);
    await reaches(el, 50);
    button(el, /Pause/).click();
    await waitUntil(() => media(el).paused);
    expect(JSON.stringify({ ...localStorage })).to.equal(before);
  });

  it('with resume, offers "Resume at" and "Start over" next time', async () => {
    const key = `held-in-mind:episode-player:${FEED}#held-in-mind-demo-episode-1`;
    localStorage.removeItem(key);
    const first = await player(
      html`<hm-episode-player resume feed=${FEED} guid=${AUDIO}></hm-episode-player>`,
    );
    await ready(first);
    await playMuted(first);
    first.seek(75);
    await reaches(first, 75);
    button(first, /Pause/).click();
    await waitUntil(() => localStorage.getItem(key) !== null, 'position not saved');
    expect(Number(localStorage.getItem(key))).to.be.within(74, 77);
    first.remove();

    const again = await player(
      html`<hm-episode-player resume feed=${FEED} guid=${AUDIO}></hm-episode-player>`,
    );
    await ready(again);
    await waitUntil(() => again.shadowRoot!.querySelector('.resume'), 'no resume prompt');
    expect(button(again, /Resume at/).textContent!.trim()).to.match(/^Resume at 1:1[4-7]$/);
    await expect(again).to.be.accessible();
    media(again).muted = true;
    button(again, /Resume at/).click();
    await waitUntil(() => !media(again).paused && media(again).currentTime > 70, 'did not resume');
    expect(again.shadowRoot!.querySelector('.resume')).to.equal(null);
    button(again, /Pause/).click();
    again.remove();

    const third = await player(
      html`<hm-episode-player resume feed=${FEED} guid=${AUDIO}></hm-episode-player>`,
    );
    await ready(third);
    await waitUntil(() => third.shadowRoot!.querySelector('.resume'), 'no resume prompt');
    button(third, /Start over/).click();
    await third.updateComplete;
    expect(third.shadowRoot!.querySelector('.resume')).to.equal(null);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(shadowText(third, '.elapsed')).to.equal('0:00');
  });
});

describe('<hm-episode-player> several on one page', () => {
  it('starting one pauses the other, unless it opts out with allow-overlap', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <hm-episode-player id="a" feed=${FEED} guid=${AUDIO}></hm-episode-player>
        <hm-episode-player id="b" src=${MEDIA('episode.opus')} episode-title="Opus"></hm-episode-player>
        <hm-episode-player
          id="c"
          allow-overlap
          src=${MEDIA('episode.mp3')}
          episode-title="Alongside"
        ></hm-episode-player>
      </div>`,
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => wrap.querySelector<HmEpisodePlayer>(`#${id}`)!);
    players.push(a!, b!, c!);
    for (const p of [a!, b!, c!]) await ready(p);
    await playMuted(a!);
    await playMuted(b!);
    await waitUntil(() => media(a!).paused, 'the first player kept playing');
    await playMuted(c!);
    expect(media(b!).paused).to.equal(false);
    expect(media(c!).paused).to.equal(false);
  });
});

describe('<hm-episode-player> Media Session', () => {
  it('gives the system the title, show, artwork, current chapter and playing state', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    await waitUntil(() => shadowAll(el, '.chapter').length === 4);
    await playMuted(el);
    if (!('mediaSession' in navigator)) {
      // This engine has no Media Session: playing must simply work without it.
      expect(media(el).paused).to.equal(false);
      return;
    }
    const session = navigator.mediaSession;
    await waitUntil(
      () => session.metadata?.title.includes('What a secure bond is'),
      'no chapter in the metadata',
    );
    expect(session.metadata!.title).to.contain('Good enough is enough');
    expect(session.metadata!.artist).to.contain('Held in Mind');
    expect(session.metadata!.artwork[0]?.src).to.equal(MEDIA('artwork.png'));
    expect(session.playbackState).to.equal('playing');
    el.seek(70);
    await waitUntil(
      () => session.metadata?.title.includes('Repair after a hard moment'),
      'chapter not updated',
    );
    button(el, /Pause/).click();
    await waitUntil(() => session.playbackState === 'paused', 'playback state not updated');
  });
});

describe('<hm-episode-player> sources', () => {
  it('enhances a slotted <audio controls>: the native player until upgrade, driven afterwards', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <audio controls preload="none">
          <source src=${MEDIA('episode.opus')} type="audio/ogg; codecs=opus" />
          <source src=${MEDIA('episode.mp3')} type="audio/mpeg" />
          <track kind="captions" src=${MEDIA('transcript.vtt')} srclang="en-GB" />
        </audio>
      </div>`,
    );
    const audio = wrap.querySelector('audio')!;
    expect(audio.controls).to.equal(true);
    const el = document.createElement('hm-episode-player');
    el.setAttribute('episode-title', 'From the page');
    el.append(audio);
    wrap.append(el);
    players.push(el);
    await ready(el);
    expect(el.media).to.equal(audio);
    expect(audio.controls).to.equal(false);
    expect([MEDIA('episode.opus'), MEDIA('episode.mp3')]).to.include(audio.src);
    await playMuted(el);
    await openPanel(el, 'transcript');
    await waitUntil(() => shadowAll(el, '.cue').length === 17, 'track not used as the transcript');
    el.remove();
    expect(audio.controls).to.equal(true);
  });

  it('takes up a <video controls> the host adds after the element', async () => {
    const el = await player(html`<hm-episode-player episode-title="Added later"></hm-episode-player>`);
    await el.updateComplete;
    const video = document.createElement('video');
    video.controls = true;
    video.src = MEDIA('episode.webm');
    el.append(video);
    await waitUntil(() => el.media === video, 'the added video was not taken up');
    expect(video.controls).to.equal(false);
    expect(shadow(el, '.screen').hidden).to.equal(false);
  });

  it('plays video from attributes, with the screen shown', async () => {
    const el = await player(
      html`<hm-episode-player
        src=${MEDIA('episode.webm')}
        episode-title="The film"
        duration="130"
        chapters=${MEDIA('chapters.json')}
      ></hm-episode-player>`,
    );
    await ready(el);
    expect(media(el).localName).to.equal('video');
    expect(shadow(el, '.screen').hidden).to.equal(false);
    await playMuted(el);
    await waitUntil(() => (media(el) as HTMLVideoElement).videoWidth > 0, 'no video frames');
    await waitUntil(() => shadowAll(el, '.chapter').length === 4);
    await expect(el).to.be.accessible();
  });

  it('chooses a playable video source of the feed item by canPlayType', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED}></hm-episode-player>`);
    await ready(el);
    expect(shadowText(el, '#title')).to.equal('Good enough is enough (video)');
    expect(media(el).localName).to.equal('video');
    const chosen = media(el).src;
    expect([MEDIA('episode.mp4'), MEDIA('episode.webm')]).to.include(chosen);
    expect(media(el).canPlayType(chosen.endsWith('mp4') ? 'video/mp4' : 'video/webm')).to.not.equal('');
  });

  it('takes an episode as data, shape of parseFeed or short form', async () => {
    const el = await player(html`<hm-episode-player></hm-episode-player>`);
    el.episode = {
      src: MEDIA('episode.mp3'),
      title: 'As data',
      duration: 130,
      transcript: MEDIA('transcript.vtt'),
    };
    await ready(el);
    expect(shadowText(el, '#title')).to.equal('As data');
    expect(shadowText(el, '.total')).to.equal('2:10');
    await playMuted(el);
  });

  it('takes an episode a page script sets right after adding the element (the same task)', async () => {
    const el = document.createElement('hm-episode-player');
    document.body.append(el);
    el.episode = { src: MEDIA('episode.mp3'), title: 'Set straight away', duration: 130 };
    players.push(el);
    try {
      await ready(el);
      expect(shadowText(el, '#title')).to.equal('Set straight away');
      expect(shadowText(el, '.total')).to.equal('2:10');
    } finally {
      el.remove();
    }
  });

  it('shows --:-- when no duration is known yet', async () => {
    const el = await player(
      html`<hm-episode-player src=${MEDIA('episode.mp3')} episode-title="No length"></hm-episode-player>`,
    );
    await ready(el);
    expect(shadowText(el, '.total')).to.equal('--:--');
    await playMuted(el);
    await waitUntil(
      () => shadowText(el, '.total') === '2:09' || shadowText(el, '.total') === '2:10',
      'duration not shown',
    );
  });
});

describe('<hm-episode-player> languages', () => {
  it('offers "Listen in" for each language and keeps the position when switching', async () => {
    const el = await player(html`<hm-episode-player feed=${WELSH_FEED}></hm-episode-player>`);
    await ready(el);
    const group = shadow(el, '.versions');
    expect(shadowText(el, '.versions')).to.equal('Listen in: English Cymraeg');
    const [english, welsh] = shadowAll<HTMLButtonElement>(el, '.versions button');
    expect(english!.getAttribute('aria-pressed')).to.equal('true');
    expect(welsh!.lang).to.equal('cy');
    expect(group.getAttribute('role')).to.equal('group');
    await playMuted(el);
    el.seek(40);
    await reaches(el, 40);
    welsh!.click();
    await waitUntil(() => media(el).src === MEDIA('episode.opus'), 'source not switched');
    await waitUntil(() => !media(el).paused && media(el).currentTime >= 39, 'position not kept');
    expect(welsh!.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('has a support link from podcast:funding and sanitised show notes', async () => {
    const el = await player(html`<hm-episode-player feed=${WELSH_FEED}></hm-episode-player>`);
    await ready(el);
    const support = shadowAll<HTMLAnchorElement>(el, '.actions a').find((a) =>
      /Support the show/.test(a.textContent!),
    );
    expect(support?.href).to.equal('https://held-in-mind.example/support');
    await openPanel(el, 'notes');
    await waitForText(el, '.notes-body', 'Ends here.');
    const notes = shadow(el, '.notes-body');
    expect(notes.querySelector('script')).to.equal(null);
    expect(notes.querySelector('[onerror]')).to.equal(null);
    expect(notes.querySelector('a')!.getAttribute('href')).to.equal('https://held-in-mind.example/more');
    expect((window as { notesScriptRan?: boolean }).notesScriptRan).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  for (const [locale, dir, play, transcriptLang] of [
    ['cy', 'ltr', 'Chwarae', 'cy'],
    ['ar', 'rtl', 'تشغيل', 'en-GB'],
  ] as const) {
    it(`speaks ${locale}: strings, direction, left-to-right controls, the matching transcript`, async () => {
      await localization.setLocale(locale);
      try {
        const el = await player(html`<hm-episode-player feed=${WELSH_FEED}></hm-episode-player>`);
        await ready(el);
        const section = shadow(el, '.player');
        expect(section.getAttribute('lang')).to.equal(locale);
        expect(section.getAttribute('dir')).to.equal(dir);
        expect(shadow(el, '.controls').getAttribute('dir')).to.equal('ltr');
        expect(shadowText(el, '.play')).to.equal(play);
        // The feed's own words keep the feed's language.
        expect(shadow(el, '.titles').getAttribute('lang')).to.equal('en-GB');
        await expect(el).to.be.accessible();
        await openPanel(el, 'transcript');
        await waitUntil(() => shadowAll(el, '.cue').length > 0, 'no transcript');
        expect(shadow(el, '.cues').getAttribute('lang')).to.equal(transcriptLang);
        await playMuted(el);
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        await localization.setLocale('en-GB');
      }
    });
  }
});

describe('<hm-episode-player> problems, in plain words', () => {
  const problem = (el: HmEpisodePlayer) => shadowText(el, '[part="error"]');

  it('in Arabic and Welsh, with the advice in the same language', async () => {
    for (const [locale, words] of [
      ['ar', 'لمالك الموقع:'],
      ['cy', 'I berchennog y wefan:'],
    ] as const) {
      await localization.setLocale(locale);
      try {
        const el = await player(
          html`<hm-episode-player feed=${FEED} guid="no-such-episode"></hm-episode-player>`,
        );
        await waitForText(el, '[part="error"]', words);
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        await localization.setLocale('en-GB');
      }
    }
  });

  it('a feed on a server without CORS', async () => {
    const el = await player(
      html`<hm-episode-player feed=${fixtureUrl('/no-cors/podcast/player/welsh.xml')}></hm-episode-player>`,
    );
    await waitForText(el, '[part="error"]', 'The podcast could not be loaded.');
    expect(problem(el)).to.contain('does not allow it to be shown here');
    expect(problem(el)).to.contain(
      'For the website owner: Ask the feed’s host to allow other websites to read it (CORS)',
    );
    await expect(el).to.be.accessible();
  });

  it('a feed that is not there (404), and one that cannot be reached', async () => {
    const el = await player(html`<hm-episode-player feed=${fixtureUrl('/status/404')}></hm-episode-player>`);
    await waitForText(el, '[part="error"]', 'could not be found at its address');
    expect(problem(el)).to.contain('Check the address in the feed attribute.');
    const closed = await player(html`<hm-episode-player feed=${closedUrl()}></hm-episode-player>`);
    await waitForText(closed, '[part="error"]', 'The podcast could not be loaded.');
  });

  it('a page that is not a feed, and an episode that is not in the feed', async () => {
    const el = await player(html`<hm-episode-player feed=${fixtureUrl('/html')}></hm-episode-player>`);
    await waitForText(el, '[part="error"]', 'not in a form this widget can read');
    expect(problem(el)).to.contain('podcast RSS or Atom feed');
    const missing = await player(
      html`<hm-episode-player feed=${FEED} guid="no-such-episode"></hm-episode-player>`,
    );
    await waitForText(missing, '[part="error"]', 'This episode is not in the podcast’s feed.');
    await expect(missing).to.be.accessible();
  });

  it('a media file that is not there', async () => {
    const el = await player(
      html`<hm-episode-player src=${MEDIA('missing.mp3')} episode-title="Missing"></hm-episode-player>`,
    );
    await ready(el);
    media(el).muted = true;
    button(el, /^\s*Play/).click();
    await waitForText(el, '[part="error"]', 'could not be found');
    expect(problem(el)).to.contain('Check the address of the media file.');
    expect(button(el, /^\s*Play/).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a file the browser cannot play', async () => {
    const el = await player(
      html`<hm-episode-player src=${MEDIA('chapters.json')} episode-title="Not media"></hm-episode-player>`,
    );
    await ready(el);
    media(el).muted = true;
    button(el, /^\s*Play/).click();
    await waitForText(el, '[part="error"]', 'This browser cannot play the episode’s file format.');
    expect(problem(el)).to.contain('MP3');
  });

  it('a media server without range requests: it plays, with a warning that seeking may fail', async () => {
    const el = await player(
      html`<hm-episode-player
        src=${fixtureUrl('/media-norange/episode.mp3')}
        episode-title="No ranges"
      ></hm-episode-player>`,
    );
    await ready(el);
    await playMuted(el);
    await waitForText(el, '[part="error"]', 'Jumping to a point in this episode may not work');
    expect(problem(el)).to.contain('byte-range requests');
    await expect(el).to.be.accessible();
  });

  it('a transcript on a server without CORS: the episode still plays', async () => {
    const el = await player(
      html`<hm-episode-player
        src=${MEDIA('episode.mp3')}
        episode-title="No transcript"
        transcript=${fixtureUrl('/no-cors/podcast/player/cy.vtt')}
      ></hm-episode-player>`,
    );
    await ready(el);
    await openPanel(el, 'transcript');
    await waitForText(el, '[part="transcript"] [part="error"]', 'The transcript could not be loaded.');
    expect(shadowText(el, '[part="transcript"]')).to.contain('(CORS)');
    await playMuted(el);
    await expect(el).to.be.accessible();
  });
});

describe('<hm-episode-player> keyboard shortcuts', () => {
  it('work only while focus is inside the player and are listed in a dialog', async () => {
    const el = await player(html`<hm-episode-player feed=${FEED} guid=${AUDIO}></hm-episode-player>`);
    await ready(el);
    media(el).muted = true;
    // Outside the player, K does nothing.
    document.body.focus();
    await sendKeys({ press: 'k' });
    expect(media(el).paused).to.equal(true);
    button(el, /Mute/).focus();
    await sendKeys({ press: 'k' });
    await waitUntil(() => !media(el).paused && media(el).currentTime > 0, 'K did not play');
    await sendKeys({ press: 'l' });
    await waitUntil(() => media(el).currentTime >= 29, 'L did not skip forward');
    await sendKeys({ press: 'k' });
    await waitUntil(() => media(el).paused, 'K did not pause');
    button(el, /Keyboard shortcuts/).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.shadowRoot!.querySelector<HTMLDialogElement>('#help')?.open,
      'help did not open',
    );
    const dialog = shadow<HTMLDialogElement>(el, '#help');
    expect(shadowText(el, '#help')).to.contain('Play or pause');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the help');
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('Keyboard shortcuts');
  });
});
