import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/data/podcast/feed.js';
import { parseXml } from '../../../src/data/podcast/xml-document.js';
import { decodeXmlBytes, MAX_FEED_SIZE } from '../../../src/data/podcast/xml-guard.js';
import { childText, markupOf, textOf } from '../../../src/data/podcast/xml-query.js';
import type { XmlElement } from '../../../src/data/podcast/xml-tree.js';
import { failure, thrown } from '../../helpers.js';
import { fixtureBytes, fixtureText } from './fixtures.js';

const elementChildren = (element: XmlElement): XmlElement[] =>
  element.children.filter((node): node is XmlElement => typeof node !== 'string');

describe('podcast XML reader: hostile input is refused before parsing', () => {
  for (const [file, pattern] of [
    ['billion-laughs.xml', /declares entities/],
    ['quadratic-blowup.xml', /declares entities/],
    ['external-entity.xml', /declares entities/],
    ['external-dtd.xml', /external DTD/],
  ] as const) {
    it(`${file}: unsupported-format, nothing expanded or fetched`, async () => {
      const error = await failure(parseFeed(await fixtureText(file)));
      expect(error.code).to.equal('unsupported-format');
      expect(error.message).to.match(pattern);
    });
  }

  it('a DTD declaration inside the document is refused too', async () => {
    const error = await failure(parseFeed(await fixtureText('doctype-in-body.xml')));
    expect(error.code).to.equal('unsupported-format');
  });

  it('refuses 10,000-deep nesting with `too-large` instead of overflowing the stack', async () => {
    const error = await failure(parseFeed(await fixtureText('deep-nesting.xml')));
    expect(error.code).to.equal('too-large');
    expect(error.limit).to.equal(64);
  });

  it('refuses documents over 25 MB, as text or as bytes', async () => {
    const text = `<rss>${' '.repeat(MAX_FEED_SIZE)}</rss>`;
    expect((await failure(parseFeed(text))).code).to.equal('too-large');
    const bytes = new Uint8Array(MAX_FEED_SIZE + 1);
    const error = await failure(parseFeed(bytes));
    expect(error.code).to.equal('too-large');
    expect(error.limit).to.equal(MAX_FEED_SIZE);
  });

  it('tells web pages, JSON Feeds, JSON, other XML and empty input apart', async () => {
    const html = await failure(parseFeed(await fixtureText('not-a-feed.html')));
    expect([html.code, html.message]).to.deep.equal([
      'unsupported-format',
      'This is a web page (HTML), not a feed',
    ]);
    const jsonFeed = await failure(parseFeed(await fixtureText('json-feed.json')));
    expect(jsonFeed.code).to.equal('unsupported-format');
    expect(jsonFeed.message).to.include('JSON Feed');
    expect((await failure(parseFeed('{"items": []}'))).message).to.include('JSON');
    const sitemap = await failure(parseFeed(await fixtureText('sitemap.xml')));
    expect(sitemap.message).to.include('<urlset>');
    expect((await failure(parseFeed('<html><body>hi</body></html>'))).code).to.equal('unsupported-format');
    expect((await failure(parseFeed('   '))).code).to.equal('unsupported-format');
    expect((await failure(parseFeed('just words'))).code).to.equal('unsupported-format');
    expect((await failure(parseFeed('<?xml version="1.0"?>'))).code).to.equal('parse');
  });

  it('never runs or loads what a feed contains', async () => {
    const feed = await parseFeed(
      '<rss><channel><title>x</title><item><title><![CDATA[<img src=x onerror="window.hmPwned=1">]]></title><description><script>window.hmPwned=1</script></description></item></channel></rss>',
    );
    expect(feed.episodes[0]!.title).to.equal('<img src=x onerror="window.hmPwned=1">');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { hmPwned?: number }).hmPwned).to.equal(undefined);
  });
});

