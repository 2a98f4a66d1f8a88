import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HeldInMindError } from '../../../src/core/errors.js';
import type { Chapter } from '../../../src/data/podcast/chapters.js';
import { parseChapters } from '../../../src/data/podcast/chapters.js';
import type { Cue } from '../../../src/data/podcast/cues.js';
import { parseFeed } from '../../../src/data/podcast/feed.js';
import { sanitizeShowNotes } from '../../../src/data/podcast/show-notes.js';
import { activeCueIndex, parseTranscript } from '../../../src/data/podcast/transcript.js';
import { fixtureText } from './fixtures.js';

// Properties over generated input. "Never anything but a HeldInMindError" is checked by letting
// any other exception fail the property; a hang would fail the test by mocha's timeout.

const typedOnly = (error: unknown): true => {
  if (error instanceof HeldInMindError) return true;
  throw error;
};

/** Pieces real and hostile XML is made of, to splice into feeds. */
const xmlPiece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<',
    '>',
    '&',
    '&amp;',
    '&nbsp;',
    '&#0;',
    '&#x110000;',
    '&bogus;',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '<?xml version="1.0"?>',
    '<!DOCTYPE rss>',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    '<!ENTITY a SYSTEM "file:///etc/passwd">',
    '<item>',
    '</item>',
    '<channel>',
    '</rss>',
    '<ITUNES:duration>1:2:3</ITUNES:duration>',
    '<enclosure url="javascript:alert(1)"/>',
    '<podcast:person>',
    'xmlns:a="',
    '"',
    "'",
    '\uFEFF',
    '\0',
  ),
);

/** A real feed, cut and spliced with pieces. */
const mangledFeed = (base: string) =>
  fc
    .tuple(
      fc.nat({ max: base.length }),
      fc.array(fc.tuple(fc.nat({ max: base.length }), xmlPiece), { maxLength: 6 }),
    )
    .map(([cut, splices]) => {
      let text = base;
      for (const [at, piece] of splices) text = text.slice(0, at) + piece + text.slice(at);
      return text.slice(0, Math.max(cut, 20));
    });

const cuesAreOrdered = (cues: readonly Cue[]): boolean =>
  cues.every(
    (cue, i) =>
      Number.isFinite(cue.start) &&
      Number.isFinite(cue.end) &&
      cue.start >= 0 &&
      cue.end >= cue.start &&
      (i === 0 || cues[i - 1]!.start <= cue.start),
  );

const chaptersAreOrdered = (chapters: readonly Chapter[], duration?: number): boolean =>
  chapters.every(
    (chapter, i) =>
      Number.isFinite(chapter.start) &&
      chapter.start >= 0 &&
      (duration === undefined || chapter.start < duration) &&
      (chapter.end === undefined || (Number.isFinite(chapter.end) && chapter.end >= chapter.start)) &&
      (i === 0 || chapters[i - 1]!.start < chapter.start),
  );

