import { expect } from '@open-wc/testing';
import { normalizeChapters, parseChapters } from '../../../src/data/podcast/chapters.js';
import { thrown } from '../../helpers.js';
import { fixtureText } from './fixtures.js';

describe('parseChapters: Podcasting 2.0 JSON', () => {
  it('sorts, completes and drops broken chapters with warnings', async () => {
    const { chapters, warnings } = parseChapters(
      await fixtureText('chapters.json'),
      'application/json+chapters',
      {
        duration: 3000,
        baseUrl: 'https://podcast.example/chapters/3.json',
      },
    );
    expect(chapters.map((c) => [c.start, c.end, c.title, c.hidden])).to.deep.equal([
      [0, 90, 'Welcome', false],
      [90, 150.5, 'Out of order', false],
      [150.5, 300, 'What repair looks like', false],
      [400, 600, 'Hidden location', true],
      [600, 3000, 'Bad links', false],
    ]);
    expect(chapters[0]!.img).to.equal('https://podcast.example/art/ch1.jpg');
    expect(chapters[2]!.url).to.equal('https://podcast.example/repair');
    expect(chapters[3]!.location).to.deep.equal({
      name: 'Cardiff Bay',
      geo: 'geo:51.46,-3.16',
      osm: undefined,
    });
    expect([chapters[4]!.img, chapters[4]!.url]).to.deep.equal([undefined, undefined]);
    expect(warnings).to.deep.equal([
      'Chapter 5 ("Negative") dropped: its start time -5 is not a time',
      'Chapter 6 ("Not a number") dropped: its start time "soon" is not a time',
      'Chapter 7 ("Null") dropped: its start time null is not a time',
      'Chapter 8 ("No start") dropped: its start time undefined is not a time',
      'Chapter 10 ("Bad links"): image address ignored',
      'Chapter 10 ("Bad links"): link ignored',
      'Chapter 11 ("After the end") dropped: it starts after the episode ends',
      'Chapter 4 ("Same start as another") dropped: it starts at the same time as "Out of order"',
    ]);
  });

  it('without a duration, keeps late chapters and leaves the last end open', async () => {
    const { chapters } = parseChapters(await fixtureText('chapters.json'), 'application/json');
    expect(chapters.at(-1)).to.include({ start: 5000, title: 'After the end', end: undefined });
  });

  it('refuses broken JSON and JSON without chapters', () => {
    expect(thrown(() => parseChapters('{', 'application/json+chapters')).code).to.equal('parse');
    expect(thrown(() => parseChapters('{"segments": []}', 'application/json')).code).to.equal('invalid');
    expect(thrown(() => parseChapters('chapters', 'text/rtf')).code).to.equal('unsupported-format');
  });
});

describe('parseChapters: Podlove Simple Chapters and WebVTT', () => {
  it('reads a PSC file (normal play time)', async () => {
    const { chapters, warnings } = parseChapters(
      await fixtureText('chapters-psc.xml'),
      'application/psc+xml',
    );
    expect(chapters.map((c) => [c.start, c.end, c.title])).to.deep.equal([
      [0, 150.5, 'Welcome'],
      [150.5, 600, 'What repair looks like'],
      [600, 3600, 'Your questions'],
      [3600, undefined, 'One hour'],
    ]);
    expect(chapters[1]!.img).to.equal('https://podcast.example/art/ch2.jpg');
    expect(warnings).to.deep.equal([]);
    expect(thrown(() => parseChapters('<?xml version="1.0"?><rss/>', 'psc')).code).to.equal(
      'unsupported-format',
    );
  });

  it('reads a WebVTT chapters track', async () => {
    const { chapters } = parseChapters(await fixtureText('chapters.vtt'), 'text/vtt');
    expect(chapters.map((c) => [c.start, c.end, c.title])).to.deep.equal([
      [0, 150.5, 'Welcome'],
      [150.5, 600, 'What repair & reconnection look like'],
      [600, 1200, 'Your questions'],
    ]);
  });

  it('normalizeChapters caps an end at the episode and takes numeric strings', () => {
    const { chapters } = normalizeChapters(
      [
        { start: '10', end: 500, title: 'Late end' },
        { start: 0, end: 5, title: 'Own end' },
      ],
      { duration: 100 },
    );
    expect(chapters.map((c) => [c.start, c.end])).to.deep.equal([
      [0, 5],
      [10, 100],
    ]);
  });
});
