import { HeldInMindError, toHeldInMindError } from '../../core/errors.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import { readAtomEntry, readAtomShow } from './atom.js';
import type { Episode, PodcastFeed } from './feed-types.js';
import { RSS } from './namespaces.js';
import { readEpisodeExtensions, type ReadContext } from './podcast-tags.js';
import { readRssItem, readRssShow, rssParts, selfLink } from './rss.js';
import { parseXmlInSlices } from './xml-document.js';
import { decodeXmlBytes } from './xml-guard.js';
import { child, childText, childrenNamed } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

export interface ParseFeedOptions {
  /** The feed's own URL, for relative links in it (fetchFeed passes it). */
  baseUrl?: string;
  /** The HTTP Content-Type, whose charset decodes raw bytes. */
  contentType?: string;
  /** Stops reading with a HeldInMindError `aborted`. */
  signal?: AbortSignal;
}

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed']);

function checkRoot(rootName: string): void {
  const local = rootName.slice(rootName.indexOf(':') + 1).toLowerCase();
  if (!FEED_ROOTS.has(local)) {
    throw new HeldInMindError(
      'unsupported-format',
      `This is not an RSS or Atom feed (its root element is <${rootName.slice(0, 40)}>)`,
    );
  }
}

function toText(input: unknown, contentType: string | undefined, warnings: string[]): string {
  if (typeof input === 'string') return input;
  const bytes =
    input instanceof ArrayBuffer
      ? new Uint8Array(input)
      : ArrayBuffer.isView(input)
        ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
        : null;
  if (!bytes) throw new HeldInMindError('invalid', 'A feed must be given as text or bytes');
  const decoded = decodeXmlBytes(bytes, contentType);
  warnings.push(...decoded.warnings);
  return decoded.text;
}

/**
 * Reads a podcast feed: RSS 2.0 with the itunes, Podcasting 2.0 and Podlove Simple Chapters
 * namespaces, RSS 1.0, or Atom. Real-world mistakes (bare `&`, HTML entities, wrong-case
 * prefixes, a cut-off tail, repeated guids, missing enclosures, odd durations and dates) become
 * warnings on the feed or the episode. Large feeds are read in slices of a few milliseconds, so
 * the page stays responsive; hence the promise.
 *
 * Fails only with a HeldInMindError: `unsupported-format` (an HTML page, JSON or a JSON Feed,
 * another XML document, or a DTD, which is refused before parsing), `too-large` (over 25 MB or
 * nested too deep), `parse` (no document to speak of) or `aborted`.
 *
 * @param input The feed as text, or as bytes (decoded by BOM, `contentType` charset or the XML
 *   declaration's encoding).
 */
export async function parseFeed(
  input: string | ArrayBuffer | ArrayBufferView,
  options: ParseFeedOptions = {},
): Promise<PodcastFeed> {
  try {
    return await read(input, options);
  } catch (error) {
    throw toHeldInMindError(error, 'parse');
  }
}

/** The element that holds the show's own tags, for an element that holds episodes. */
const showElement = (parent: XmlElement): XmlElement | undefined =>
  parent.name === 'rdf' ? child(parent, RSS, 'channel') : parent;

/** An RSS item in a channel (or an RSS 1.0 root), or an Atom entry in its feed. */
const isEpisode = (element: XmlElement, parent: XmlElement): boolean =>
  element.name === 'item'
    ? element.ns === RSS && (parent.name === 'channel' || parent.name === 'rdf')
    : element.name === 'entry' && parent.name === 'feed' && element.ns === parent.ns;

