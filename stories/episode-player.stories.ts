import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/episode-player/hm-episode-player.js';
import type { HmEpisodePlayer } from '../src/components/episode-player/episode-player.js';
import { inShadow, until } from './play-helpers.js';

// The demo episode (demo/media, served by Storybook at /media).
const FEED = 'media/feed.xml';

interface Args {
  feed: string;
  guid: string;
  src: string;
  'episode-title': string;
  transcript: string;
  chapters: string;
  resume: boolean;
  'skip-back': number;
  'skip-forward': number;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Elements/Episode player',
  component: 'hm-episode-player',
  args: {
    feed: FEED,
    guid: 'held-in-mind-demo-episode-1',
    src: '',
    'episode-title': '',
    transcript: '',
    chapters: '',
    resume: false,
    'skip-back': 15,
    'skip-forward': 30,
    'heading-level': 2,
  },
  render: (args) => html`
    <hm-episode-player
      feed=${args.feed || nothing}
      guid=${args.guid || nothing}
      src=${args.src || nothing}
      episode-title=${args['episode-title'] || nothing}
      transcript=${args.transcript || nothing}
      chapters=${args.chapters || nothing}
      ?resume=${args.resume}
      skip-back=${args['skip-back']}
      skip-forward=${args['skip-forward']}
      heading-level=${args['heading-level']}
    ></hm-episode-player>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The audio episode from a Podcasting 2.0 feed: chapters, transcript, show notes. */
export const AudioFromFeed: Story = {};

/** The same episode as a short film. */
export const VideoFromFeed: Story = { args: { guid: 'held-in-mind-demo-episode-1-video' } };

/** No feed: the media, title, transcript and chapters given as attributes. */
export const FromAttributes: Story = {
  args: {
    feed: '',
    guid: '',
    src: 'media/episode.mp3',
    'episode-title': 'Good enough is enough',
    transcript: 'media/transcript.vtt',
    chapters: 'media/chapters.json',
  },
};

/** A native `<audio controls>` inside: the player before the script loads and without it. */
export const NativeFallback: Story = {
  render: () => html`
    <hm-episode-player episode-title="Good enough is enough">
      <audio controls preload="none" src="media/episode.mp3">
        <track kind="captions" src="media/transcript.vtt" srclang="en-GB" label="English" />
      </audio>
    </hm-episode-player>
  `,
};

/** Narrow container: the compact layout. */
export const Compact: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px">
      <hm-episode-player feed=${FEED} guid="held-in-mind-demo-episode-1"></hm-episode-player>
    </div>`,
};

/** Remembers the position on this device and offers to resume (only with `resume`). */
export const WithResume: Story = { args: { resume: true } };

/** An episode that is not in the feed: the problem in plain words. */
export const EpisodeMissing: Story = { args: { guid: 'not-in-the-feed' } };

const player = (canvas: HTMLElement) => canvas.querySelector('hm-episode-player') as HmEpisodePlayer;

/** Playing (muted, as browsers allow without a click): the time moves and the button says Pause. */
export const Playing: Story = {
  play: async ({ canvasElement }) => {
    const el = player(canvasElement);
    const play = await inShadow<HTMLButtonElement>(el, '.play', 15000);
    await until(() => el.media, 'the media element');
    el.media!.muted = true;
    play.click();
    await until(() => el.media && !el.media.paused && el.media.currentTime > 0, 'playback', 15000);
  },
};

/** The transcript open and searched: matches marked, counted and announced. */
export const TranscriptSearch: Story = {
  play: async ({ canvasElement }) => {
    const el = player(canvasElement);
    const panel = await inShadow<HTMLDetailsElement>(el, '[part="transcript"]', 15000);
    if (!panel.open) panel.querySelector('summary')!.click();
    await until(() => el.shadowRoot!.querySelectorAll('.cue').length > 0, 'the transcript');
    const search = await inShadow<HTMLInputElement>(el, '#search');
    search.value = 'baby';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => el.shadowRoot!.querySelector('mark'), 'a marked match');
  },
};

/** A feed that is not there: the problem in plain words, and what the website owner can do. */
export const FeedError: Story = { args: { feed: 'media/missing-feed.xml', guid: '' } };
