// Data benchmarks as tachometer pages (one measurement per page load): ?case=search (searchGroups
// or a naive filter-sort-slice over N groups) and ?case=feed (parseFeed or rss-parser's browser
// build over a generated N-episode feed). The input is built before the clock starts.
import { distanceKm } from '../../src/data/directory/geo.js';
import type { DirectoryGroup } from '../../src/data/directory/model.js';
import { readDirectory } from '../../src/data/directory/read-directory.js';
import { groupFilter, searchGroups, type GroupQuery } from '../../src/data/directory/search.js';
import { parseFeed } from '../../src/data/podcast/feed.js';
import sample from '../../src/data/directory/sample-directory.json';
import { generateFeed } from '../generate-feed.mjs';

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? '';
const QUERY: GroupQuery = { near: { lat: 51.4545, lon: -2.5879 }, freeOnly: true, ageMonths: 4, limit: 50 };

function scatter(base: DirectoryGroup[], n: number): DirectoryGroup[] {
  let seed = 1;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => {
    const from = base[i % base.length]!;
    const venue = from.venue && { ...from.venue, lat: 51.2 + rand() * 0.6, lon: -3.1 + rand() * 1.0 };
    return { ...from, id: `g${i}`, venue };
  });
}

function naive(list: readonly DirectoryGroup[]) {
  const keep = groupFilter(QUERY);
  return list
    .filter(keep)
    .map((group) => ({
      group,
      d:
        group.venue?.lat !== undefined && group.venue.lon !== undefined
          ? distanceKm(QUERY.near!, { lat: group.venue.lat, lon: group.venue.lon })
          : Infinity,
    }))
    .sort((a, b) => a.d - b.d)
    .slice(0, QUERY.limit);
}

interface RssParser {
  parseString(xml: string): Promise<{ items: unknown[] }>;
}

async function run(): Promise<void> {
  if (params.get('case') === 'search') {
    const list = scatter((await readDirectory(sample)).groups, Number(params.get('groups')));
    const search = impl === 'naive' ? () => naive(list) : () => searchGroups(list, QUERY).results;
    search(); // a person's second search: the text cache and the code are warm
    const start = performance.now();
    const results = search();
    performance.measure('search', { start });
    if (results.length !== 50) throw new Error(`${impl}: ${results.length} results`);
  } else {
    const episodes = Number(params.get('episodes'));
    const xml = generateFeed(episodes);
    const Parser = (window as unknown as { RSSParser: new () => RssParser }).RSSParser;
    const start = performance.now();
    const count =
      impl === 'rss-parser'
        ? (await new Parser().parseString(xml)).items.length
        : (await parseFeed(xml)).episodes.length;
    performance.measure('parse', { start });
    if (count !== episodes) throw new Error(`${impl}: ${count} episodes`);
  }
}
void run();
