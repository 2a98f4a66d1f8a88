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
    runParser: (name: string, episodes: number) => Promise<{ ms: number; longest: number }>;
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

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask' });

window.runParser = async (name, episodes) => {
  const xml = feed(episodes);
  await new Promise((resolve) => setTimeout(resolve, 100));
  longest = 0;
  const start = performance.now();
  const count = await PARSERS[name]!(xml);
  const elapsed = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (count !== episodes) throw new Error(`${name} read ${count} episodes, not ${episodes}`);
  return { ms: elapsed, longest };
};
window.benchReady = true;
