// npm run bench — every benchmark in one tachometer run (Debian's chromium + chromedriver, see
// TOOLCHAIN.md), each page load one sample: first render of each shipped drop-in; 20 finder
// results and 20 transcript cues against hand-written vanilla elements; finder search over 10,000
// and 50,000 groups against a naive filter-sort-slice; feed parsing at 1,000 and 3,000 episodes
// against rss-parser's browser build; transcript search over 10,000 cues. Prints ONE table
// (medians, 95 % bootstrap intervals of the median, ratios to the baseline in the same run) and
// writes bench/results/<version>.json. Never gates anything on absolute times.
// BENCH_SAMPLES (default 15) sets the samples per benchmark; .ci/run uses a few.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'esbuild';
import { median } from './harness.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const browser = {
  name: 'chrome',
  headless: true,
  binary: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  addArguments: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
const ELEMENTS = ['repair-tips', 'secure-signs', 'episode-player', 'group-finder', 'language-switch'];
for (const name of ELEMENTS)
  if (!fs.existsSync(`dist/cdn/hm-${name}.js`))
    throw new Error('build the drop-ins first (npm run build:cdn)');

// tachometer's server hides dot folders, so the pages' bundles and data go to bench/render/build/
const out = 'bench/render/build';
await build({
  entryPoints: ['bench/render/transcript-search.ts', 'bench/render/data.ts'],
  outdir: out,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
  loader: { '.json': 'json' },
});
fs.copyFileSync('node_modules/rss-parser/dist/rss-parser.min.js', `${out}/rss-parser.min.js`);
const sample = JSON.parse(fs.readFileSync('src/data/directory/sample-directory.json', 'utf8'));
fs.writeFileSync(`${out}/groups-20.json`, JSON.stringify({ ...sample, groups: sample.groups.slice(0, 20) }));
const clock = (s) =>
  `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
fs.writeFileSync(
  `${out}/cues-20.vtt`,
  `WEBVTT\n\n${Array.from({ length: 20 }, (_, i) => `${clock(i * 5)} --> ${clock(i * 5 + 5)}\nLine ${i + 1}: stay close and notice what helps your baby settle.\n`).join('\n')}`,
);

const bench = (name, url, entryName) => ({
  name,
  url,
  measurement: [{ mode: 'performance', entryName }],
  browser,
});
// [benchmark, baseline it is compared with (index into this list), or none]
const rows = [
  ...ELEMENTS.map((name) => [
    bench(`first render: <hm-${name}>`, `../render/first-render.html?element=${name}`, 'render'),
  ]),
  [bench('20 finder results: vanilla element', '../render/lists.html?case=finder&impl=vanilla', 'render')],
  [bench('20 finder results: <hm-group-finder>', '../render/lists.html?case=finder&impl=hm', 'render'), -1],
  [bench('20 transcript cues: vanilla element', '../render/lists.html?case=cues&impl=vanilla', 'render')],
  [bench('20 transcript cues: <hm-episode-player>', '../render/lists.html?case=cues&impl=hm', 'render'), -1],
  ...[10_000, 50_000].flatMap((n) => [
    [
      bench(
        `search ${n.toLocaleString('en-GB')} groups: naive`,
        `../render/data.html?case=search&groups=${n}&impl=naive`,
        'search',
      ),
    ],
    [
      bench(
        `search ${n.toLocaleString('en-GB')} groups: searchGroups`,
        `../render/data.html?case=search&groups=${n}&impl=searchGroups`,
        'search',
      ),
      -1,
    ],
  ]),
  ...[1000, 3000].flatMap((n) => [
    [
      bench(
        `parse ${n.toLocaleString('en-GB')} episodes: rss-parser`,
        `../render/data.html?case=feed&episodes=${n}&impl=rss-parser`,
        'parse',
      ),
    ],
    [
      bench(
        `parse ${n.toLocaleString('en-GB')} episodes: parseFeed`,
        `../render/data.html?case=feed&episodes=${n}&impl=parseFeed`,
        'parse',
      ),
      -1,
    ],
  ]),
  [bench('transcript search, 10,000 cues, first keystroke', '../render/transcript-search.html', 'search')],
  [
    bench(
      'transcript search, 10,000 cues, next keystroke',
      '../render/transcript-search.html',
      'search-again',
    ),
  ],
];
const config = {
  $schema: 'https://raw.githubusercontent.com/google/tachometer/main/config.schema.json',
  // paths are relative to this file (bench/.out/); the server's root is the repository
  root: '../..',
  sampleSize: SAMPLES,
  timeout: 0,
  benchmarks: rows.map(([b]) => b),
};
fs.mkdirSync('bench/.out', { recursive: true });
fs.writeFileSync('bench/.out/tachometer.json', JSON.stringify(config, null, 2));
const version = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
fs.mkdirSync('bench/results', { recursive: true });
const jsonFile = `bench/results/${version}.json`;
const run = (command, args, stdio) =>
  new Promise((resolve) => spawn(command, args, { stdio }).on('close', resolve));
const code = await run(
  'npx',
  [
    'tachometer',
    '--config',
    'bench/.out/tachometer.json',
    '--json-file',
    jsonFile,
    '--port',
    process.env.BENCH_PORT ?? '8610',
  ],
  ['ignore', 'ignore', 'inherit'],
);
if (code !== 0) process.exit(code ?? 1);
await run('npx', ['prettier', '--write', jsonFile], 'ignore');

// Median and a 95 % bootstrap interval of the median.
const interval = (samples) => {
  const medians = [];
  for (let i = 0; i < 2000; i++)
    medians.push(median(samples.map(() => samples[Math.floor(Math.random() * samples.length)])));
  medians.sort((a, b) => a - b);
  return [medians[50], medians[1949]];
};
const results = JSON.parse(fs.readFileSync(jsonFile, 'utf8')).benchmarks;
const f = (v) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
console.log(
  `\n${SAMPLES} samples each (one per page load), headless Chromium (Debian), tachometer ${new Date().toISOString().slice(0, 10)}`,
);
console.log('| benchmark | median | 95 % interval | ÷ baseline |\n| --- | ---: | ---: | ---: |');
results.forEach((b, i) => {
  const samples = b.samples ?? [];
  const [low, high] = interval(samples);
  const offset = rows[i][1];
  const ratio = offset
    ? `${(median(samples) / median(results[i + offset].samples)).toFixed(2)}× ${results[i + offset].name.split(': ')[1]}`
    : '';
  console.log(`| ${b.name} | ${f(median(samples))} ms | ${f(low)}–${f(high)} ms | ${ratio} |`);
});
