// npm run bench:strategies — which way to read a feed's XML: see bench/strategies.ts.
// Prints the median time and the longest main-thread task (> 50 ms; 0 means none) per strategy.
/* global window -- used inside page.evaluate, which runs in the browser */
import { bundle, median, ms, openPage } from './harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SIZES = [1000, 3000];

await bundle(['strategies.ts', 'strategies-worker.ts']);
const { page, close } = await openPage('strategies.html');
try {
  const strategies = [
    'own reader (one task)',
    'own reader (10 ms slices)',
    'DOMParser (+ pre-pass, + walk)',
    'saxes',
    'Worker, warm (own reader)',
    'Worker, cold start (own reader)',
  ];
  for (const episodes of SIZES) {
    const results = new Map(strategies.map((name) => [name, { times: [], longest: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of strategies) {
        const r = await page.evaluate((n, e) => window.runStrategy(n, e), name, episodes);
        results.get(name).times.push(r.ms);
        results.get(name).longest.push(r.longest);
      }
    }
    console.log(`\n${episodes} episodes, median of ${ROUNDS}:`);
    for (const [name, r] of results) {
      console.log(
        `  ${name.padEnd(34)} ${ms(median(r.times)).padStart(10)}   longest task ${ms(Math.max(...r.longest)).padStart(9)}`,
      );
    }
  }
} finally {
  await close();
}
