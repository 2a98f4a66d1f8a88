import { HeldInMindError } from '../../core/errors.js';
import type { RawChapter } from './chapters.js';
import { parseXml } from './xml-document.js';
import { attr, childrenNamed } from './xml-query.js';
import type { XmlElement } from './xml-tree.js';

// Podlove Simple Chapters: <psc:chapters><psc:chapter start="00:01:02.500" title="…" href="…"
// image="…"/></psc:chapters>, inline in a feed item or as a file of their own.

/** The chapters of a <psc:chapters> element, unchecked (normalizeChapters checks them). */
export function readPscChapters(element: XmlElement): RawChapter[] {
  return childrenNamed(element, 'psc', 'chapter').map((chapter) => ({
    start: attr(chapter, 'start'),
    title: attr(chapter, 'title'),
    url: attr(chapter, 'href'),
    img: attr(chapter, 'image'),
  }));
}

function findChapters(element: XmlElement, depth = 0): XmlElement | undefined {
  if (element.ns === 'psc' && element.name === 'chapters') return element;
  if (depth > 4) return undefined;
  for (const node of element.children) {
    const found = typeof node === 'string' ? undefined : findChapters(node, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The chapters of a standalone PSC document (its root, or the first <psc:chapters> near it). */
export function readPscDocument(text: string): RawChapter[] {
  const { root } = parseXml(text);
  const chapters = findChapters(root);
  if (!chapters) {
    throw new HeldInMindError('unsupported-format', 'No Podlove Simple Chapters (<psc:chapters>) found');
  }
  return readPscChapters(chapters);
}
