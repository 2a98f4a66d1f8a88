// npm run bench — parseFeed against rss-parser (its browser build, dist/rss-parser.min.js) on the
// same generated 1,000- and 3,000-episode feeds in one Chromium page, alternating, N rounds.
// Prints medians, the ratio, the longest main-thread task seen (the browser reports only tasks
// over 50 ms, so 0 means none was) and, for parseFeed, the longest slice it ran without yielding.
import fs from 'node:fs';
/* global window -- used inside page.evaluate, which runs in the browser */
import { bundle, median, ms, openPage } from './harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const SIZES = [1000, 3000];
const PARSERS = ['parseFeed', 'rss-parser'];

await bundle(['feeds.ts']);
fs.copyFileSync('node_modules/rss-parser/dist/rss-parser.min.js', 'bench/.out/rss-parser.min.js');
const { page, close } = await openPage('feeds.html');
try {
  for (const episodes of SIZES) {
    const results = Object.fromEntries(PARSERS.map((name) => [name, { times: [], longest: [], slices: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of round % 2 ? [...PARSERS].reverse() : PARSERS) {
        const r = await page.evaluate((n, e) => window.runParser(n, e), name, episodes);
        results[name].times.push(r.ms);
        results[name].longest.push(r.longest);
        results[name].slices.push(r.longestSlice);
      }
    }
    const ours = median(results.parseFeed.times);
    const theirs = median(results['rss-parser'].times);
    console.log(`\n${episodes} episodes (${ROUNDS} rounds, median):`);
    for (const name of PARSERS) {
      const r = results[name];
      const slice = name === 'parseFeed' ? `   longest slice ${ms(Math.max(...r.slices))}` : '';
      console.log(
        `  ${name.padEnd(11)} ${ms(median(r.times)).padStart(10)}   longest task ${ms(Math.max(...r.longest)).padStart(9)}${slice}`,
      );
    }
    console.log(`  parseFeed is ${(theirs / ours).toFixed(1)}x as fast as rss-parser`);
  }
} finally {
  await close();
}
