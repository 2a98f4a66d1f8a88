// npm run bench:directory: searchGroups (filter + top 50 by distance, a bounded heap) against a
// naive filter, compute every distance, sort everything, slice. Same generated groups, same page.
import { distanceKm } from '../src/data/directory/geo.js';
import type { DirectoryGroup } from '../src/data/directory/model.js';
import { readDirectory } from '../src/data/directory/read-directory.js';
import { groupFilter, searchGroups, type GroupQuery } from '../src/data/directory/search.js';
import sample from '../src/data/directory/sample-directory.json';

declare global {
  interface Window {
    benchReady: boolean;
    runSearch: (name: string, groups: number) => { ms: number; results: number; first: string };
  }
}

const QUERY: GroupQuery = { near: { lat: 51.4545, lon: -2.5879 }, freeOnly: true, ageMonths: 4, limit: 50 };

const directories = new Map<number, DirectoryGroup[]>();
let base: DirectoryGroup[] = [];

/** `n` groups: the sample's, copied with their venues scattered over about 60 km. */
function groups(n: number): DirectoryGroup[] {
  let list = directories.get(n);
  if (!list) {
    let seed = 1;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    list = Array.from({ length: n }, (_, i) => {
      const from = base[i % base.length]!;
      const venue = from.venue && { ...from.venue, lat: 51.2 + rand() * 0.6, lon: -3.1 + rand() * 1.0 };
      return { ...from, id: `g${i}`, venue };
    });
    directories.set(n, list);
  }
  return list;
}

function naive(list: readonly DirectoryGroup[], query: GroupQuery) {
  const keep = groupFilter(query);
  return list
    .filter(keep)
    .map((group) => ({
      group,
      distanceKm:
        group.venue?.lat !== undefined && group.venue.lon !== undefined
          ? distanceKm(query.near!, { lat: group.venue.lat, lon: group.venue.lon })
          : Infinity,
    }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, query.limit);
}

const RUNNERS: Record<string, (list: readonly DirectoryGroup[]) => { group: DirectoryGroup }[]> = {
  searchGroups: (list) => searchGroups(list, QUERY).results,
  naive: (list) => naive(list, QUERY),
};

window.runSearch = (name, n) => {
  const list = groups(n);
  const start = performance.now();
  const results = RUNNERS[name]!(list);
  const ms = performance.now() - start;
  return { ms, results: results.length, first: results[0]?.group.id ?? '' };
};

void readDirectory(sample).then((directory) => {
  base = directory.groups;
  // Build the lists and warm up both (and the text cache searchGroups keeps per group).
  for (const n of [10_000, 50_000]) for (const name of Object.keys(RUNNERS)) window.runSearch(name, n);
  window.benchReady = true;
});
