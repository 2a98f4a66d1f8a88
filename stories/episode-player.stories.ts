import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/episode-player/hm-episode-player.js';

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
