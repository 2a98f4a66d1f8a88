import type { Chapter } from '../../data/podcast/chapters.js';
import type { Funding, TranscriptLink } from '../../data/podcast/feed-types.js';
import { safeHttpUrl, safeUrl } from '../../core/safe-url.js';
import { primaryLanguage } from '../../core/locale.js';

// What the player plays, whichever way the host described it (feed, attributes, JSON, slotted
// media). Every URL in it has passed safeUrl/safeHttpUrl.

export interface MediaSource {
  url: string;
  type: string;
}

/** One language version of the episode, with its files in order of preference. */
export interface MediaVersion {
  lang?: string;
  sources: MediaSource[];
}

export interface PlayerEpisode {
  /** Identifies the episode for resume storage: feed + guid, or the media address. */
  key: string;
  title: string;
  show?: string;
  artwork?: string;
  duration?: number;
  published?: Date;
  /** Unsanitised show notes (markup or text) and the address relative links resolve against. */
  notes?: string;
  notesBase?: string;
  versions: MediaVersion[];
  transcripts: TranscriptLink[];
  chaptersLink?: { url: string; type: string };
  chapters: Chapter[];
  funding?: Funding;
  /** The language of the episode as a whole (feed language). */
  lang?: string;
}

const TYPES: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  opus: 'audio/ogg; codecs=opus',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  webm: 'video/webm',
  wav: 'audio/wav',
  flac: 'audio/flac',
};

/** A media type from the file name when none is declared. */
export function guessType(url: string, declared?: string | null): string {
  if (declared) return declared;
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return (ext && TYPES[ext]) || '';
}

export const isVideo = (type: string): boolean => /^video\//i.test(type);

/**
 * The first source this browser says it may play (an unknown type gets the benefit of the doubt),
 * leaving out files that already failed here.
 */
export function playableSource(
  version: MediaVersion | undefined,
  probe: HTMLMediaElement,
  failed: ReadonlySet<string> = new Set(),
): MediaSource | undefined {
  const left = version?.sources.filter((s) => !failed.has(s.url)) ?? [];
  return left.find((s) => !s.type || probe.canPlayType(s.type) !== '') ?? left[0];
}

/** The version in the page's language if there is one, else the first. */
export function preferredVersion(versions: readonly MediaVersion[], pageLang: string): number {
  const index = versions.findIndex((v) => v.lang && primaryLanguage(v.lang) === primaryLanguage(pageLang));
  return Math.max(0, index);
}

const TRANSCRIPT_ORDER = ['json', 'vtt', 'srt', 'subrip', 'html'];
const rank = (type: string) => {
  const i = TRANSCRIPT_ORDER.findIndex((t) => type.toLowerCase().includes(t));
  return i < 0 ? TRANSCRIPT_ORDER.length : i;
};