async function read(input: unknown, options: ParseFeedOptions): Promise<PodcastFeed> {
  const warnings: string[] = [];
  const text = toText(input, options.contentType, warnings);
  const episodes: Episode[] = [];
  const ids = new Set<string>();
  // Relative links resolve against the given URL, else the feed's own address or its <link>, as
  // far as they come before the first episode (they always do in practice).
  let base: string | undefined | null = null;
  const baseFrom = (show: XmlElement | undefined): string | undefined =>
    (base ??=
      safeHttpUrl(options.baseUrl) ??
      safeHttpUrl(show && selfLink(show)) ??
      (show?.name === 'channel' ? safeHttpUrl(childText(show, RSS, 'link')) : null) ??
      undefined);
  const readNext = (item: XmlElement, show: XmlElement | undefined) =>
    episodes.push(readEpisode(item, episodes.length, baseFrom(show), ids));
  // Each episode is read as its end tag arrives and then dropped from the tree.
  const onClose = (element: XmlElement, parent: XmlElement | undefined): boolean => {
    if (!parent || !isEpisode(element, parent)) return false;
    readNext(element, showElement(parent));
    return true;
  };
  const { root, warnings: xmlWarnings } = await parseXmlInSlices(text, {
    checkRoot,
    onClose,
    signal: options.signal,
  });
  warnings.push(...xmlWarnings);
  const atom = root.name === 'feed';
  const { channel, items } = atom
    ? { channel: root, items: childrenNamed(root, root.ns, 'entry') }
    : rssParts(root);
  // What is left: an episode cut off by the end of the document (or written as <item/>).
  for (const item of items) readNext(item, channel);
  const show = (atom ? readAtomShow : readRssShow)(channel, {
    base: baseFrom(channel),
    warn: (m) => warnings.push(m),
  });
  for (const episode of episodes) {
    episode.image ??= show.image;
    episode.explicit ??= show.explicit;
    episode.author ??= show.author;
    if (episode.persons.length === 0) episode.persons = show.persons;
  }
  if (episodes.length === 0) warnings.push('The feed has no episodes');
  return { format: atom ? 'atom' : 'rss', ...show, episodes, warnings };
}

function readEpisode(item: XmlElement, index: number, base: string | undefined, ids: Set<string>): Episode {
  const warnings: string[] = [];
  const ctx: ReadContext = { base, warn: (m) => warnings.push(m) };
  const core = (item.name === 'entry' ? readAtomEntry : readRssItem)(item, ctx);
  const more = readEpisodeExtensions(item, ctx);
  if (item.unclosed) warnings.push('The feed was cut off inside this episode: parts of it may be missing');
  if (!core.title) warnings.push('The episode has no title');
  if (!core.enclosure) {
    warnings.push(
      more.alternateEnclosures.length > 0
        ? 'No enclosure: only podcast:alternateEnclosure media'
        : 'No playable media (no usable enclosure)',
    );
  }
  let id =
    core.guid ??
    core.enclosure?.url ??
    core.link ??
    (core.title ? `${core.title}|${core.published?.toISOString() ?? ''}` : `episode-${index + 1}`);
  if (ids.has(id)) {
    warnings.push(
      core.guid === id
        ? `The guid "${id.slice(0, 100)}" repeats an earlier episode's`
        : 'No guid, and the same media or link as an earlier episode',
    );
    let n = 2;
    while (ids.has(`${id}#${n}`)) n++;
    id = `${id}#${n}`;
  }
  ids.add(id);
  // Every episode has the same keys in the same order (absent values are undefined).
  return {
    id,
    guid: core.guid,
    title: core.title,
    description: core.description,
    notes: core.notes,
    link: core.link,
    published: core.published,
    duration: more.duration,
    enclosure: core.enclosure,
    alternateEnclosures: more.alternateEnclosures,
    image: more.image,
    images: more.images,
    season: more.season,
    seasonName: more.seasonName,
    episode: more.episode,
    episodeLabel: more.episodeLabel,
    episodeType: more.episodeType,
    explicit: more.explicit,
    author: more.author ?? core.author,
    transcripts: more.transcripts,
    chaptersLink: more.chaptersLink,
    chapters: more.chapters,
    persons: more.persons,
    soundbites: more.soundbites,
    warnings,
  };
}
