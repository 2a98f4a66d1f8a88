// npm run bench:render — tachometer (Debian's chromium + chromedriver, see TOOLCHAIN.md) on the
// shipped drop-ins and on transcript search: first render of each element from a cold page, and
// searching 10,000 cues. Writes bench/results/<version>.json and prints medians with 95 %
// intervals (bootstrap over tachometer's samples). Benchmarks never gate CI on absolute times.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'esbuild';
import { median } from './harness.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const browser = {
  name: 'chrome',
  headless: true,
  binary: '/usr/bin/chromium',
  addArguments: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
const elements = ['repair-tips', 'secure-signs', 'episode-player', 'group-finder'].filter((name) =>
  fs.existsSync(`dist/cdn/hm-${name}.js`),
);
if (elements.length === 0) throw new Error('build the drop-ins first (npm run build:cdn)');
// tachometer's server hides dot folders (bench/.out), so these bundles go to bench/render/build/
await build({
  entryPoints: ['bench/render/transcript-search.ts'],
  outdir: 'bench/render/build',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});

const config = {
  $schema: 'https://raw.githubusercontent.com/google/tachometer/main/config.schema.json',
  // paths are relative to this file (bench/.out/); the server's root is the repository
  root: '../..',
  sampleSize: SAMPLES,
  timeout: 0,
  benchmarks: [
    ...elements.map((name) => ({
      name: `first render: <hm-${name}>`,
      url: `../render/first-render.html?element=${name}`,
      measurement: [{ mode: 'performance', entryName: 'render' }],
      browser,
    })),
    {
      name: 'transcript search, 10,000 cues, first keystroke',
      url: '../render/transcript-search.html',
      measurement: [{ mode: 'performance', entryName: 'search' }],
      browser,
    },
    {
      name: 'transcript search, 10,000 cues, next keystroke',
      url: '../render/transcript-search.html',
      measurement: [{ mode: 'performance', entryName: 'search-again' }],
      browser,
    },
  ],
};
fs.mkdirSync('bench/.out', { recursive: true });
fs.writeFileSync('bench/.out/tachometer.json', JSON.stringify(config, null, 2));
const version = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
fs.mkdirSync('bench/results', { recursive: true });
const jsonFile = `bench/results/${version}.json`;
const code = await new Promise((resolve) =>
  spawn('npx', ['tachometer', '--config', 'bench/.out/tachometer.json', '--json-file', jsonFile], {
    stdio: ['ignore', 'ignore', 'inherit'],
  }).on('close', resolve),
);
if (code !== 0) process.exit(code ?? 1);

// Median and a 95 % bootstrap interval of the median, per benchmark.
const interval = (samples) => {
  const medians = [];
  for (let i = 0; i < 2000; i++)
    medians.push(median(samples.map(() => samples[Math.floor(Math.random() * samples.length)])));
  medians.sort((a, b) => a - b);
  return [medians[50], medians[1949]];
};
const results = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
console.log(`\n${SAMPLES} samples each, headless Chromium (Debian), tachometer`);
console.log('| benchmark | median | 95 % interval |\n| --- | --- | --- |');
for (const b of results.benchmarks) {
  const samples = b.samples ?? [];
  const [low, high] = interval(samples);
  console.log(`| ${b.name} | ${median(samples).toFixed(1)} ms | ${low.toFixed(1)}–${high.toFixed(1)} ms |`);
}
