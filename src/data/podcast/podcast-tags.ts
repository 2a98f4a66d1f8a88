import { safeHttpUrl, safeUrl } from '../../core/safe-url.js';
import { normalizeChapters } from './chapters.js';
import { parseDuration } from './durations.js';
import type {
  AlternateEnclosure,
  Episode,
  Funding,
  Person,
  PodcastFeed,
  PodcastImage,
  Soundbite,
  TranscriptLink,
} from './feed-types.js';
import { readPscChapters } from './psc.js';
import { attr, child, childText, childrenNamed, textOf } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

// The itunes, Podcasting 2.0 and Podlove tags, which RSS items, Atom entries and both kinds of
// channel share. Each reader degrades: a broken tag is skipped with a warning, never fatal.

/** What a reader needs: the base for relative URLs and somewhere to put warnings. */
export interface ReadContext {
  base: string | undefined;
  warn: (message: string) => void;
}

/** The show's own itunes and Podcasting 2.0 values; episodes without their own take these. */
export type ShowExtensions = Pick<
  PodcastFeed,
  'author' | 'image' | 'images' | 'explicit' | 'podcastGuid' | 'funding' | 'persons'
>;

export type EpisodeExtensions = Pick<
  Episode,
  | 'duration'
  | 'image'
  | 'images'
  | 'season'
  | 'seasonName'
  | 'episode'
  | 'episodeLabel'
  | 'episodeType'
  | 'explicit'
  | 'author'
  | 'transcripts'
  | 'chaptersLink'
  | 'chapters'
  | 'persons'
  | 'soundbites'
  | 'alternateEnclosures'
>;

const MAX_NAME = 200;

/** A non-negative decimal ("12", "1.5"), or undefined. */
export function decimal(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}

/** A URL through the allow-list, with a warning when one was given but refused. */
export function link(ctx: ReadContext, value: string | undefined, what: string, httpOnly = false) {
  if (value === undefined || value.trim() === '') return undefined;
  const url = (httpOnly ? safeHttpUrl : safeUrl)(value, ctx.base);
  if (url === null) ctx.warn(`${what} ignored: "${value.slice(0, 100)}" is not an allowed address`);
  return url ?? undefined;
}

function readExplicit(element: XmlElement): boolean | undefined {
  const value = childText(element, 'itunes', 'explicit').toLowerCase();
  if (['true', 'yes', 'explicit'].includes(value)) return true;
  if (['false', 'no', 'clean'].includes(value)) return false;
  return undefined;
}

function readImages(element: XmlElement, ctx: ReadContext): PodcastImage[] {
  const images: PodcastImage[] = [];
  for (const image of childrenNamed(element, 'podcast', 'image')) {
    const url = link(ctx, attr(image, 'href'), 'podcast:image', true);
    if (!url) continue;
    images.push({
      url,
      alt: attr(image, 'alt'),
      purpose: attr(image, 'purpose'),
      width: decimal(attr(image, 'width')),
      height: decimal(attr(image, 'height')),
    });
  }
  return images;
}

