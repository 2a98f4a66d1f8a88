/**
 * Each language named in itself, so a person finds theirs whatever the page is in. Written out
 * rather than from Intl.DisplayNames: browsers without data for a language (Debian's Chromium and
 * Welsh) would name it in English or by its code.
 */
export const ENDONYMS: Readonly<Record<string, string>> = {
  'en-GB': 'English',
  cy: 'Cymraeg',
  ar: 'العربية',
  bg: 'Български',
  bn: 'বাংলা',
  es: 'Español',
  fa: 'فارسی',
  fr: 'Français',
  gu: 'ગુજરાતી',
  hu: 'Magyar',
  it: 'Italiano',
  lt: 'Lietuvių',
  pa: 'ਪੰਜਾਬੀ',
  pl: 'Polski',
  ps: 'پښتو',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  so: 'Soomaali',
  ta: 'தமிழ்',
  tr: 'Türkçe',
  uk: 'Українська',
  ur: 'اردو',
  'zh-Hans': '简体中文',
};
