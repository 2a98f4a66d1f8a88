import { expect } from '@open-wc/testing';
import { fetchFeed } from '../src/data/podcast/fetch-feed.js';
import { parseTranscript } from '../src/data/podcast/transcript.js';
import { parseChapters } from '../src/data/podcast/chapters.js';
import { fetchText } from '../src/core/fetch.js';
import { fixtureUrl } from './helpers.js';

/**
 * The demo episode (demo/media/, made by scripts/demo-episode/make.mjs with espeak-ng, sox and
 * ffmpeg) read by our own parsers and played by each engine's media stack, served over real HTTP
 * with range requests. The player's tests build on this.
 */
describe('demo episode (demo/media)', () => {
  it('is a Podcasting 2.0 feed our parser reads: audio and video items with transcript and chapters', async () => {
    const feed = await fetchFeed(fixtureUrl('/media/feed.xml'));
    expect(feed.warnings).to.deep.equal([]);
    expect(feed.episodes.map((e) => e.enclosure?.type)).to.deep.equal(['audio/mpeg', 'video/mp4']);
    const [audio] = feed.episodes;
    expect(audio!.enclosure!.url).to.equal(fixtureUrl('/media/episode.mp3'));
    expect(audio!.duration).to.be.within(120, 240);
    expect(audio!.alternateEnclosures[0]!.sources).to.deep.equal([fixtureUrl('/media/episode.opus')]);
    expect(audio!.transcripts[0]!.url).to.equal(fixtureUrl('/media/transcript.vtt'));
    expect(audio!.chaptersLink?.url).to.equal(fixtureUrl('/media/chapters.json'));
  });

  it('has a transcript and chapters that fit the audio', async () => {
    const { text: vtt } = await fetchText(fixtureUrl('/media/transcript.vtt'));
    const { cues, warnings } = parseTranscript(vtt, 'text/vtt');
    expect(warnings).to.deep.equal([]);
    expect(cues.length).to.be.at.least(15);
    expect(cues.every((c) => c.speaker === 'Narrator')).to.equal(true);
    const { text: json } = await fetchText(fixtureUrl('/media/chapters.json'));
    const { chapters } = parseChapters(json, 'application/json+chapters');
    expect(chapters.map((c) => c.title)).to.deep.equal([
      'What a secure bond is',
      'Signs to look out for',
      'Repair after a hard moment',
      'You do not have to do it alone',
    ]);
    const audio = new Audio();
    audio.preload = 'metadata';
    audio.src = fixtureUrl('/media/episode.mp3');
    await new Promise((resolve, reject) => {
      audio.addEventListener('loadedmetadata', resolve, { once: true });
      audio.addEventListener('error', () => reject(new Error(`cannot load the MP3: ${audio.error?.code}`)), {
        once: true,
      });
    });
    // Every cue and chapter lies inside the real audio.
    expect(cues.at(-1)!.end).to.be.below(audio.duration);
    expect(chapters.at(-1)!.start).to.be.below(audio.duration);
  });

  /** Loads, seeks to 1:00 and plays a file muted; false when the engine cannot play the type. */
  async function playAndSeek(file: string, type: string): Promise<boolean> {
    const media = document.createElement(type.startsWith('video') ? 'video' : 'audio');
    if (!media.canPlayType(type)) return false;
    media.muted = true;
    media.preload = 'auto';
    media.src = fixtureUrl(`/media/${file}`);
    document.body.append(media);
    try {
      const loaded = await new Promise<boolean>((resolve, reject) => {
        media.addEventListener('loadedmetadata', () => resolve(true), { once: true });
        media.addEventListener(
          'error',
          () =>
            // "maybe" from canPlayType, then no decoder (Firefox ESR for H.264 without
            // libavcodec installed): the engine cannot play this type after all.
            media.error?.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED
              ? resolve(false)
              : reject(new Error(`cannot load ${file}: ${media.error?.code}`)),
          { once: true },
        );
      });
      if (!loaded) return false;
      expect(media.duration, file).to.be.within(120, 240);
      media.currentTime = 60;
      await new Promise((resolve) => media.addEventListener('seeked', resolve, { once: true }));
      expect(media.currentTime, file).to.be.closeTo(60, 1);
      await media.play();
      await new Promise((resolve) => media.addEventListener('timeupdate', resolve, { once: true }));
      expect(media.paused, file).to.equal(false);
      media.pause();
      return true;
    } finally {
      media.remove();
    }
  }

  it('plays and seeks the MP3 (range requests) in this engine', async () => {
    expect(await playAndSeek('episode.mp3', 'audio/mpeg')).to.equal(true);
  });

  it('plays and seeks at least one of the two video formats in this engine', async () => {
    const played = [
      await playAndSeek('episode.mp4', 'video/mp4'),
      await playAndSeek('episode.webm', 'video/webm'),
    ];
    expect(played).to.include(true);
  });
});