describe('podcast XML reader: tolerant of real feeds', () => {
  it('skips a BOM and whitespace before <?xml', async () => {
    const feed = await parseFeed(await fixtureBytes('bom-whitespace.xml'));
    expect(feed.title).to.equal('BOM first');
    expect(feed.episodes).to.have.length(1);
    // The same as text, where the BOM is a character.
    expect((await parseFeed(`\uFEFF \n${await fixtureText('bom-whitespace.xml')}`)).title).to.equal(
      'BOM first',
    );
  });

  it('keeps bare ampersands and decodes HTML entity names without a DTD', async () => {
    const feed = await parseFeed(await fixtureText('entities.xml'));
    expect(feed.title).to.equal('Tips & tricks for tired parents');
    expect(feed.link).to.equal('https://podcast.example/tips?a=1&b=2');
    expect(feed.description).to.equal('Café chats\u00a0— it’s fine… £0 ’’ &notanentity; AT&T & more');
    const [episode] = feed.episodes;
    expect(episode!.title).to.equal('Sleep & rest <3');
    expect(episode!.description).to.equal('In CDATA &nbsp; and & stay as they are');
    expect(episode!.enclosure!.url).to.equal('https://media.podcast.example/ep.mp3?x=1&y=2');
  });

  it('reads wrong-case and undeclared prefixes, and wrong-case names', async () => {
    const feed = await parseFeed(await fixtureText('wrong-case.xml'));
    expect(feed.title).to.equal('Case mistakes');
    expect(feed.author).to.equal('Mixed Case Media');
    const [episode] = feed.episodes;
    expect(episode!.duration).to.equal(600);
    expect(episode!.image).to.equal('https://podcast.example/art/case.jpg');
    expect(episode!.published!.toISOString()).to.equal('2025-11-18T06:00:00.000Z');
    expect(episode!.transcripts.map((t) => t.type)).to.deep.equal(['application/x-subrip']);
    expect(episode!.chapters.map((c) => c.title)).to.deep.equal(['Undeclared psc prefix', 'Still read']);
    expect(episode!.enclosure!.url).to.equal('https://media.podcast.example/case.mp3');
  });

  it('reads a truncated feed up to where it stops, with warnings', async () => {
    const feed = await parseFeed(await fixtureText('truncated.xml'));
    expect(feed.episodes.map((e) => e.title)).to.deep.equal(['First', 'Second', 'Third']);
    expect(feed.warnings.join(' ')).to.include('cut off');
    const third = feed.episodes[2]!;
    expect(third.enclosure).to.equal(undefined);
    expect(third.warnings.join(' ')).to.include('cut off inside this episode');
    expect(feed.episodes[0]!.warnings).to.deep.equal([]);
  });

  it('decodes bytes by the XML declaration, or the HTTP charset, which wins', async () => {
    const bytes = await fixtureBytes('latin1.xml');
    const feed = await parseFeed(bytes);
    expect(feed.title).to.equal('Café crèche £');
    expect(feed.episodes[0]!.title).to.equal('Mãe e bebé');
    expect(decodeXmlBytes(bytes, 'text/xml; charset=utf-8').text).to.include('\uFFFD');
    expect(
      decodeXmlBytes(new TextEncoder().encode('<a/>'), 'text/xml; charset=klingon').warnings[0],
    ).to.include('klingon');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<rss/>').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeXmlBytes(utf16).text).to.equal('<rss/>');
  });

  it('closes unclosed tags, ignores stray end tags and notes both', () => {
    const { root, warnings } = parseXml(
      '<rss><channel><title>T</title><description><p>one<br>two</p></description></stray></channel></rss>',
    );
    const channel = elementChildren(root)[0]!;
    expect(childText(channel, '', 'title')).to.equal('T');
    expect(markupOf(elementChildren(channel)[1])).to.equal('<p>one<br>two</p>');
    expect(warnings).to.deep.equal(['<br> was never closed', 'Ignored </stray> with no matching start tag']);
  });

  it('reads comments, processing instructions, CDATA, attributes without quotes and stray <', () => {
    const { root } = parseXml(
      "<?xml version='1.0'?><!-- a comment --><?pi stuff?><a x=1 y='two' z=\"3>4\" w><![CDATA[<b>&amp;</b>]]> 1 < 2 <!-- x --></a>",
    );
    expect(root.attrs).to.deep.equal({ x: '1', y: 'two', z: '3>4', w: '' });
    expect(textOf(root)).to.equal('<b>&amp;</b> 1 < 2');
  });

  it('refuses a prolog that never ends and a document with no element', () => {
    expect(thrown(() => parseXml('<?xml version="1.0"')).code).to.equal('parse');
    expect(thrown(() => parseXml('<!-- only a comment -->')).code).to.equal('parse');
  });
});
