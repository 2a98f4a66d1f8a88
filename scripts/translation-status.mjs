// Writes the translation status table into README.md between <!-- translation-status:start -->
// and <!-- translation-status:end -->, from the XLIFF files the elements ship (locales/*.xlf):
// for each locale, how many messages it has, how many carry a translation, and the review state
// of those translations as the XLIFF records it. The table never claims more than the files say.
// `--check` fails instead of writing when the README is out of date (run by `npm run lint`).
import fs from 'node:fs';
import path from 'node:path';
import { isBuilderMessage } from './builder-messages.mjs';
import * as prettier from 'prettier';

const check = process.argv.includes('--check');
const config = JSON.parse(fs.readFileSync('lit-localize.json', 'utf8'));
const dir = config.interchange.xliffDir;

// English names (the README is in English); the names in each language come from the switcher's
// list, so the two never disagree.
const ENGLISH = {
  'en-GB': 'English',
  cy: 'Welsh',
  ar: 'Arabic',
  bg: 'Bulgarian',
  bn: 'Bengali',
  es: 'Spanish',
  fa: 'Persian',
  fr: 'French',
  gu: 'Gujarati',
  hu: 'Hungarian',
  it: 'Italian',
  lt: 'Lithuanian',
  pa: 'Panjabi, Gurmukhi script',
  pl: 'Polish',
  ps: 'Pashto',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  so: 'Somali',
  ta: 'Tamil',
  tr: 'Turkish',
  uk: 'Ukrainian',
  ur: 'Urdu',
  'zh-Hans': 'Chinese, Simplified',
};
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur']);
const endonyms = Object.fromEntries(
  [
    ...fs
      .readFileSync('src/components/language-switch/endonyms.ts', 'utf8')
      .matchAll(/^\s*'?([A-Za-z-]+)'?: '([^']+)',$/gm),
  ].map((m) => [m[1], m[2]]),
);

// XLIFF 1.2 target states, in words a reader of the README understands.
const STATES = {
  'needs-review-translation': 'drafted, not reviewed by a native speaker',
  'needs-review-l10n': 'drafted, not reviewed by a native speaker',
  'needs-review-adaptation': 'drafted, not reviewed by a native speaker',
  translated: 'translated, not reviewed',
  'signed-off': 'reviewed and signed off',
  final: 'reviewed, final',
  new: 'not translated',
  'needs-translation': 'not translated',
  unspecified: 'translated, review state not recorded',
};

function languageName(locale) {
  const english = ENGLISH[locale] ?? locale;
  const own = endonyms[locale];
  const rtl = RTL.has(locale.split('-')[0]) ? ', right to left' : '';
  return own && own !== english
    ? `${own} (${english}${rtl})`
    : `${english}${rtl ? ` (${rtl.slice(2)})` : ''}`;
}

const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.xlf'))
  // Welsh first (a UK language with its own standards for public bodies), then by code.
  .sort((a, b) => (a === 'cy.xlf' ? -1 : b === 'cy.xlf' ? 1 : a.localeCompare(b)));
const xliff = files.map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
// Every message any file has: a locale file without one of them has not translated it.
// The embed builder (a tool for web editors, offered in en, cy and ar) is counted apart.
const allIds = new Set(
  xliff.flatMap((xml) => [...xml.matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1])),
);
const sourceCount = [...allIds].filter((id) => !isBuilderMessage(id)).length;
const builderCount = allIds.size - sourceCount;
const rows = [];
for (const [i, file] of files.entries()) {
  const xml = xliff[i];
  const locale = xml.match(/target-language="([^"]+)"/)?.[1] ?? path.basename(file, '.xlf');
  const all = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const units = all.filter((m) => !isBuilderMessage(m[1])).map((m) => [m[0], m[2]]);
  const builderDone = all.filter(
    (m) => isBuilderMessage(m[1]) && /<target[^>]*>\s*\S[\s\S]*?<\/target>/.test(m[2]),
  ).length;
  const counts = new Map();
  if (units.length < sourceCount) counts.set('missing from the file', sourceCount - units.length);
  let translated = 0;
  for (const [, body] of units) {
    const target = body.match(/<target(?:\s+state="([^"]*)")?>([\s\S]*?)<\/target>/);
    const state = target && target[2].trim() ? (target[1] ?? 'unspecified') : 'new';
    if (state !== 'new' && state !== 'needs-translation') translated++;
    const words = STATES[state] ?? state;
    counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  const review = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([words, n]) => `${n} ${words}`)
    .join('; ');
  rows.push([
    `\`${locale}\``,
    languageName(locale),
    String(sourceCount),
    String(translated),
    review,
    builderDone === builderCount ? `${builderDone}, drafted` : 'English',
  ]);
}
rows.unshift([
  `\`${config.sourceLocale}\``,
  `${ENGLISH[config.sourceLocale] ?? config.sourceLocale} (source)`,
  String(sourceCount),
  '—',
  'written for this project',
  String(builderCount),
]);

const table = [
  '| locale | language | messages | translated | review status (from the XLIFF `state` of each target) | embed builder (for web editors) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');

const start = '<!-- translation-status:start -->';
const end = '<!-- translation-status:end -->';
const current = fs.readFileSync('README.md', 'utf8');
const re = new RegExp(`${start}[\\s\\S]*?${end}`);
if (!re.test(current)) {
  console.error(`README.md has no ${start} … ${end} block`);
  process.exit(1);
}
const options = (await prettier.resolveConfig('README.md')) ?? {};
const next = await prettier.format(current.replace(re, `${start}\n\n${table}\n\n${end}`), {
  ...options,
  parser: 'markdown',
});
if (check) {
  if (current !== next) {
    console.error('README.md translation status is out of date: run "npm run docs"');
    process.exit(1);
  }
  console.log(`README translation status matches ${files.length} XLIFF files`);
} else if (current !== next) {
  fs.writeFileSync('README.md', next);
  console.log('README.md translation status updated');
}
