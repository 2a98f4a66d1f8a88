// npm run bench:directory: searchGroups (filter + top 50 by distance) over 10,000 and 50,000
// generated groups in one Chromium page, against a naive filter-then-sort baseline measured in
// the same run, alternating, N rounds. Prints medians and the ratio. DESIGN.md budget: 5 ms for
// 10,000 groups, 10 ms for 50,000.
/* global window -- used inside page.evaluate, which runs in the browser */
import { bundle, median, ms, openPage } from './harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const SIZES = [10_000, 50_000];
const BUDGET = { 10000: 5, 50000: 10 };
const RUNNERS = ['searchGroups', 'naive'];

await bundle(['directory.ts']);
const { page, close } = await openPage('directory.html');
try {
  for (const groups of SIZES) {
    const times = Object.fromEntries(RUNNERS.map((name) => [name, []]));
    let check;
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of round % 2 ? [...RUNNERS].reverse() : RUNNERS) {
        const r = await page.evaluate((n, g) => window.runSearch(n, g), name, groups);
        times[name].push(r.ms);
        check ??= r.first;
        if (r.first !== check)
          throw new Error(`${name} disagrees on the nearest group: ${r.first} vs ${check}`);
      }
    }
    const ours = median(times.searchGroups);
    const theirs = median(times.naive);
    console.log(`\n${groups.toLocaleString('en-GB')} groups (${ROUNDS} rounds, median):`);
    for (const name of RUNNERS) console.log(`  ${name.padEnd(12)} ${ms(median(times[name])).padStart(10)}`);
    console.log(
      `  searchGroups is ${(theirs / ours).toFixed(1)}x as fast as the naive baseline; budget ${BUDGET[groups]} ms: ${ours <= BUDGET[groups] ? 'within' : 'OVER'}`,
    );
  }
} finally {
  await close();
}
