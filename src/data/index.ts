// `held-in-mind/data`: pure functions and types, usable without any element.
export * from './age-bands.js';
export * from './sources.js';
export * from './tips.js';
export { HeldInMindError, isHeldInMindError } from '../core/errors.js';
export type { HeldInMindErrorCode, HeldInMindErrorDetails } from '../core/errors.js';
export * from './tip-validation.js';
export * from './secure-signs.js';
export * from './secure-signs-validation.js';
export * from './help-validation.js';
export { safeUrl, safeHttpUrl } from '../core/safe-url.js';
// Podcast: feeds, transcripts, chapters and show notes (see src/data/podcast/).
export { parseFeed, type ParseFeedOptions } from './podcast/feed.js';
export { fetchFeed, type FetchFeedOptions } from './podcast/fetch-feed.js';
export { chooseEpisode, type EpisodeChoice } from './podcast/choose-episode.js';
export type * from './podcast/feed-types.js';
export {
  activeCueIndex,
  parseTranscript,
  searchTranscript,
  type Cue,
  type Transcript,
  type TranscriptMatch,
} from './podcast/transcript.js';
export {
  normalizeChapters,
  parseChapters,
  type Chapter,
  type ChapterList,
  type ChapterOptions,
  type RawChapter,
} from './podcast/chapters.js';
export { sanitizeShowNotes, type ShowNotesOptions } from './podcast/show-notes.js';
export { parseDuration } from './podcast/durations.js';
export { parseFeedDate } from './podcast/dates.js';
export { MAX_FEED_SIZE } from './podcast/xml-guard.js';
export { readTimeFragment, withTimeFragment, type TimeFragment } from './podcast/media-fragment.js';
