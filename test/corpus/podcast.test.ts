// Real-world podcast files from ../shared/corpus/podcast/ (see its README), served read-only at
// /corpus/ by web-test-runner.corpus.config.mjs. Each either reads, with the episodes, cues and
// chapters it holds, or fails with a specific HeldInMindError. Run with `npm run test:corpus`.
import { expect } from '@open-wc/testing';
import { parseChapters } from '../../src/data/podcast/chapters.js';
import { parseFeed } from '../../src/data/podcast/feed.js';
import type { PodcastFeed } from '../../src/data/podcast/feed-types.js';
import { parseTranscript } from '../../src/data/podcast/transcript.js';
import { failure } from '../helpers.js';

async function corpus(name: string): Promise<Response> {
  const response = await fetch(`/corpus/podcast/${name}`);
  if (!response.ok) throw new Error(`corpus file ${name}: HTTP ${response.status}`);
  return response;
}
const text = async (name: string) => (await corpus(name)).text();
/** Feeds are read from bytes, as fetchFeed reads them, so their declared encodings count. */
const feed = async (name: string): Promise<PodcastFeed> =>
  parseFeed(new Uint8Array(await (await corpus(name)).arrayBuffer()));

describe('corpus: Podcasting 2.0 namespace examples', () => {
  it('pc20-example.xml: the show and its three episodes with every Podcasting 2.0 tag', async () => {
    const show = await feed('pc20-example.xml');
    expect(show.title).to.equal('Podcasting 2.0 Namespace Example');
    expect(show.language).to.equal('en-US');
    expect(show.podcastGuid).to.equal('y0ur-gu1d-g035-h3r3');
    expect(show.image).to.equal('https://example.com/images/pci_avatar-massive.jpg');
    expect(show.images.map((i) => i.purpose)).to.deep.equal(['artwork', 'social', 'icon', 'banner']);
    expect(show.funding).to.deep.equal([{ url: 'https://example.com/donate', title: 'Support the show!' }]);
    expect(show.explicit).to.equal(false);
    expect(show.warnings).to.deep.equal([]);
    // The live item is not an episode.
    expect(show.episodes.map((e) => e.title)).to.deep.equal([
      'Episode 3 - The Future',
      'Episode 2 - The Present',
      'Episode 1 - The Past',
    ]);
    const [third, second, first] = show.episodes;
    expect(third!.id).to.equal('https://example.com/ep0003');
    expect(third!.published!.toISOString()).to.equal('2020-10-09T04:30:38.000Z');
    expect(third!.description).to.equal(
      '<p>A look into the future of podcasting and how we get to Podcasting 2.0!</p>',
    );
    expect(third!.enclosure).to.deep.equal({
      url: 'https://example.com/file-03.mp3',
      type: 'audio/mpeg',
      length: 43200000,
    });
    expect([third!.season, third!.seasonName, third!.episode]).to.deep.equal([1, 'Podcasting 2.0', 3]);
    expect(third!.image).to.equal('https://example.com/ep0003/artMd.jpg');
    expect(third!.images).to.have.length(2);
    expect(third!.chaptersLink).to.deep.equal({
      url: 'https://example.com/ep3_chapters.json',
      type: 'application/json',
    });
    expect(third!.soundbites).to.deep.equal([{ start: 33.833, duration: 60, title: undefined }]);
    expect(third!.transcripts).to.deep.equal([
      {
        url: 'https://example.com/ep3/transcript.txt',
        type: 'text/plain',
        language: undefined,
        rel: undefined,
      },
      {
        url: 'https://example.com/episode1/transcript.vtt',
        type: 'text/vtt',
        language: 'es',
        rel: 'captions',
      },
    ]);
    expect(third!.persons.map((p) => [p.name, p.role, p.group])).to.deep.equal([
      ['Adam Curry', 'host', 'cast'],
      ['Dave Jones', 'guest', 'cast'],
      ['Becky Smith', 'cover art designer', 'visuals'],
    ]);
    // Five alternate enclosures; the ipfs: sources are dropped, the https: ones kept.
    expect(
      third!.alternateEnclosures.map((a) => [a.type, a.title, a.sources.length, a.default]),
    ).to.deep.equal([
      ['audio/mpeg', 'Standard', 1, true],
      ['audio/opus', 'High quality', 1, false],
      ['audio/aac', 'High quality AAC', 1, false],
      ['audio/opus', 'Low bandwidth', 1, false],
      ['video/mp4', 'Video version', 1, false],
    ]);
    expect(third!.alternateEnclosures[4]).to.include({ bitrate: 511276.52, height: 720 });
    expect(second!.alternateEnclosures).to.have.length(4);
    expect(first!.enclosure!.length).to.equal(43111403);
    expect(first!.soundbites[0]!.start).to.equal(29.32);
    for (const episode of show.episodes) expect(episode.warnings).to.deep.equal([]);
  });

  it('pc20-podcast-example.xml is a tag sampler, not a feed: refused as such, its tags read when wrapped', async () => {
    const sampler = await text('pc20-podcast-example.xml');
    const error = await failure(parseFeed(sampler));
    expect(error.code).to.equal('unsupported-format');
    expect(error.message).to.include('<test-wrapper>');
    const inner = sampler.replace(/^[\s\S]*?<test-wrapper[^>]*>/, '').replace(/<\/test-wrapper>[\s\S]*$/, '');
    const wrapped = await parseFeed(
      `<rss xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Sampler</title>${inner}<item><title>Sampler item</title>${inner}</item></channel></rss>`,
    );
    expect(wrapped.funding).to.deep.equal([{ url: 'https://example.com/donate', title: 'Support the show' }]);
    expect(wrapped.persons).to.have.length(7);
    const [item] = wrapped.episodes;
    expect([item!.episode, item!.season, item!.seasonName]).to.deep.equal([1, 1, 'Podcasting 2.0']);
    expect(item!.chaptersLink!.url).to.equal('https://example.com/ep1_chapters.json');
    expect(item!.soundbites.map((s) => [s.start, s.duration])).to.deep.equal([
      [29.32, 34],
      [33.833, 60],
      [45.4, 56],
    ]);
    expect(item!.transcripts.map((t) => t.url)).to.deep.equal([
      'https://example.com/ep1/transcript.txt',
      'https://example.com/ep2/transcript.txt',
      'https://example.com/ep3/transcript.txt',
    ]);
    expect(item!.persons.filter((p) => p.role === 'guest').map((p) => p.href)).to.deep.equal([
      'https://example.com/blog/daveajones/',
      'https://github.com/daveajones/',
      'https://www.imdb.com/name/nm0427852888/',
    ]);
  });

  it('pc20-transcripts_example.vtt: 7 cues, two speakers', async () => {
    const { cues, warnings } = parseTranscript(await text('pc20-transcripts_example.vtt'), 'text/vtt');
    expect(cues).to.have.length(7);
    expect(cues[0]).to.deep.equal({
      start: 0,
      end: 2.76,
      speaker: 'Sarah',
      text: "In today's episode, you'll learn whether or not you",
    });
    expect(cues[2]!.text).to.equal('include in one? Welcome to Podcasting Q&A, where you learn');
    expect(cues[6]).to.deep.equal({
      start: 21.45,
      end: 25.35,
      speaker: 'Gillian',
      text: 'careers podcast. My question is, do we need a podcast trailer?',
    });
    expect(new Set(cues.map((c) => c.speaker))).to.deep.equal(new Set(['Sarah', 'Gillian']));
    expect(warnings).to.deep.equal([]);
  });

  it('pc20-transcripts_example.srt: 222 cues, speakers carried until the next name', async () => {
    const { cues, warnings } = parseTranscript(
      await text('pc20-transcripts_example.srt'),
      'application/x-subrip',
    );
    expect(cues).to.have.length(222);
    expect(cues[0]).to.deep.equal({
      start: 0.179,
      end: 2.399,
      speaker: 'Travis',
      text: "When you first get started in podcasting, it's",
    });
    expect(cues[221]).to.deep.equal({
      start: 752.671,
      end: 754.769,
      speaker: 'Travis',
      text: 'best thing to do is to batch your episodes.',
    });
    // Ten speaker turns, as the file names them (Travis 5, Sarah 2, Gilon 3).
    const turns = cues.filter((c, i) => i === 0 || c.speaker !== cues[i - 1]!.speaker).map((c) => c.speaker);
    expect(turns).to.have.length(10);
    expect(turns.filter((s) => s === 'Travis')).to.have.length(5);
    expect(warnings).to.deep.equal([]);
  });

  it('pc20-transcripts_example.json: word segments merged into two cues', async () => {
    const { cues } = parseTranscript(await text('pc20-transcripts_example.json'), 'application/json');
    expect(cues).to.deep.equal([
      { start: 0.5, end: 2.5, speaker: 'Darth Vader', text: 'I am your father.' },
      { start: 2.75, end: 3, speaker: 'Luke', text: 'Nooooo' },
    ]);
  });

  it('pc20-transcripts_example.html: ten paragraphs with speakers and start times', async () => {
    const { cues, warnings } = parseTranscript(await text('pc20-transcripts_example.html'), 'text/html');
    expect(cues).to.have.length(10);
    expect([cues[0]!.start, cues[0]!.end, cues[0]!.speaker]).to.deep.equal([0, 53, 'Travis']);
    expect(cues[0]!.text).to.match(/^When you first get started in podcasting, it's almost guaranteed/);
    expect([cues[1]!.start, cues[1]!.speaker]).to.deep.equal([53, 'Sarah']);
    expect([cues[9]!.start, cues[9]!.speaker]).to.deep.equal([691, 'Travis']);
    expect(cues[9]!.end).to.be.greaterThan(691);
    expect(new Set(cues.map((c) => c.speaker))).to.deep.equal(new Set(['Travis', 'Sarah', 'Gilon']));
    expect(warnings).to.deep.equal([]);
  });

  it('pc20-chapters_example.json: nine chapters, ends from the next start', async () => {
    const { chapters, warnings } = parseChapters(
      await text('pc20-chapters_example.json'),
      'application/json+chapters',
    );
    expect(chapters.map((c) => c.start)).to.deep.equal([0, 168, 260, 410, 3990, 4600, 5510, 5854, 6089]);
    expect(chapters[3]).to.deep.include({
      title: 'Namespace',
      end: 3990,
      img: 'https://example.com/images/namepsace_example.jpg',
      url: 'https://github.com/Podcastindex-org/podcast-namespace',
    });
    expect(chapters[8]).to.deep.include({ title: 'Outro', end: undefined });
    expect(warnings).to.deep.equal([]);
  });

  it('pc20-chapters_exampleComplex.json: eleven chapters, one hidden with a location', async () => {
    const { chapters, warnings } = parseChapters(
      await text('pc20-chapters_exampleComplex.json'),
      'application/json+chapters',
      { duration: 6500 },
    );
    expect(chapters).to.have.length(11);
    expect(chapters.filter((c) => c.hidden)).to.deep.equal([
      {
        start: 4826,
        end: 5510,
        title: '',
        img: 'https://example.com/images/parisfrance.jpg',
        url: undefined,
        hidden: true,
        location: { name: 'Eiffel Tower, Paris', geo: 'geo:42.3417649,-70.9661596', osm: undefined },
      },
    ]);
    expect(chapters[10]).to.deep.include({ start: 6089, end: 6500, title: 'Outro' });
    expect(warnings).to.deep.equal([]);
  });
});

describe('corpus: feeds from the rss-parser package tests', () => {
  it('rssparser-content-encoded.rss: seven articles with content:encoded notes and no media', async () => {
    const show = await feed('rssparser-content-encoded.rss');
    expect(show.title).to.equal('Food in Invironment on Medium');
    expect(show.episodes).to.have.length(7);
    const [first] = show.episodes;
    expect(first!.title).to.equal('THE CREATIVE FORAGER');
    expect(first!.author).to.equal('Jeremy Puma');
    expect(first!.published!.toISOString()).to.equal('2018-04-09T18:55:38.000Z');
    expect(first!.notes.slice(0, 54)).to.equal('<h4>Using Wild Ingredients in the\u00a0Kitchen</h4><figure>');
    expect(first!.enclosure).to.equal(undefined);
    expect(first!.warnings).to.deep.equal(['No playable media (no usable enclosure)']);
  });

  it('rssparser-encoding.rss: ISO-8859-1 decoded from its declaration, forty items', async () => {
    const show = await feed('rssparser-encoding.rss');
    expect(show.title).to.equal('Jornal de Notícias - Últimas Notícias');
    expect(show.description).to.equal('JN. Rede de Informação.');
    expect(show.episodes).to.have.length(40);
    expect(show.episodes[0]!.title).to.equal('Mãe de utente é a nova presidente da Raríssimas');
    expect(show.episodes[0]!.published!.toISOString()).to.equal('2018-01-03T13:47:00.000Z');
  });

  it('rssparser-item-itunes-episodeType.rss: a trailer with its itunes fields', async () => {
    const show = await feed('rssparser-item-itunes-episodeType.rss');
    expect(show.title).to.equal('Baywatch Berlin');
    expect(show.language).to.equal('de');
    const [trailer] = show.episodes;
    expect(trailer).to.deep.include({
      title: 'Trailer',
      episodeType: 'trailer',
      episode: 1,
      duration: 114,
      explicit: false,
      author: 'Klaas Heufer-Umlauf, Thomas Schmitt und Jakob Lundt',
    });
    expect(trailer!.enclosure!.type).to.equal('audio/mpeg');
    expect(trailer!.published!.toISOString()).to.equal('2019-11-18T19:14:32.000Z');
  });

  for (const name of ['rssparser-itunes-category.rss', 'rssparser-itunes-keywords.rss']) {
    it(`${name}: one Taverncast episode with a broken itunes:image mended`, async () => {
      const show = await feed(name);
      expect(show.title).to.equal('Taverncast - Happy Hour in Your Head - Since 2005');
      expect(show.image).to.equal('http://www.taverncast.com/itunes-logo.png');
      expect(show.episodes).to.have.length(1);
      expect(show.episodes[0]).to.deep.include({ title: 'Taverncast 62 - Temporal Anomaly', duration: 4190 });
      expect(show.episodes[0]!.enclosure!.url).to.equal(
        'http://www.podtrac.com/pts/redirect.mp3?http://www.taverncast.com/shows/taverncast-62.mp3',
      );
    });
  }

  it('rssparser-itunes-missing-image.rss: a blank line before <?xml, 131 episodes with media', async () => {
    const show = await feed('rssparser-itunes-missing-image.rss');
    expect(show.episodes).to.have.length(131);
    // "audio/mp3" and "x-audio/mp3" are named as browsers know them; "00:60:05" is an hour.
    expect(show.episodes[127]!.duration).to.equal(3605);
    expect(show.episodes.every((e) => e.enclosure?.type === 'audio/mpeg')).to.equal(true);
    expect(show.episodes.every((e) => e.duration !== undefined)).to.equal(true);
    expect(show.image).to.equal('http://www.taverncast.com/itunes-logo.png');
  });

  it('rssparser-itunes-href.rss: a news feed of ten items, titles with typographic quotes', async () => {
    const show = await feed('rssparser-itunes-href.rss');
    expect(show.title).to.equal('Transfermarkt');
    expect(show.episodes).to.have.length(10);
    expect(show.episodes[0]!.title).to.equal(
      'Manager bewertet Transfers | Eberl lobt BVB für Pulisic-Deal – Hudson-Odoi kostet „fast so viel wie mein Kader“',
    );
    expect(show.episodes[0]!.published!.toISOString()).to.equal('2019-01-07T16:19:19.000Z');
  });

  it('rssparser-narro.rss: one spoken article', async () => {
    const show = await feed('rssparser-narro.rss');
    expect(show.title).to.equal('foobar on Narro');
    expect(show.image).to.equal('https://www.narro.co/images/narro-icon-lg.png');
    expect(show.episodes).to.have.length(1);
    expect(show.episodes[0]).to.deep.include({ title: 'FAQ for Narro', duration: 74 });
  });
});