/** itunes:image, else a Podcasting 2.0 artwork image, else media:thumbnail. */
function readArtwork(element: XmlElement, ctx: ReadContext, images: PodcastImage[]): string | undefined {
  const itunes = child(element, 'itunes', 'image');
  // Some feeds put the address in the text, even as broken markup: href=http://…/logo.png"&gt;
  const href = attr(itunes, 'href') ?? /https?:\/\/[^\s"'<>]+/.exec(textOf(itunes))?.[0];
  return (
    link(ctx, href, 'itunes:image', true) ??
    (images.find((image) => !image.purpose || /\bartwork\b/.test(image.purpose)) ?? images[0])?.url ??
    link(ctx, attr(child(element, 'media', 'thumbnail'), 'url'), 'media:thumbnail', true)
  );
}

function readPersons(element: XmlElement, ctx: ReadContext): Person[] {
  const persons: Person[] = [];
  for (const person of childrenNamed(element, 'podcast', 'person')) {
    const name = textOf(person).slice(0, MAX_NAME);
    if (!name) continue;
    persons.push({
      name,
      role: (attr(person, 'role') ?? 'host').toLowerCase(),
      group: (attr(person, 'group') ?? 'cast').toLowerCase(),
      href: link(ctx, attr(person, 'href'), `podcast:person ${name} link`),
      img: link(ctx, attr(person, 'img'), `podcast:person ${name} image`, true),
    });
  }
  return persons;
}

function readFunding(element: XmlElement, ctx: ReadContext): Funding[] {
  return childrenNamed(element, 'podcast', 'funding').flatMap((funding) => {
    const url = link(ctx, attr(funding, 'url'), 'podcast:funding');
    return url ? [{ url, title: textOf(funding).slice(0, MAX_NAME) }] : [];
  });
}

function readTranscripts(element: XmlElement, ctx: ReadContext): TranscriptLink[] {
  return childrenNamed(element, 'podcast', 'transcript').flatMap((transcript) => {
    const url = link(ctx, attr(transcript, 'url'), 'podcast:transcript', true);
    if (!url) return [];
    return [
      {
        url,
        type: attr(transcript, 'type') ?? '',
        language: attr(transcript, 'language'),
        rel: attr(transcript, 'rel'),
      },
    ];
  });
}

function readSoundbites(element: XmlElement, ctx: ReadContext): Soundbite[] {
  return childrenNamed(element, 'podcast', 'soundbite').flatMap((soundbite) => {
    const start = decimal(attr(soundbite, 'starttime'));
    const duration = decimal(attr(soundbite, 'duration'));
    if (start === undefined || !duration) {
      ctx.warn('podcast:soundbite ignored: it needs a startTime and a duration in seconds');
      return [];
    }
    return [{ start, duration, title: textOf(soundbite).slice(0, MAX_NAME) || undefined }];
  });
}

function readAlternateEnclosures(element: XmlElement, ctx: ReadContext): AlternateEnclosure[] {
  return childrenNamed(element, 'podcast', 'alternateenclosure').flatMap((alternate) => {
    // ipfs:, magnet: and the like are not playable here; keep the sources a browser can fetch.
    const sources = childrenNamed(alternate, 'podcast', 'source').flatMap(
      (source) => safeHttpUrl(attr(source, 'uri'), ctx.base) ?? [],
    );
    const type = attr(alternate, 'type');
    if (!type || sources.length === 0) {
      ctx.warn('podcast:alternateEnclosure ignored: it needs a type and an http(s) source');
      return [];
    }
    return [
      {
        type,
        sources,
        length: decimal(attr(alternate, 'length')),
        bitrate: decimal(attr(alternate, 'bitrate')),
        height: decimal(attr(alternate, 'height')),
        lang: attr(alternate, 'lang'),
        title: attr(alternate, 'title'),
        default: attr(alternate, 'default') === 'true',
      },
    ];
  });
}

/** A numbered tag (season, episode): Podcasting 2.0 first, then itunes. */
function numbered(element: XmlElement, ctx: ReadContext, name: 'season' | 'episode') {
  const tag = child(element, 'podcast', name) ?? child(element, 'itunes', name);
  if (!tag) return { value: undefined, label: undefined };
  const value = decimal(textOf(tag));
  if (value === undefined) ctx.warn(`${name} number ignored: "${textOf(tag).slice(0, 40)}"`);
  const label = attr(tag, name === 'season' ? 'name' : 'display');
  return { value, label };
}

/** The show's own itunes and Podcasting 2.0 values. */
export function readShowExtensions(element: XmlElement, ctx: ReadContext): ShowExtensions {
  const images = readImages(element, ctx);
  const author = childText(element, 'itunes', 'author').slice(0, MAX_NAME);
  const podcastGuid = childText(element, 'podcast', 'guid');
  const image = readArtwork(element, ctx, images);
  const explicit = readExplicit(element);
  return {
    ...(author ? { author } : {}),
    ...(image ? { image } : {}),
    images,
    ...(explicit !== undefined ? { explicit } : {}),
    ...(podcastGuid ? { podcastGuid } : {}),
    funding: readFunding(element, ctx),
    persons: readPersons(element, ctx),
  };
}

const EPISODE_TYPES = new Set(['full', 'trailer', 'bonus']);

/** An item's or entry's own itunes, Podcasting 2.0 and Podlove values (the show's come later). */
export function readEpisodeExtensions(element: XmlElement, ctx: ReadContext): EpisodeExtensions {
  const durationText = childText(element, 'itunes', 'duration');
  const duration = parseDuration(durationText);
  if (durationText && duration === undefined)
    ctx.warn(`itunes:duration "${durationText.slice(0, 40)}" is not a duration`);
  const images = readImages(element, ctx);
  const season = numbered(element, ctx, 'season');
  const episode = numbered(element, ctx, 'episode');
  const type = childText(element, 'itunes', 'episodetype').toLowerCase();
  const chaptersTag = child(element, 'podcast', 'chapters');
  const chaptersUrl = link(ctx, attr(chaptersTag, 'url'), 'podcast:chapters', true);
  const psc = child(element, 'psc', 'chapters');
  const inline = psc ? normalizeChapters(readPscChapters(psc), { duration, baseUrl: ctx.base }) : undefined;
  inline?.warnings.forEach((warning) => ctx.warn(`psc:chapters: ${warning}`));
  // One object shape for every episode (absent values undefined): fast, and the same for all.
  return {
    duration,
    image: readArtwork(element, ctx, images),
    images,
    season: season.value,
    seasonName: season.label,
    episode: episode.value,
    episodeLabel: episode.label,
    episodeType: EPISODE_TYPES.has(type) ? (type as Episode['episodeType']) : 'full',
    explicit: readExplicit(element),
    author: childText(element, 'itunes', 'author').slice(0, MAX_NAME) || undefined,
    transcripts: readTranscripts(element, ctx),
    chaptersLink: chaptersUrl ? { url: chaptersUrl, type: attr(chaptersTag, 'type') ?? '' } : undefined,
    chapters: inline?.chapters ?? [],
    persons: readPersons(element, ctx),
    soundbites: readSoundbites(element, ctx),
    alternateEnclosures: readAlternateEnclosures(element, ctx),
  };
}
