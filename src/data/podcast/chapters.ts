import { HeldInMindError, toHeldInMindError } from '../../core/errors.js';
import { safeHttpUrl, safeUrl } from '../../core/safe-url.js';
import { parseDuration } from './durations.js';
import { jsonList } from './json-list.js';
import { mediaKind } from './media-types.js';
import { readPscDocument } from './psc.js';
import { parseWebVtt } from './webvtt.js';

/** One chapter of an episode. Times are seconds from the start, finite and never negative. */
export interface Chapter {
  start: number;
  /** Where the chapter ends, when known: its own end time, the next chapter's start, or the episode's end. */
  end?: number;
  title: string;
  /** Chapter artwork (http or https only). */
  img?: string;
  /** A link about the chapter (through the safeUrl allow-list). */
  url?: string;
  /** `toc: false` in Podcasting 2.0 JSON: keep it for the timeline, leave it out of a table of contents. */
  hidden: boolean;
  /** Podcasting 2.0 location, as given. */
  location?: { name: string; geo?: string; osm?: string };
}

export interface ChapterList {
  /** Sorted by start, no two with the same start. */
  chapters: Chapter[];
  /** Chapters dropped or fields ignored, and why (English, for developers). */
  warnings: string[];
}

export interface ChapterOptions {
  /** The episode's length in seconds: chapters starting at or after it are dropped. */
  duration?: number;
  /** The address the chapters came from, for relative `img` and `url`. */
  baseUrl?: string;
}

/** A chapter as a source gives it, before checking. Times may be numbers or clock strings. */
export interface RawChapter {
  start: unknown;
  end?: unknown;
  title?: unknown;
  img?: unknown;
  url?: unknown;
  toc?: unknown;
  location?: unknown;
}

const MAX_CHAPTERS = 5000;
const MAX_TITLE = 500;

const seconds = (value: unknown): number | undefined =>
  typeof value === 'number'
    ? Number.isFinite(value) && value >= 0
      ? value
      : undefined
    : typeof value === 'string'
      ? parseDuration(value)
      : undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, MAX_TITLE) : '');

function location(value: unknown): Chapter['location'] {
  if (!value || typeof value !== 'object') return undefined;
  const { name, geo, osm } = value as Record<string, unknown>;
  if (typeof name !== 'string') return undefined;
  return {
    name: text(name),
    geo: typeof geo === 'string' ? geo : undefined,
    osm: typeof osm === 'string' ? osm : undefined,
  };
}

/** Checks, sorts and completes chapters from any source (JSON, PSC, WebVTT, inline in a feed). */
export function normalizeChapters(raw: readonly RawChapter[], options: ChapterOptions = {}): ChapterList {
  const { duration, baseUrl } = options;
  const warnings: string[] = [];
  const name = (chapter: RawChapter, index: number) =>
    text(chapter.title) ? `Chapter ${index + 1} ("${text(chapter.title)}")` : `Chapter ${index + 1}`;
  if (raw.length > MAX_CHAPTERS) warnings.push(`Only the first ${MAX_CHAPTERS} chapters were read`);
  const timed: { chapter: Chapter; end?: number; label: string }[] = [];
  raw.slice(0, MAX_CHAPTERS).forEach((item, index) => {
    const label = name(item, index);
    const start = seconds(item.start);
    if (start === undefined) {
      warnings.push(`${label} dropped: its start time ${JSON.stringify(item.start)} is not a time`);
      return;
    }
    if (duration !== undefined && start >= duration) {
      warnings.push(`${label} dropped: it starts after the episode ends`);
      return;
    }
    const img = item.img === undefined ? undefined : (safeHttpUrl(item.img, baseUrl) ?? undefined);
    if (item.img !== undefined && !img) warnings.push(`${label}: image address ignored`);
    const url = item.url === undefined ? undefined : (safeUrl(item.url, baseUrl) ?? undefined);
    if (item.url !== undefined && !url) warnings.push(`${label}: link ignored`);
    const chapter: Chapter = {
      start,
      end: undefined,
      title: text(item.title),
      img,
      url,
      hidden: item.toc === false || item.toc === 'false',
      location: location(item.location),
    };
    const end = seconds(item.end);
    timed.push({ chapter, end: end !== undefined && end > start ? end : undefined, label });
  });
  timed.sort((a, b) => a.chapter.start - b.chapter.start);
  const kept: typeof timed = [];
  for (const entry of timed) {
    const previous = kept[kept.length - 1]?.chapter;
    if (previous && previous.start === entry.chapter.start) {
      warnings.push(`${entry.label} dropped: it starts at the same time as "${previous.title}"`);
    } else kept.push(entry);
  }
  const chapters = kept.map(({ chapter }) => chapter);
  kept.forEach(({ chapter, end: ownEnd }, i) => {
    const end = ownEnd ?? chapters[i + 1]?.start ?? duration;
    if (end !== undefined) chapter.end = duration === undefined ? end : Math.min(end, duration);
  });
  return { chapters, warnings };
}

const jsonChapters = (text: string): RawChapter[] =>
  jsonList(text, 'chapters', 'Podcasting 2.0 chapters').map((c) => ({
    start: c.startTime,
    end: c.endTime,
    title: c.title,
    img: c.img,
    url: c.url,
    toc: c.toc,
    location: c.location,
  }));

/**
 * Reads chapters: Podcasting 2.0 JSON (`application/json+chapters`), Podlove Simple Chapters
 * (`application/psc+xml`, or `psc`) or a WebVTT chapters track (`text/vtt`). Broken chapters are
 * dropped with a warning; an unreadable file is a HeldInMindError (`parse`, `invalid`,
 * `unsupported-format`, `too-large`).
 */
export function parseChapters(text: string, type: string, options: ChapterOptions = {}): ChapterList {
  try {
    return readChapters(text, type, options);
  } catch (error) {
    throw toHeldInMindError(error, 'parse');
  }
}

function readChapters(text: string, type: string, options: ChapterOptions): ChapterList {
  if (typeof text !== 'string') throw new HeldInMindError('invalid', 'Chapters must be text');
  const kind = mediaKind(String(type), text);
  if (kind === 'json') return normalizeChapters(jsonChapters(text), options);
  if (kind === 'xml') return normalizeChapters(readPscDocument(text), options);
  if (kind === 'vtt') {
    const { cues, warnings } = parseWebVtt(text);
    const list = normalizeChapters(
      cues.map((cue) => ({ start: cue.start, end: cue.end, title: cue.text })),
      options,
    );
    return { chapters: list.chapters, warnings: [...warnings, ...list.warnings] };
  }
  throw new HeldInMindError('unsupported-format', `Chapters of type "${type}" are not supported`);
}
