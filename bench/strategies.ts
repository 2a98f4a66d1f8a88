// The parsing decision, measured (npm run bench:strategies): four ways of turning a feed's text
// into the element tree that the feed code reads, on the same generated feeds in one page.
import { SaxesParser } from 'saxes';
import { createEntityDecoder } from '../src/data/podcast/entities.js';
import { NamespaceScope, namespaceKey } from '../src/data/podcast/namespaces.js';
import { runInSlices } from '../src/data/podcast/time-slice.js';
import { XmlTreeBuilder, type XmlElement, type XmlNode } from '../src/data/podcast/xml-tree.js';
import { generateFeed } from './generate-feed.mjs';

declare global {
  interface Window {
    benchReady: boolean;
    runStrategy: (name: string, episodes: number) => Promise<{ ms: number; longest: number }>;
  }
}

const feeds = new Map<number, string>();
const feed = (episodes: number): string => {
  if (!feeds.has(episodes)) feeds.set(episodes, generateFeed(episodes));
  return feeds.get(episodes)!;
};

/** The reader of src/data/podcast/xml-tree.ts in one go. */
function ownWhole(xml: string): XmlElement {
  const builder = new XmlTreeBuilder(xml, createEntityDecoder());
  builder.step();
  return builder.root!;
}

/** The same reader in 10 ms slices with a turn for the browser between them. */
async function ownSliced(xml: string): Promise<XmlElement> {
  const builder = new XmlTreeBuilder(xml, createEntityDecoder());
  await runInSlices((deadline) => builder.step(deadline));
  return builder.root!;
}

/**
 * DOMParser needs well-formed XML, so real feeds first need a pass that escapes bare `&` and
 * HTML entity names outside CDATA (the minimum; prefixes and cut-off tails need more), and the
 * result must be walked into the same tree.
 */
function domParser(xml: string): XmlElement {
  const fixed = xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 ? part : part.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;'),
    )
    .join('');
  const doc = new DOMParser().parseFromString(fixed, 'application/xml');
  if (doc.querySelector('parsererror')) throw new Error('DOMParser failed');
  const convert = (element: Element): XmlElement => {
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const a of Array.from(element.attributes)) attrs[a.name.toLowerCase()] = a.value;
    const children: XmlNode[] = [];
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) children.push(convert(node as Element));
      else if (node.nodeType === 3 || node.nodeType === 4) {
        const text = node.nodeValue!;
        if (/\S/.test(text)) children.push(text);
      }
    }
    return {
      ns: namespaceKey(element.namespaceURI ?? ''),
      name: element.localName.toLowerCase(),
      attrs,
      children,
    };
  };
  return convert(doc.documentElement);
}

/** saxes, a strict streaming parser in JavaScript, building the same tree. */
function saxes(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const scope = new NamespaceScope();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name.startsWith('xmlns:')) scope.declare(name.slice(6), value as string);
      else attrs[name.toLowerCase()] = value as string;
    }
    const colon = tag.name.indexOf(':');
    const element: XmlElement = {
      ns: scope.resolve(colon > 0 ? tag.name.slice(0, colon) : ''),
      name: (colon > 0 ? tag.name.slice(colon + 1) : tag.name).toLowerCase(),
      attrs,
      children: [],
    };
    if (stack.length) stack[stack.length - 1]!.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const text = (value: string) => {
    if (stack.length && /\S/.test(value)) stack[stack.length - 1]!.children.push(value);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.write(xml).close();
  return root!;
}

let worker: Worker | null = null;
/** The reader in a Worker; the tree comes back by structured clone. `cold` starts a new Worker. */
function inWorker(xml: string, cold: boolean): Promise<XmlElement> {
  if (cold || !worker) {
    worker?.terminate();
    worker = new Worker(new URL('./.out/strategies-worker.js', location.href), { type: 'module' });
  }
  const w = worker;
  return new Promise((resolve, reject) => {
    w.onmessage = (event: MessageEvent<XmlElement>) => resolve(event.data);
    w.onerror = (event) => reject(new Error(event.message));
    w.postMessage(xml);
  });
}

const STRATEGIES: Record<string, (xml: string) => XmlElement | Promise<XmlElement>> = {
  'own reader (one task)': ownWhole,
  'own reader (10 ms slices)': ownSliced,
  'DOMParser (+ pre-pass, + walk)': domParser,
  saxes: saxes,
  'Worker, warm (own reader)': (xml) => inWorker(xml, false),
  'Worker, cold start (own reader)': (xml) => inWorker(xml, true),
};

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: false });

window.runStrategy = async (name, episodes) => {
  const xml = feed(episodes);
  await new Promise((resolve) => setTimeout(resolve, 50));
  longest = 0;
  const start = performance.now();
  const root = await STRATEGIES[name]!(xml);
  const elapsed = performance.now() - start;
  // Let the long-task observer report, then check the work was real.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const items = (
    root.children.find((n) => typeof n !== 'string' && n.name === 'channel') as XmlElement
  ).children.filter((n) => typeof n !== 'string' && n.name === 'item').length;
  if (items !== episodes) throw new Error(`${name} read ${items} items, not ${episodes}`);
  return { ms: elapsed, longest };
};
window.benchReady = true;
