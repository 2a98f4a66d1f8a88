import { stripBidiOverrides } from '../../core/bidi.js';
import type { XmlElement, XmlNode } from './xml-tree.js';

// Reading the tree from xml-tree.ts. Names are compared in lower case (the tree stores them so).

export function child(parent: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  if (!parent) return undefined;
  for (const node of parent.children) {
    if (typeof node !== 'string' && node.name === name && node.ns === ns) return node;
  }
  return undefined;
}

export function childrenNamed(parent: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  if (!parent) return found;
  for (const node of parent.children) {
    if (typeof node !== 'string' && node.name === name && node.ns === ns) found.push(node);
  }
  return found;
}

/** All the text inside an element, trimmed (like `textContent`), without bidi overrides. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const { children } = element;
  if (children.length === 1 && typeof children[0] === 'string') return stripBidiOverrides(children[0].trim());
  let text = '';
  const collect = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) text += typeof node === 'string' ? node : (collect(node.children), '');
  };
  collect(children);
  return stripBidiOverrides(text.trim());
}

/** Text of the first matching child, or '' if there is none. */
export const childText = (parent: XmlElement | undefined, ns: string, name: string): string =>
  textOf(child(parent, ns, name));

const VOID = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/**
 * An element's content as markup. Show notes are usually escaped or in CDATA, which the tree
 * holds as text (already markup); some feeds write the HTML unescaped, which the tree holds as
 * elements, so those are written back out. Either way the result still needs sanitizeShowNotes.
 */
export function markupOf(element: XmlElement | undefined): string {
  if (!element) return '';
  if (element.children.every((node) => typeof node === 'string')) return textOf(element);
  const write = (nodes: readonly XmlNode[]): string =>
    nodes
      .map((node) => {
        if (typeof node === 'string') return escapeText(node);
        const attrs = Object.entries(node.attrs)
          .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
          .join('');
        const open = `<${node.name}${attrs}>`;
        // An unclosed <br> holds what followed it; write that after it.
        return VOID.has(node.name)
          ? open + write(node.children)
          : `${open}${write(node.children)}</${node.name}>`;
      })
      .join('');
  return write(element.children).trim();
}

/** A trimmed attribute value, or undefined when it is missing or empty. */
export function attr(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.attrs[name]?.trim();
  return value === '' ? undefined : value;
}
