// The iframe embed page (dist/cdn/embed.html): renders one element from the query string and
// tells the framing page its height and title (see embed-host.ts). It runs before the bundle,
// so the element starts in the right language.
import { directionOf } from '../core/locale.js';
import { readEmbedRequest } from './embed-params.js';

// Filled in at build time from custom-elements.json: each element's documented attributes.
declare const HM_EMBED_ATTRIBUTES: Record<string, string[]>;

const request = readEmbedRequest(location.search, HM_EMBED_ATTRIBUTES);
const root = document.documentElement;
if (request.lang) {
  root.lang = request.lang;
  root.dir = directionOf(request.lang);
}
if (request.theme) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `./themes/${request.theme}.css`;
  document.head.append(link);
}
if (request.ignored.length) console.warn(`Held in Mind embed: ignored ${request.ignored.join(', ')}`);

const main = document.querySelector('main')!;
let element: HTMLElement | null = null;
if (request.tag) {
  element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  main.append(element);
} else {
  // A mistake in the embed code: say so on the page, where the web editor will see it.
  const names = Object.keys(HM_EMBED_ATTRIBUTES).map((tag) => tag.slice(3));
  main.textContent = `Held in Mind: "element" must be one of ${names.join(', ')}.`;
}

/** The element's first heading: a title for the iframe if the host page gave it none. */
function heading(): string {
  const found = element?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
  return (found?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
}

if (window.parent !== window) {
  let last = '';
  const report = () => {
    const message = {
      type: 'hm-embed:size',
      height: Math.ceil(root.getBoundingClientRect().height),
      title: heading(),
      lang: root.lang,
    };
    const key = JSON.stringify(message);
    if (key === last) return;
    last = key;
    // Only a height, a heading and a language: nothing private, so any framing page may read it.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(root);
  // A language arriving can change the heading without changing the size.
  addEventListener('lit-localize-status', () => setTimeout(report, 100));
}
