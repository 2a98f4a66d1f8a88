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
// Directory: ORUK 1.0 / 3.0, the library's own JSON and CSV; schedules, location and search
// (see src/data/directory/).
export type * from './directory/model.js';
export { WEEKDAYS } from './directory/model.js';
export { GROUP_TYPES, isGroupType, groupTypesIn, type GroupType } from './directory/group-types.js';
export {
  readDirectory,
  detectJsonFormat,
  MAX_DIRECTORY_SIZE,
  type DirectoryFormat,
} from './directory/read-directory.js';
export { CSV_COLUMNS } from './directory/csv.js';
export { nextSessions, sessionsToday, sessionsThisWeek } from './directory/schedule.js';
export { londonInstant, londonToday, UK_TIME_ZONE } from './directory/london-time.js';
export { toICS } from './directory/ics.js';
export { parsePostcode, outwardCode, type Postcode } from './directory/postcode.js';
export {
  distanceKm,
  distanceMiles,
  kmToMiles,
  milesToKm,
  EARTH_RADIUS_KM,
  type LatLon,
} from './directory/geo.js';
export { venueGeocoder, tableGeocoder, httpGeocoder, type Geocoder } from './directory/geocoders.js';
export {
  searchGroups,
  smallestK,
  type GroupQuery,
  type GroupResult,
  type SearchResults,
  type TimeOfDay,
} from './directory/search.js';
export { htmlToText } from './directory/html-to-text.js';
export {
  fetchOrukDirectory,
  fetchOrukNear,
  fetchOrukDirectories,
  OrukCache,
  type OrukClientOptions,
} from './directory/oruk-client.js';
export { mergeDirectories } from './directory/merge.js';
export { findPlace, placesIn, type Place } from './directory/places.js';
