import { expect } from '@open-wc/testing';
import { chooseEpisode } from '../../../src/data/podcast/choose-episode.js';
import { parseFeed } from '../../../src/data/podcast/feed.js';
import type { Episode, PodcastFeed } from '../../../src/data/podcast/feed-types.js';
import { failure } from '../../helpers.js';
import { fixtureText } from './fixtures.js';

const byTitle = (feed: PodcastFeed, title: string): Episode => {
  const episode = feed.episodes.find((e) => e.title === title);
  if (!episode) throw new Error(`no episode "${title}"`);
  return episode;
};

describe('parseFeed: RSS with itunes, Podcasting 2.0 and Podlove Simple Chapters', () => {
  let feed: PodcastFeed;
  before(async () => {
    feed = await parseFeed(await fixtureText('full.xml'));
  });

  it('reads the show', () => {
    expect(feed.format).to.equal('rss');
    expect(feed.title).to.equal('Small Moments');
    expect(feed.description).to.equal(
      '<p>Short conversations for parents and carers about the everyday moments that build a bond.</p>',
    );
    expect(feed.link).to.equal('https://podcast.example/small-moments/');
    expect(feed.language).to.equal('en-GB');
    expect(feed.author).to.equal('Family Hub Radio');
    expect(feed.image).to.equal('https://podcast.example/art/show.jpg');
    expect(feed.explicit).to.equal(false);
    expect(feed.podcastGuid).to.equal('0c9e5a7e-7b2a-5c4e-9f0a-3d1f6b2e8a11');
    expect(feed.funding).to.deep.equal([
      { url: 'https://podcast.example/support', title: 'Support the show' },
    ]);
    expect(feed.images).to.deep.equal([
      {
        url: 'https://podcast.example/art/show-1400.png',
        alt: 'A parent holding a sleeping baby',
        purpose: 'artwork',
        width: 1400,
        height: 1400,
      },
    ]);
    expect(feed.episodes.map((e) => e.id)).to.deep.equal(['sm-003', 'sm-trailer', 'sm-002']);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('reads an episode with every tag', () => {
    const episode = byTitle(feed, 'Repair after a hard moment');
    expect(episode.guid).to.equal('sm-003');
    expect(episode.link).to.equal('https://podcast.example/small-moments/3');
    expect(episode.published!.toISOString()).to.equal('2025-11-18T06:00:00.000Z');
    expect(episode.description).to.equal('<p>Why saying sorry to a baby matters.</p>');
    expect(episode.notes).to.match(/^<p>Everyone loses patience sometimes\. <strong>Repair<\/strong>/);
    expect(episode.enclosure).to.deep.equal({
      url: 'https://media.podcast.example/sm-003.mp3',
      type: 'audio/mpeg',
      length: 21000000,
    });
    expect(episode.duration).to.equal(21 * 60 + 52);
    expect(episode.image).to.equal('https://podcast.example/art/3.jpg');
    expect([episode.season, episode.seasonName, episode.episode, episode.episodeLabel]).to.deep.equal([
      1,
      'First year',
      3,
      'Three',
    ]);
    expect(episode.episodeType).to.equal('full');
    expect(episode.explicit).to.equal(false);
    expect(episode.author).to.equal('Ruth Evans');
    expect(episode.transcripts).to.deep.equal([
      {
        url: 'https://podcast.example/transcripts/3.vtt',
        type: 'text/vtt',
        language: 'en-GB',
        rel: 'captions',
      },
      // relative to the feed's own address (atom:link rel="self")
      {
        url: 'https://podcast.example/transcripts/3.json',
        type: 'application/json',
        language: undefined,
        rel: undefined,
      },
    ]);
    expect(episode.chaptersLink).to.deep.equal({
      url: 'https://podcast.example/chapters/3.json',
      type: 'application/json+chapters',
    });
    expect(episode.persons).to.deep.equal([
      {
        name: 'Amir Haddad',
        role: 'guest',
        group: 'cast',
        href: 'https://podcast.example/people/amir',
        img: 'https://podcast.example/people/amir.jpg',
      },
      { name: 'Ruth Evans', role: 'host', group: 'cast', href: undefined, img: undefined },
    ]);
    expect(episode.soundbites).to.deep.equal([{ start: 73.5, duration: 42, title: 'Sorry is a bridge' }]);
    expect(episode.alternateEnclosures).to.deep.equal([
      {
        type: 'audio/opus',
        sources: ['https://media.podcast.example/cy/sm-003.opus'],
        length: 9000000,
        bitrate: 48000,
        height: undefined,
        lang: 'cy',
        title: 'Cymraeg',
        default: false,
      },
    ]);
  });

  it('reads inline Podlove chapters, dropping broken ones with warnings', () => {
    const episode = byTitle(feed, 'Repair after a hard moment');
    expect(episode.chapters.map((c) => [c.start, c.end, c.title])).to.deep.equal([
      [0, 150.5, 'Welcome'],
      [150.5, 600, 'What repair looks like'],
      [600, 1312, 'Your questions'],
    ]);
    expect(episode.chapters[1]!.url).to.equal('https://podcast.example/repair');
    expect(episode.chapters[1]!.img).to.equal('https://podcast.example/art/ch2.jpg');
    expect(episode.warnings).to.deep.equal([
      'psc:chapters: Chapter 4 ("Broken start") dropped: its start time "soon" is not a time',
      'psc:chapters: Chapter 5 ("After the end") dropped: it starts after the episode ends',
      'podcast:soundbite ignored: it needs a startTime and a duration in seconds',
      'podcast:alternateEnclosure ignored: it needs a type and an http(s) source',
    ]);
  });

  it('falls back to the show for image, explicitness, author and people', () => {
    const trailer = byTitle(feed, 'Trailer: welcome to Small Moments');
    expect(trailer.episodeType).to.equal('trailer');
    expect(trailer.duration).to.equal(95);
    expect(trailer.image).to.equal('https://podcast.example/art/show.jpg');
    expect(trailer.explicit).to.equal(false);
    expect(trailer.author).to.equal('Family Hub Radio');
    expect(trailer.persons.map((p) => p.name)).to.deep.equal(['Ruth Evans']);
    expect(trailer.notes).to.equal('What this podcast is for.');
  });

  it('resolves a relative enclosure and guesses its type', () => {
    const episode = byTitle(feed, 'Taking a break');
    expect(episode.enclosure).to.deep.equal({
      url: 'https://podcast.example/small-moments/media/sm-002.m4a',
      type: 'audio/mp4',
      length: undefined,
    });
    expect(episode.duration).to.equal(3723.5);
  });

  it('chooses an episode by guid, by number, or the newest', () => {
    expect(chooseEpisode(feed.episodes, { guid: ' sm-002 ' })!.title).to.equal('Taking a break');
    expect(chooseEpisode(feed.episodes, { guid: 'nope' })).to.equal(undefined);
    expect(chooseEpisode(feed.episodes, { episode: 2 })!.id).to.equal('sm-002');
    expect(chooseEpisode(feed.episodes, { episode: 3, season: 1 })!.id).to.equal('sm-003');
    expect(chooseEpisode(feed.episodes, { episode: 3, season: 2 })).to.equal(undefined);
    expect(chooseEpisode(feed.episodes)!.id).to.equal('sm-003');
    expect(chooseEpisode([])).to.equal(undefined);
  });
});

describe('parseFeed: degrading instead of failing', () => {
  it('gives repeated guids and identical media distinct ids, with warnings', async () => {
    const feed = await parseFeed(await fixtureText('repeated-guids.xml'));
    expect(feed.episodes.map((e) => e.id)).to.deep.equal([
      'same',
      'same#2',
      'same#3',
      'https://media.podcast.example/d.mp3',
      'https://media.podcast.example/d.mp3#2',
      'episode-6',
    ]);
    expect(feed.episodes[1]!.warnings).to.deep.equal(['The guid "same" repeats an earlier episode\'s']);
    expect(feed.episodes[4]!.warnings).to.deep.equal([
      'No guid, and the same media or link as an earlier episode',
    ]);
    expect(feed.episodes[5]!.warnings).to.deep.equal([
      'The episode has no title',
      'No playable media (no usable enclosure)',
    ]);
    // By guid, the first of the repeats.
    expect(chooseEpisode(feed.episodes, { guid: 'same' })!.title).to.equal('A');
  });

  it('keeps episodes without usable media, and says why', async () => {
    const feed = await parseFeed(await fixtureText('missing-enclosures.xml'));
    const media = Object.fromEntries(feed.episodes.map((e) => [e.title, e.enclosure?.url ?? null]));
    expect(media).to.deep.equal({
      'No enclosure': null,
      'Script enclosure': null,
      'Empty URL': null,
      'Only alternate': null,
      'No type': 'https://media.podcast.example/m-5.M4A?token=1',
      Relative: 'https://podcast.example/media/m-6.mp3',
      'Media RSS': 'https://media.podcast.example/m-7.mp4',
      'Data URL': null,
    });
    expect(byTitle(feed, 'Script enclosure').warnings).to.deep.equal([
      'enclosure ignored: "javascript:alert(1)" is not an allowed address',
      'No playable media (no usable enclosure)',
    ]);
    expect(byTitle(feed, 'Only alternate').warnings).to.deep.equal([
      'No enclosure: only podcast:alternateEnclosure media',
    ]);
    expect(byTitle(feed, 'No type').enclosure!.type).to.equal('audio/mp4');
    expect(byTitle(feed, 'Relative').enclosure!.type).to.equal('audio/mpeg');
    expect(byTitle(feed, 'Media RSS').enclosure).to.deep.equal({
      url: 'https://media.podcast.example/m-7.mp4',
      type: 'video/mp4',
      length: 99,
    });
    // The newest playable episode, skipping those without media (none here has a date).
    expect(chooseEpisode(feed.episodes)!.title).to.equal('Only alternate');
  });

  it('reads odd durations and dates, and warns about the ones it cannot', async () => {
    const feed = await parseFeed(await fixtureText('odd-values.xml'));
    const read = feed.episodes.map((e) => [e.title, e.duration, e.published?.toISOString()]);
    expect(read).to.deep.equal([
      ['seconds', 3723, '2018-01-03T13:47:00.000Z'],
      ['mm:ss', 3723, '2018-01-03T18:47:00.000Z'],
      ['h:mm:ss', 3723, '2018-01-03T12:47:00.000Z'],
      ['fraction', 3723.5, '2018-01-03T19:47:00.000Z'],
      ['iso', 3723, '2018-01-03T00:00:00.000Z'],
      ['units', 3723, '2018-01-03T13:47:00.000Z'],
      ['minutes', 2700, '2018-01-03T13:47:00.000Z'],
      ['words', undefined, undefined],
      ['negative', undefined, undefined],
      ['minutes over 59', 8100, undefined],
      ['empty', undefined, undefined],
    ]);
    expect(byTitle(feed, 'words').warnings.slice(0, 2)).to.deep.equal([
      'Publication date "yesterday" could not be read',
      'itunes:duration "soon" is not a duration',
    ]);
    expect(byTitle(feed, 'empty').warnings).to.deep.equal(['No playable media (no usable enclosure)']);
  });

  it('uses the base URL it is given for relative links', async () => {
    const feed = await parseFeed(
      '<rss><channel><title>T</title><item><title>E</title><enclosure url="e.mp3" type="audio/mpeg"/></item></channel></rss>',
      { baseUrl: 'https://podcast.example/feeds/main.xml' },
    );
    expect(feed.episodes[0]!.enclosure!.url).to.equal('https://podcast.example/feeds/e.mp3');
    const withoutBase = await parseFeed(
      '<rss><channel><title>T</title><item><title>E</title><enclosure url="e.mp3" type="audio/mpeg"/></item></channel></rss>',
    );
    expect(withoutBase.episodes[0]!.enclosure).to.equal(undefined);
  });

  it('reads RSS 1.0, where items sit beside the channel', async () => {
    const feed = await parseFeed(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel><title>Old style</title></channel>
        <item><title>One</title><link>https://podcast.example/1</link></item>
      </rdf:RDF>`);
    expect(feed.title).to.equal('Old style');
    expect(feed.episodes.map((e) => e.link)).to.deep.equal(['https://podcast.example/1']);
  });

  it('says so when an RSS document has no channel or a feed has no episodes', async () => {
    expect((await failure(parseFeed('<rss version="2.0"><title>x</title></rss>'))).code).to.equal('parse');
    const empty = await parseFeed('<rss><channel><title>Nothing yet</title></channel></rss>');
    expect(empty.episodes).to.deep.equal([]);
    expect(empty.warnings).to.deep.equal(['The feed has no episodes']);
  });

  it('stops when asked, with `aborted`', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(parseFeed(await fixtureText('full.xml'), { signal: controller.signal }));
    expect(error.code).to.equal('aborted');
  });

  it('refuses input that is neither text nor bytes', async () => {
    expect((await failure(parseFeed(42 as unknown as string))).code).to.equal('invalid');
  });
});

describe('parseFeed: Atom', () => {
  it('reads title, entries, enclosure links and itunes tags', async () => {
    const feed = await parseFeed(await fixtureText('atom.xml'));
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Eiliadau Bach & Mawr');
    expect(feed.description).to.equal('Sgyrsiau byr i rieni.');
    expect(feed.language).to.equal('cy');
    expect(feed.link).to.equal('https://podcast.example/eiliadau/');
    expect(feed.image).to.equal('https://podcast.example/art/eiliadau.png');
    expect(feed.author).to.equal('Radio Hwb Teulu');
    const [first, second] = feed.episodes;
    expect(first!.id).to.equal('urn:uuid:5a6b0c1d-0000-4000-8000-000000000002');
    expect(first!.title).to.equal('Trwsio ar ôl eiliad anodd');
    expect(first!.published!.toISOString()).to.equal('2025-11-18T06:00:00.000Z');
    expect(first!.link).to.equal('https://podcast.example/eiliadau/1');
    expect(first!.enclosure).to.deep.equal({
      url: 'https://media.podcast.example/eiliadau-1.mp3',
      type: 'audio/mpeg',
      length: 5000000,
    });
    expect(first!.duration).to.equal(930);
    expect(first!.description).to.equal('Pam mae dweud sori yn bwysig.');
    expect(first!.notes).to.equal('<p>Mae <strong>trwsio</strong> yn bwysig.</p><p>Gwrandewch<br>eto.</p>');
    expect(first!.author).to.equal('Radio Hwb Teulu');
    expect(second!.published!.toISOString()).to.equal('2025-11-11T06:00:00.000Z');
    expect(second!.link).to.equal('https://podcast.example/eiliadau/2');
    expect(second!.enclosure!.type).to.equal('audio/ogg');
    expect(second!.notes).to.equal('<p>Cymryd <em>saib</em>.</p>');
    expect(second!.author).to.equal('Sioned');
  });
});