/** The transcript to show: in the page's language first, then the richest format. */
export function preferredTranscript(
  links: readonly TranscriptLink[],
  pageLang: string,
  episodeLang?: string,
): TranscriptLink | undefined {
  const lang = (l: TranscriptLink) => primaryLanguage(l.language ?? episodeLang ?? '');
  const page = primaryLanguage(pageLang);
  return [...links].sort(
    (a, b) => Number(lang(b) === page) - Number(lang(a) === page) || rank(a.type) - rank(b.type),
  )[0];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const number = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** Reads the sources and tracks of a host's `<audio>`/`<video>` (the no-JavaScript player). */
export function fromMediaElement(media: HTMLMediaElement): Partial<PlayerEpisode> {
  const base = document.baseURI;
  const sources: MediaSource[] = [];
  const add = (src: string | null, type?: string | null) => {
    const url = safeHttpUrl(src, base);
    if (url) sources.push({ url, type: guessType(url, type) });
  };
  add(media.getAttribute('src'));
  for (const s of media.querySelectorAll('source')) add(s.getAttribute('src'), s.getAttribute('type'));
  const transcripts: TranscriptLink[] = [];
  let chaptersLink: PlayerEpisode['chaptersLink'];
  for (const track of media.querySelectorAll('track')) {
    const url = safeHttpUrl(track.getAttribute('src'), base);
    if (!url) continue;
    const kind = track.getAttribute('kind') ?? 'subtitles';
    if (kind === 'chapters') chaptersLink = { url, type: 'text/vtt' };
    else if (kind === 'captions' || kind === 'subtitles')
      transcripts.push({
        url,
        type: 'text/vtt',
        language: track.getAttribute('srclang') ?? undefined,
        rel: kind,
      });
  }
  return {
    versions: sources.length ? [{ sources }] : [],
    transcripts,
    chaptersLink,
    artwork: safeHttpUrl(media.getAttribute('poster'), base) ?? undefined,
  };
}

/**
 * An episode given as data (`player.episode = {...}`): the shape parseFeed returns for an episode
 * (enclosure, alternateEnclosures, transcripts, chaptersLink, image, notes) or a short form
 * (src, title, artwork, duration, transcript, chapters). Anything unusable is left out.
 */
export function fromData(data: Record<string, unknown>, base = document.baseURI): Partial<PlayerEpisode> {
  const versions: MediaVersion[] = [];
  const enclosure = data['enclosure'] as Record<string, unknown> | undefined;
  const main = safeHttpUrl(enclosure?.['url'] ?? data['src'], base);
  if (main)
    versions.push({
      lang: text(data['lang']),
      sources: [{ url: main, type: guessType(main, text(enclosure?.['type'] ?? data['type'])) }],
    });
  const alternates = Array.isArray(data['alternateEnclosures']) ? data['alternateEnclosures'] : [];
  for (const alt of alternates as Array<Record<string, unknown>>) {
    const sources = (Array.isArray(alt['sources']) ? alt['sources'] : [])
      .map((s) => safeHttpUrl(s, base))
      .filter((u): u is string => !!u)
      .map((url) => ({ url, type: guessType(url, text(alt['type'])) }));
    if (sources.length) addVersion(versions, text(alt['lang']), sources, alt['default'] === true);
  }
  const transcripts: TranscriptLink[] = [];
  const list = Array.isArray(data['transcripts']) ? data['transcripts'] : [];
  for (const t of list as Array<Record<string, unknown>>) {
    const url = safeHttpUrl(t['url'], base);
    if (url)
      transcripts.push({
        url,
        type: text(t['type']) ?? '',
        language: text(t['language']),
        rel: text(t['rel']),
      });
  }
  const transcript = safeHttpUrl(data['transcript'], base);
  if (transcript) transcripts.push({ url: transcript, type: text(data['transcriptType']) ?? '' });
  const link = data['chaptersLink'] as Record<string, unknown> | undefined;
  const chaptersUrl = safeHttpUrl(link?.['url'] ?? data['chapters'], base);
  const funding = Array.isArray(data['funding'])
    ? (data['funding'][0] as Record<string, unknown>)
    : undefined;
  const fundingUrl = safeUrl(funding?.['url'], base);
  return {
    title: text(data['title']),
    show: text(data['show']),
    artwork: safeHttpUrl(data['image'] ?? data['artwork'], base) ?? undefined,
    duration: number(data['duration']),
    published: data['published'] instanceof Date ? data['published'] : undefined,
    notes: text(data['notes']) ?? text(data['description']),
    notesBase: base,
    versions,
    transcripts,
    chaptersLink: chaptersUrl
      ? { url: chaptersUrl, type: text(link?.['type'] ?? data['chaptersType']) ?? '' }
      : undefined,
    chapters: Array.isArray(data['chapters']) ? (data['chapters'] as Chapter[]) : [],
    funding: fundingUrl ? { url: fundingUrl, title: text(funding?.['title']) ?? '' } : undefined,
    lang: text(data['lang']),
  };
}

/** Adds sources to the version of that language (a new one if needed); `first` puts them in front. */
export function addVersion(
  versions: MediaVersion[],
  lang: string | undefined,
  sources: MediaSource[],
  first = false,
): void {
  const key = lang ? primaryLanguage(lang) : '';
  const same = versions.find((v) => (v.lang ? primaryLanguage(v.lang) : '') === key || (!v.lang && !lang));
  if (same) same.sources = first ? [...sources, ...same.sources] : [...same.sources, ...sources];
  else versions.push({ lang, sources });
}
