import { HeldInMindError } from '../../core/errors.js';
import { parseFeedDate } from './dates.js';
import type { Enclosure, Episode, PodcastFeed } from './feed-types.js';
import { enclosureType } from './media-types.js';
import { RSS } from './namespaces.js';
import { decimal, link, readShowExtensions, type ReadContext, type ShowExtensions } from './podcast-tags.js';
import { attr, child, childText, childrenNamed, markupOf } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

// RSS 2.0 (and RSS 1.0, whose items sit beside the channel rather than in it).

export type Show = Omit<PodcastFeed, 'episodes' | 'warnings' | 'format'> & ShowExtensions;

/** What RSS and Atom define for an episode, apart from the namespaced extensions. */
export type EpisodeCore = Pick<
  Episode,
  'guid' | 'title' | 'description' | 'notes' | 'link' | 'published' | 'enclosure' | 'author'
>;

/** The channel and its items. */
export function rssParts(root: XmlElement): { channel: XmlElement; items: XmlElement[] } {
  const channel = child(root, RSS, 'channel');
  if (!channel) throw new HeldInMindError('parse', 'The RSS feed has no <channel>');
  const items = childrenNamed(channel, RSS, 'item');
  return { channel, items: items.length > 0 ? items : childrenNamed(root, RSS, 'item') };
}

/** The feed's own address, if it names one (atom:link rel="self"), for relative URLs. */
export function selfLink(element: XmlElement): string | undefined {
  return childrenNamed(element, 'atom', 'link').find((l) => attr(l, 'rel') === 'self')?.attrs.href;
}

/** "john@example.com (John Doe)" → "John Doe"; a bare name stays as it is. */
const personName = (value: string): string => /\(([^)]+)\)\s*$/.exec(value)?.[1]?.trim() ?? value;

export function readRssShow(channel: XmlElement, ctx: ReadContext): Show {
  const extensions = readShowExtensions(channel, ctx);
  const author =
    extensions.author ||
    childText(channel, 'dc', 'creator') ||
    personName(childText(channel, RSS, 'managingeditor'));
  const image =
    extensions.image ?? link(ctx, childText(child(channel, RSS, 'image'), RSS, 'url'), 'image', true);
  const language = childText(channel, RSS, 'language') || childText(channel, 'dc', 'language');
  const homepage = link(ctx, childText(channel, RSS, 'link'), 'channel link');
  return {
    ...extensions,
    title: childText(channel, RSS, 'title') || childText(channel, 'itunes', 'title'),
    description:
      markupOf(child(channel, RSS, 'description')) ||
      markupOf(child(channel, 'itunes', 'summary')) ||
      childText(channel, 'itunes', 'subtitle'),
    ...(homepage ? { link: homepage } : {}),
    ...(language ? { language } : {}),
    ...(author ? { author } : {}),
    ...(image ? { image } : {}),
  };
}

function readEnclosure(item: XmlElement, ctx: ReadContext): Enclosure | undefined {
  const candidates = [
    ...childrenNamed(item, RSS, 'enclosure'),
    ...childrenNamed(item, 'media', 'content'),
    ...childrenNamed(child(item, 'media', 'group'), 'media', 'content'),
  ];
  for (const candidate of candidates) {
    const url = link(ctx, attr(candidate, 'url'), 'enclosure', true);
    if (!url) continue;
    const length = decimal(attr(candidate, 'length') ?? attr(candidate, 'filesize'));
    return { url, type: enclosureType(attr(candidate, 'type'), url), length };
  }
  return undefined;
}

/** The fields of an item that RSS defines; feed.ts adds the namespaced ones. */
export function readRssItem(item: XmlElement, ctx: ReadContext): EpisodeCore {
  const dateText = childText(item, RSS, 'pubdate') || childText(item, 'dc', 'date');
  const published = parseFeedDate(dateText);
  if (dateText && !published) ctx.warn(`Publication date "${dateText.slice(0, 60)}" could not be read`);
  const description =
    markupOf(child(item, RSS, 'description')) ||
    markupOf(child(item, 'itunes', 'summary')) ||
    childText(item, 'itunes', 'subtitle');
  return {
    guid: childText(item, RSS, 'guid') || undefined,
    title: childText(item, RSS, 'title') || childText(item, 'itunes', 'title'),
    description,
    notes: markupOf(child(item, 'content', 'encoded')) || description,
    link: link(ctx, childText(item, RSS, 'link') || attr(child(item, 'atom', 'link'), 'href'), 'link'),
    published,
    enclosure: readEnclosure(item, ctx),
    author: personName(childText(item, RSS, 'author')) || childText(item, 'dc', 'creator') || undefined,
  };
}
