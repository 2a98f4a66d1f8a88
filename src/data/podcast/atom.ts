import { createEntityDecoder } from './entities.js';
import { parseFeedDate } from './dates.js';
import type { Enclosure } from './feed-types.js';
import { enclosureType } from './media-types.js';
import { decimal, link, readShowExtensions, type ReadContext } from './podcast-tags.js';
import type { EpisodeCore, Show } from './rss.js';
import { attr, child, childText, childrenNamed, markupOf, textOf } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

// Atom (RFC 4287): the feed's title and entries, enclosures as <link rel="enclosure">. The
// itunes and Podcasting 2.0 tags some Atom podcasts carry are read as in RSS. `ns` is the
// namespace key of the Atom elements ('atom', or '' when a feed forgot to declare it).

/** A text construct as plain text (type="html" holds escaped markup). */
function plain(element: XmlElement | undefined): string {
  if (attr(element, 'type') !== 'html') return textOf(element);
  return createEntityDecoder()(textOf(element).replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A text construct as markup for show notes (type="xhtml" wraps its markup in a <div>). */
function markup(element: XmlElement | undefined): string {
  return attr(element, 'type') === 'xhtml'
    ? markupOf(child(element, 'xhtml', 'div') ?? element)
    : textOf(element);
}

const links = (element: XmlElement, ns: string, rel: string): XmlElement[] =>
  childrenNamed(element, ns, 'link').filter((l) => (attr(l, 'rel') ?? 'alternate') === rel);

const authorName = (element: XmlElement, ns: string): string =>
  childText(child(element, ns, 'author'), ns, 'name');

export function readAtomShow(feed: XmlElement, ctx: ReadContext): Show {
  const ns = feed.ns;
  const extensions = readShowExtensions(feed, ctx);
  const homepage = link(ctx, attr(links(feed, ns, 'alternate')[0], 'href'), 'feed link');
  const image =
    extensions.image ??
    link(ctx, childText(feed, ns, 'logo') || childText(feed, ns, 'icon') || undefined, 'feed logo', true);
  const author = extensions.author || authorName(feed, ns);
  const language = attr(feed, 'xml:lang');
  return {
    ...extensions,
    title: plain(child(feed, ns, 'title')),
    description: markup(child(feed, ns, 'subtitle')),
    ...(homepage ? { link: homepage } : {}),
    ...(language ? { language } : {}),
    ...(author ? { author } : {}),
    ...(image ? { image } : {}),
  };
}

function readEnclosure(entry: XmlElement, ns: string, ctx: ReadContext): Enclosure | undefined {
  for (const candidate of links(entry, ns, 'enclosure')) {
    const url = link(ctx, attr(candidate, 'href'), 'enclosure', true);
    if (!url) continue;
    const length = decimal(attr(candidate, 'length'));
    return { url, type: enclosureType(attr(candidate, 'type'), url), length };
  }
  return undefined;
}

/** The fields of an entry that Atom defines; feed.ts adds the namespaced ones. */
export function readAtomEntry(entry: XmlElement, ctx: ReadContext): EpisodeCore {
  const ns = entry.ns;
  const dateText = childText(entry, ns, 'published') || childText(entry, ns, 'updated');
  const published = parseFeedDate(dateText);
  if (dateText && !published) ctx.warn(`Publication date "${dateText.slice(0, 60)}" could not be read`);
  const description = markup(child(entry, ns, 'summary'));
  return {
    guid: childText(entry, ns, 'id') || undefined,
    title: plain(child(entry, ns, 'title')),
    description,
    notes: markup(child(entry, ns, 'content')) || description,
    link: link(ctx, attr(links(entry, ns, 'alternate')[0], 'href'), 'link'),
    published,
    enclosure: readEnclosure(entry, ns, ctx),
    author: authorName(entry, ns) || undefined,
  };
}
