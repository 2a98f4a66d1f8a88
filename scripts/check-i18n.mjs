// The localisation check that `npm test` runs first:
// 1. `lit-localize extract` must leave locales/*.xlf unchanged (no message missing from XLIFF,
//    no stale one left behind);
// 2. every message has a non-empty <target> and a translator note in every shipped locale, with
//    the same placeholders as its source;
// 3. plural messages come with all six CLDR categories, so Welsh and Arabic can fill each one.
// It prints a table of translation states per locale (the honest review status).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILDER_LOCALES, isBuilderMessage } from './builder-messages.mjs';

const config = JSON.parse(fs.readFileSync('lit-localize.json', 'utf8'));
const dir = config.interchange.xliffDir;
const files = config.targetLocales.map((locale) => path.join(dir, `${locale}.xlf`));
const before = new Map(files.map((f) => [f, fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null]));
const problems = [];

try {
  execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'pipe' });
  for (const [file, text] of before) {
    const after = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (after !== text)
      problems.push(
        `${file}: out of date with the source; run "npm run localize:extract" and translate what it adds`,
      );
  }
} finally {
  for (const [file, text] of before) if (text !== null) fs.writeFileSync(file, text);
}

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const partial = (id, file) => isBuilderMessage(id) && !BUILDER_LOCALES.includes(path.basename(file, '.xlf'));
const placeholders = (xml) =>
  (xml.match(/<x [^>]*\/>/g) ?? [])
    .map((x) => x.replace(/\s+/g, ' '))
    .sort()
    .join('|');
const rows = [];
let untranslatedTools = 0;

for (const file of files) {
  const xml = fs.readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const states = {};
  const ids = new Set();
  for (const [, id, body] of units) {
    ids.add(id);
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target(?:\s+state="([^"]*)")?>([\s\S]*?)<\/target>/);
    if (!/<note[^>]*>[^<]+<\/note>/.test(body)) problems.push(`${file}: ${id} has no translator note (desc)`);
    if (!target || target[2].trim() === '') {
      if (partial(id, file)) {
        untranslatedTools += 1;
        continue;
      }
      problems.push(`${file}: ${id} has no translation`);
      continue;
    }
    const state = target[1] ?? 'unspecified';
    states[state] = (states[state] ?? 0) + 1;
    if (placeholders(source) !== placeholders(target[2]))
      problems.push(`${file}: ${id} placeholders differ from the source`);
  }
  for (const id of ids) {
    const m = id.match(/^(.*)\.(zero|one|two|few|many|other)$/);
    if (m)
      for (const c of CATEGORIES)
        if (!ids.has(`${m[1]}.${c}`)) problems.push(`${file}: plural ${m[1]} lacks “${c}”`);
  }
  rows.push({ file, units: units.length, states });
}

for (const { file, units, states } of rows) {
  const summary = Object.entries(states)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  console.log(`${path.basename(file)}: ${units} messages (${summary})`);
}
if (problems.length) {
  console.error(`\n${problems.length} localisation problem(s):\n- ${problems.slice(0, 50).join('\n- ')}`);
  process.exit(1);
}
console.log(
  'i18n: extraction is up to date; every message is translated in every locale' +
    (untranslatedTools
      ? ` (except ${untranslatedTools} embed-builder messages, offered in en, cy, ar only).`
      : '.'),
);