describe('podcast properties (fast-check)', () => {
  let full = '';
  let atom = '';
  before(async () => {
    full = await fixtureText('full.xml');
    atom = await fixtureText('atom.xml');
  });

  it('parseFeed throws nothing but HeldInMindError, on any text or bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.array(xmlPiece, { maxLength: 30 }).map((p) => p.join('')),
        ),
        async (text) => {
          await parseFeed(text).catch(typedOnly);
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await parseFeed(bytes).catch(typedOnly);
      }),
      { numRuns: 50 },
    );
  });

  it('parseFeed reads cut and spliced real feeds, or fails typed; every URL it gives is allowed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mangledFeed(full), mangledFeed(atom)), async (text) => {
        const feed = await parseFeed(text).catch(typedOnly);
        if (feed === true) return;
        const urls = JSON.stringify(feed).match(/"(?:url|link|href|img|image)":"[^"]*"/g) ?? [];
        for (const url of urls) expect(url).to.match(/":"(https?:|mailto:|tel:)/);
        for (const episode of feed.episodes)
          expect(chaptersAreOrdered(episode.chapters, episode.duration)).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });

  it('parseTranscript throws nothing but HeldInMindError; cues are finite, non-negative and ordered', () => {
    const time = fc.oneof(
      fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
      fc.constantFrom('60', '99', '1', '100', '-1', 'aa'),
    );
    const stamp = fc
      .tuple(fc.option(time), time, time, fc.constantFrom('.000', ',5', '.25', '.999', ''))
      .map(([h, m, s, f]) => `${h === null ? '' : `${h}:`}${m}:${s}${f}`);
    const block = fc
      .tuple(
        fc.option(fc.string()),
        stamp,
        stamp,
        fc.array(fc.oneof(fc.string(), xmlPiece), { maxLength: 3 }),
      )
      .map(([id, a, b, lines]) => [...(id === null ? [] : [id]), `${a} --> ${b}`, ...lines].join('\n'));
    const segment = fc.record({
      speaker: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      startTime: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
      endTime: fc.oneof(fc.double(), fc.integer({ min: 0, max: 100 })),
      body: fc.oneof(fc.string(), fc.constant('.'), fc.integer()),
    });
    const html = fc
      .array(
        fc.oneof(
          fc.constantFrom('<cite>A:</cite>', '<time>1:00</time>', '<time>x</time>', '<p>'),
          fc.string(),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(''));
    const inputs = fc.oneof(
      fc.array(block, { maxLength: 8 }).map((blocks) => ['vtt', `WEBVTT\n\n${blocks.join('\n\n')}`] as const),
      fc.array(block, { maxLength: 8 }).map((blocks) => ['srt', blocks.join('\r\n\r\n')] as const),
      fc.array(segment, { maxLength: 12 }).map((segments) => ['json', JSON.stringify({ segments })] as const),
      html.map((text) => ['html', text] as const),
      fc.tuple(
        fc.constantFrom('vtt', 'srt', 'json', 'html', 'text/plain', ''),
        fc.string({ unit: 'binary' }),
      ),
    );
    fc.assert(
      fc.property(inputs, ([type, text]) => {
        try {
          expect(cuesAreOrdered(parseTranscript(text, type).cues)).to.equal(true);
        } catch (error) {
          typedOnly(error);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parseChapters: chapters are finite, non-negative, strictly ordered and inside the episode', () => {
    const value = fc.oneof(
      fc.double(),
      fc.integer({ min: -10, max: 10000 }),
      fc.constantFrom('12', '00:01:02.5', 'soon', '', '-3', 'Infinity'),
      fc.constant(null),
      fc.boolean(),
    );
    const chapter = fc.record(
      {
        startTime: value,
        endTime: value,
        title: fc.oneof(fc.string(), value),
        toc: value,
        img: fc.string(),
        url: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(chapter, { maxLength: 15 }),
        fc.option(fc.double({ min: 0, max: 20000, noNaN: true }), { nil: undefined }),
        (chapters, duration) => {
          const list = parseChapters(JSON.stringify({ chapters }), 'application/json+chapters', { duration });
          expect(chaptersAreOrdered(list.chapters, duration)).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parseChapters throws nothing but HeldInMindError on any text of any type', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(xmlPiece, { maxLength: 20 }).map((p) => p.join('')),
    );
    const type = fc.constantFrom(
      'application/json+chapters',
      'application/psc+xml',
      'text/vtt',
      'text/plain',
      '',
      'x/y',
    );
    fc.assert(
      fc.property(text, type, (input, kind) => {
        try {
          expect(chaptersAreOrdered(parseChapters(input, kind).chapters)).to.equal(true);
        } catch (error) {
          typedOnly(error);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('activeCueIndex agrees with a linear scan on ordered, non-overlapping cues', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true })),
          {
            maxLength: 50,
          },
        ),
        fc.double({ min: -1, max: 300, noNaN: true }),
        (gaps, time) => {
          let at = 0;
          const cues = gaps.map(([gap, length]) => {
            const start = (at += gap);
            at += length;
            return { start, end: at, text: 'x', speaker: undefined };
          });
          const linear = cues.findIndex((cue) => cue.start <= time && time < cue.end);
          const found = activeCueIndex(cues, time);
          // Zero-length cues share a start with their neighbour; both answers then name an active cue.
          expect(
            found === linear || (found >= 0 && cues[found]!.start <= time && time < cues[found]!.end),
          ).to.equal(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sanitizeShowNotes property, with a negative control', () => {
  const ALLOWED_TAGS = new Set([
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'h3',
    'h4',
    'h5',
    'h6',
  ]);
  const ALLOWED_URL = /^(?:https?:|mailto:|tel:)/i;

  /** What would be unsafe to insert: off-list elements, event handlers, styles, off-list URLs. */
  function unsafeParts(html: string, images = false): string[] {
    const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
    const problems: string[] = [];
    for (const element of Array.from(body.querySelectorAll('*'))) {
      const image = images && element.localName === 'img';
      if (!ALLOWED_TAGS.has(element.localName) && !image) problems.push(`<${element.localName}>`);
      for (const { name, value } of Array.from(element.attributes)) {
        if (name === 'href' || (image && name === 'src')) {
          if (!ALLOWED_URL.test(value)) problems.push(`${name}="${value}"`);
        } else if (name !== 'rel' && !(image && name === 'alt')) problems.push(`${name}="${value}"`);
      }
    }
    return problems;
  }

  const html = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, tie('text'), tie('element'), tie('raw')),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom('&lt;script&gt;', '&amp;', '&#106;avascript:', 'plain words'),
    ),
    raw: fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<svg><animate onbegin=alert(1) attributeName=x>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<!--<img src=x onerror=alert(1)>-->',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<form><button formaction=javascript:alert(1)>x',
      '<iframe srcdoc="<script>alert(1)</script>">',
      '</p>',
      '<p',
    ),
    element: fc
      .tuple(
        fc.constantFrom(
          'p',
          'a',
          'img',
          'script',
          'style',
          'iframe',
          'svg',
          'b',
          'div',
          'h1',
          'h3',
          'ul',
          'li',
          'form',
          'object',
          'template',
          'textarea',
          'video',
          'base',
          'link',
          'blockquote',
        ),
        fc.array(
          fc.tuple(
            fc.constantFrom(
              'href',
              'src',
              'onclick',
              'onerror',
              'onload',
              'style',
              'srcset',
              'xlink:href',
              'formaction',
              'data-x',
              'id',
              'alt',
              'title',
              'rel',
              'target',
            ),
            fc.oneof(
              fc.constantFrom(
                'javascript:alert(1)',
                'JaVaScRiPt:alert(1)',
                ' java\tscript:x',
                'data:text/html,<b>',
                'vbscript:x',
                'https://ok.example/',
                'mailto:a@b.example',
                'tel:1',
                '/relative',
                '//evil.example/',
                'color:red',
              ),
              fc.string(),
            ),
          ),
          { maxLength: 3 },
        ),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.boolean(),
      )
      .map(([tag, attrs, children, close]) => {
        const attributes = attrs
          .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
          .join('');
        return `<${tag}${attributes}>${children.join('')}${close ? `</${tag}>` : ''}`;
      }),
  }));
  const notes = fc
    .array(html.node as fc.Arbitrary<string>, { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(''));

  const safeAfter = (sanitize: (html: string) => Promise<string>, images = false) =>
    fc.asyncProperty(notes, async (input) => unsafeParts(await sanitize(input), images).length === 0);

  it('sanitised output never holds a script, an event handler, a style or an off-list URL', async () => {
    const options = { baseUrl: 'https://podcast.example/' };
    await fc.assert(
      safeAfter((input) => sanitizeShowNotes(input, options)),
      { numRuns: 200 },
    );
    await fc.assert(
      safeAfter((input) => sanitizeShowNotes(input, { ...options, allowImages: true }), true),
      { numRuns: 100 },
    );
  });

  it('negative control: the same property finds unsafe output from an identity "sanitiser"', async () => {
    const result = await fc.check(
      safeAfter(async (input) => input),
      { numRuns: 200 },
    );
    expect(result.failed).to.equal(true);
    expect(unsafeParts(String(result.counterexample?.[0]))).to.not.deep.equal([]);
  });
});
