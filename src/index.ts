// The npm entry: classes, events, types and the data API, with no side effects (nothing is
// defined and localisation is not configured until the host asks).
export { HmRepairTips } from './components/repair-tips/repair-tips.js';
export * from './components/repair-tips/repair-tips.events.js';
export {
  builtInTips,
  TIPS_CONTENT_REVIEWED,
  TIPS_CONTENT_VERSION,
  TIPS_SOURCES,
} from './components/repair-tips/content.js';
export { HmEpisodePlayer } from './components/episode-player/episode-player.js';
export * from './components/episode-player/episode-player.events.js';
export { HmGroupFinder, type PositionProvider } from './components/group-finder/group-finder.js';
export * from './components/group-finder/group-finder.events.js';
export { HmLanguageSwitch } from './components/language-switch/language-switch.js';
export * from './components/language-switch/language-switch.events.js';
export * from './data/index.js';
export { followDocumentLang } from './i18n/follow-document-lang.js';
export { configureHeldInMindLocalization, supportedLocales } from './i18n/localization.js';
export type { HeldInMindLocalization, SupportedLocale } from './i18n/localization.js';
