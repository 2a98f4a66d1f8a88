// npm run bench: parseFeed against the rss-parser package's browser build, on the same generated
// feeds in the same page. See bench/feeds.mjs.
import { parseFeed } from '../src/data/podcast/feed.js';
import { generateFeed } from './generate-feed.mjs';

interface RssParser {
  parseString(xml: string): Promise<{ items: unknown[] }>;
}

declare global {
  interface Window {
    benchReady: boolean;
    RSSParser: new () => RssParser;
    runParser: (
      name: string,
      episodes: number,
    ) => Promise<{ ms: number; longest: number; longestSlice: number }>;
  }
}

const feeds = new Map<number, string>();
const feed = (episodes: number): string => {
  if (!feeds.has(episodes)) feeds.set(episodes, generateFeed(episodes));
  return feeds.get(episodes)!;
};

const PARSERS: Record<string, (xml: string) => Promise<number>> = {
  parseFeed: async (xml) => (await parseFeed(xml)).episodes.length,
  'rss-parser': async (xml) => (await new window.RSSParser().parseString(xml)).items.length,
};

// Tasks over 50 ms, as the browser reports them (the long-task API sees nothing shorter).
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask' });

// The longest stretch parseFeed runs between two turns it gives the browser: parseFeed yields
// through scheduler.yield (src/data/podcast/time-slice.ts), so timing the calls times the slices.
let sliceStart = 0;
let longestSlice = 0;
const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
const yieldToMain = scheduler.yield.bind(scheduler);
scheduler.yield = async () => {
  longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
  await yieldToMain();
  sliceStart = performance.now();
};

window.runParser = async (name, episodes) => {
  const xml = feed(episodes);
  await new Promise((resolve) => setTimeout(resolve, 100));
  longest = 0;
  longestSlice = 0;
  const start = (sliceStart = performance.now());
  const count = await PARSERS[name]!(xml);
  const end = performance.now();
  const elapsed = end - start;
  longestSlice = Math.max(longestSlice, end - sliceStart);
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (count !== episodes) throw new Error(`${name} read ${count} episodes, not ${episodes}`);
  return { ms: elapsed, longest, longestSlice };
};
window.benchReady = true;
