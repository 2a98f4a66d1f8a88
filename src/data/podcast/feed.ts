import { HeldInMindError, toHeldInMindError } from '../../core/errors.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import { readAtomEntry, readAtomShow } from './atom.js';
import type { Episode, PodcastFeed } from './feed-types.js';
import { RSS } from './namespaces.js';
import { readEpisodeExtensions, type ReadContext } from './podcast-tags.js';
import { readRssItem, readRssShow, rssParts, selfLink, type Show } from './rss.js';
import { runInSlices } from './time-slice.js';
import { parseXmlInSlices } from './xml-document.js';
import { decodeXmlBytes } from './xml-guard.js';
import { childText, childrenNamed } from './xml-query.js';
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

async function read(input: unknown, options: ParseFeedOptions): Promise<PodcastFeed> {
  const warnings: string[] = [];
  const text = toText(input, options.contentType, warnings);
  const { root, warnings: xmlWarnings } = await parseXmlInSlices(text, { checkRoot, signal: options.signal });
  warnings.push(...xmlWarnings);
  const atom = root.name === 'feed';
  const { channel, items } = atom
    ? { channel: root, items: childrenNamed(root, root.ns, 'entry') }
    : rssParts(root);
  const base =
    safeHttpUrl(options.baseUrl) ??
    safeHttpUrl(selfLink(channel)) ??
    (atom ? null : safeHttpUrl(childText(channel, RSS, 'link'))) ??
    undefined;
  const show = (atom ? readAtomShow : readRssShow)(channel, { base, warn: (m) => warnings.push(m) });
  const episodes: Episode[] = [];
  const ids = new Set<string>();
  await runInSlices((deadline) => {
    while (episodes.length < items.length) {
      episodes.push(readEpisode(items[episodes.length]!, episodes.length, atom, show, base, ids));
      if (performance.now() > deadline) break;
    }
    return episodes.length === items.length;
  }, options.signal);
  if (items.length === 0) warnings.push('The feed has no episodes');
  return { format: atom ? 'atom' : 'rss', ...show, episodes, warnings };
}

function readEpisode(
  item: XmlElement,
  index: number,
  atom: boolean,
  show: Show,
  base: string | undefined,
  ids: Set<string>,
): Episode {
  const warnings: string[] = [];
  const ctx: ReadContext = { base, warn: (m) => warnings.push(m) };
  const core = (atom ? readAtomEntry : readRssItem)(item, ctx);
  const more = readEpisodeExtensions(item, ctx, show);
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
    author: more.author ?? core.author ?? show.author,
    transcripts: more.transcripts,
    chaptersLink: more.chaptersLink,
    chapters: more.chapters,
    persons: more.persons,
    soundbites: more.soundbites,
    warnings,
  };
}
