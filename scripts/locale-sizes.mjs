// Every locale chunk of the drop-in build within DESIGN.md's budget (one locale chunk ≤ 6 KB,
// brotli), for every locale in lit-localize.json: size-limit's own entries name a few chunks;
// this covers all 23 × 5 without 115 entries. Prints the table `npm run size` shows.
import fs from 'node:fs';
import zlib from 'node:zlib';

const BUDGET = 6 * 1024;
const dir = 'dist/cdn/chunks';
const { targetLocales } = JSON.parse(fs.readFileSync('lit-localize.json', 'utf8'));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
const parts = [
  'core',
  'repair-tips',
  'secure-signs',
  'secure-signs-content',
  'group-finder',
  'episode-player',
];
const kb = (n) => (n / 1024).toFixed(2);
const failures = [];
const rows = [];
for (const locale of targetLocales) {
  const row = [locale.padEnd(8)];
  for (const part of parts) {
    const name = new RegExp(`^${locale}-${part}-[\\w-]{8}\\.js$`);
    const matches = files.filter((f) => name.test(f));
    if (matches.length === 0) {
      failures.push(`${locale}/${part}: no chunk in ${dir} (run npm run build:cdn)`);
      row.push('—'.padStart(part.length + 2));
      continue;
    }
    const size = Math.max(
      ...matches.map((f) => zlib.brotliCompressSync(fs.readFileSync(`${dir}/${f}`)).length),
    );
    if (size > BUDGET) failures.push(`${locale}/${part}: ${kb(size)} kB > ${kb(BUDGET)} kB`);
    row.push(`${kb(size)} kB`.padStart(part.length + 2));
  }
  rows.push(row.join(''));
}
console.log(`Locale chunks, brotli (budget ${kb(BUDGET)} kB each)`);
console.log(['locale'.padEnd(8), ...parts.map((p) => p.padStart(p.length + 2))].join(''));
console.log(rows.join('\n'));
if (failures.length) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
