import type { Chapter } from './chapters.js';

// What parseFeed gives back. Every URL in it has passed safeUrl (http, https, mailto, tel; media
// and images http or https only) and is absolute. Text fields are plain text except
// `description` and `notes`, which are markup or text exactly as the feed gives them: pass them
// through sanitizeShowNotes before showing them.

export interface PodcastFeed {
  format: 'rss' | 'atom';
  title: string;
  /** The show's description (markup or text, unsanitised). */
  description: string;
  /** The show's web page. */
  link?: string;
  /** BCP 47 language tag as the feed gives it (e.g. "en-GB"). */
  language?: string;
  author?: string;
  /** The show's artwork. */
  image?: string;
  /** Podcasting 2.0 images in their different sizes and purposes. */
  images: PodcastImage[];
  explicit?: boolean;
  /** podcast:guid, the show's global identifier. */
  podcastGuid?: string;
  funding: Funding[];
  /** People of the whole show (episodes without their own inherit them). */
  persons: Person[];
  /** In feed order (usually newest first; see chooseEpisode). */
  episodes: Episode[];
  /** Problems that did not stop the feed being read (English, for developers). */
  warnings: string[];
}

export interface Episode {
  /** Unique within the feed: the guid, or a stand-in when it is missing or repeated. */
  id: string;
  /** The guid as the feed gives it. */
  guid?: string;
  title: string;
  /** The short description (markup or text, unsanitised). */
  description: string;
  /** The fullest show notes the feed has: content:encoded, else the description (unsanitised). */
  notes: string;
  link?: string;
  published?: Date;
  /** Seconds. */
  duration?: number;
  /** The media to play; missing when the feed gives none that is usable. */
  enclosure?: Enclosure;
  /** Podcasting 2.0 alternatives: other formats, qualities or languages. */
  alternateEnclosures: AlternateEnclosure[];
  /** The episode's artwork, else the show's. */
  image?: string;
  images: PodcastImage[];
  season?: number;
  seasonName?: string;
  episode?: number;
  /** podcast:episode's `display` text ("Ch. 3"), if any. */
  episodeLabel?: string;
  episodeType: 'full' | 'trailer' | 'bonus';
  explicit?: boolean;
  author?: string;
  transcripts: TranscriptLink[];
  /** Where to fetch the episode's chapters (parseChapters reads the file). */
  chaptersLink?: { url: string; type: string };
  /** Chapters given inline (Podlove Simple Chapters), checked and sorted. */
  chapters: Chapter[];
  /** The episode's people, else the show's. */
  persons: Person[];
  soundbites: Soundbite[];
  /** What was wrong with this episode and how it was read anyway (English, for developers). */
  warnings: string[];
}

export interface Enclosure {
  url: string;
  /** Media type, declared or guessed from the file extension ('' if unknown). */
  type: string;
  /** Size in bytes, when given. */
  length?: number;
}

export interface AlternateEnclosure {
  type: string;
  /** Usable sources in the feed's order of preference (http or https). */
  sources: string[];
  length?: number;
  bitrate?: number;
  height?: number;
  /** Language of this version, e.g. "cy" for a Welsh dub. */
  lang?: string;
  title?: string;
  default: boolean;
}

export interface PodcastImage {
  url: string;
  alt?: string;
  /** "artwork", "social", "icon", "banner", … */
  purpose?: string;
  width?: number;
  height?: number;
}

export interface Funding {
  url: string;
  title: string;
}

export interface Person {
  name: string;
  /** Podcasting 2.0 taxonomy role, lower case ("host", "guest", …). */
  role: string;
  group: string;
  href?: string;
  img?: string;
}

export interface Soundbite {
  /** Seconds from the start. */
  start: number;
  duration: number;
  title?: string;
}

export interface TranscriptLink {
  url: string;
  /** "text/vtt", "application/x-subrip", "application/json", "text/html", … */
  type: string;
  language?: string;
  /** "captions" when the file is meant as closed captions. */
  rel?: string;
}
