import { HeldInMindError } from '../../core/errors.js';
import type { EntityDecoder } from './entities.js';
import { NamespaceScope } from './namespaces.js';

// A tolerant, non-validating XML reader that builds a small tree of plain objects. It never
// expands declared entities, never fetches anything, and never touches the page: it only slices
// strings. It reads what real feeds get wrong (bare `&`, HTML entity names, unclosed tags,
// wrong-case or undeclared prefixes, a cut-off tail) and notes it instead of failing. It works in
// steps against a deadline so a large feed can be read without blocking the page (see feed.ts).

export interface XmlElement {
  /** Namespace key from namespaces.ts: '' for RSS, 'itunes', 'podcast', 'atom', … */
  ns: string;
  /** Local name, lower-cased so that <pubdate> and <pubDate> match. */
  name: string;
  /** Attributes by lower-cased name; prefixed ones keep their prefix ('xml:lang'). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Set when the document ended before this element's end tag. */
  unclosed?: boolean;
}

export type XmlNode = XmlElement | string;

export interface XmlTreeOptions {
  /** Refuse documents nested deeper than this (default 64; feeds need about 8). */
  maxDepth?: number;
  /**
   * Called as each element's end tag is read, with its parent. Returning true drops the element
   * from the tree: a feed reads each item as it ends and lets it go, so thousands of item
   * subtrees never pile up in memory (and never make the garbage collector pause for long).
   */
  onClose?: (element: XmlElement, parent: XmlElement | undefined) => boolean;
}

const DEFAULT_MAX_DEPTH = 64;
const MAX_WARNINGS = 20;
// Elements without attributes (most of them) share one frozen object.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const ENDS_ATTRIBUTE_NAME = new Uint8Array(128);
ENDS_ATTRIBUTE_NAME.fill(1, 0, 0x21);
for (const char of '=>/"\'<') ENDS_ATTRIBUTE_NAME[char.charCodeAt(0)] = 1;
const lowerNames = new Map<string, string>();
const attributeName = (name: string): string => {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowerNames.size < 1000) lowerNames.set(name, lower);
  }
  return lower;
};
const BLANK = /^\s*$/;
const CHECK_EVERY = 256;

const isNameStart = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code > 0x7f;

export class XmlTreeBuilder {
  root: XmlElement | null = null;
  readonly warnings: string[] = [];
  /** True when the text ended inside an element, a tag, a comment or a CDATA section. */
  truncated = false;
  private pos = 0;
  private readonly stack: XmlElement[] = [];
  private readonly qnames: string[] = [];
  private readonly scopes: NamespaceScope[] = [new NamespaceScope()];
  private readonly hasText: boolean[] = [];
  private readonly maxDepth: number;
  private readonly onClose: XmlTreeOptions['onClose'];
  private ignoredWarnings = 0;

  constructor(
    private readonly text: string,
    private readonly decode: EntityDecoder,
    options: XmlTreeOptions = {},
  ) {
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.onClose = options.onClose;
  }

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  /** Reads until the end or until `performance.now()` passes `deadline`; true when finished. */
  step(deadline = Infinity): boolean {
    const { text } = this;
    const length = text.length;
    let pos = this.pos;
    let count = 0;
    while (pos < length) {
      if (++count % CHECK_EVERY === 0 && performance.now() > deadline) break;
      const lt = text.indexOf('<', pos);
      if (lt < 0) {
        this.addText(text.slice(pos));
        pos = length;
        break;
      }
      if (lt > pos) this.addText(text.slice(pos, lt));
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f) pos = this.endTag(lt);
      else if (next === 0x21) pos = this.declaration(lt);
      else if (next === 0x3f) pos = this.skipTo('?>', lt + 2);
      else if (isNameStart(next)) pos = this.startTag(lt);
      else {
        this.addText('<');
        pos = lt + 1;
      }
    }
    this.pos = pos;
    if (pos < length) return false;
    this.finish();
    return true;
  }

  private warn(message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(message);
    else this.ignoredWarnings++;
  }

  private skipTo(end: string, from: number): number {
    const at = this.text.indexOf(end, from);
    if (at < 0) {
      this.truncated = true;
      return this.text.length;
    }
    return at + end.length;
  }

  private addText(raw: string): void {
    const depth = this.stack.length;
    if (depth === 0) return;
    if (!this.hasText[depth - 1]) {
      if (BLANK.test(raw)) return;
      this.hasText[depth - 1] = true;
    }
    this.stack[depth - 1]!.children.push(this.decode(raw));
  }

  private declaration(lt: number): number {
    const { text } = this;
    if (text.startsWith('<!--', lt)) return this.skipTo('-->', lt + 4);
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      const content = text.slice(lt + 9, end < 0 ? text.length : end);
      const depth = this.stack.length;
      if (depth > 0 && content !== '') {
        this.hasText[depth - 1] = true;
        this.stack[depth - 1]!.children.push(content);
      }
      if (end < 0) this.truncated = true;
      return end < 0 ? text.length : end + 3;
    }
    // A DOCTYPE before the root was vetted by xml-guard.ts; one inside the document is hostile.
    if (this.root !== null && /^<!(doctype|entity|element|attlist)/i.test(text.slice(lt, lt + 10))) {
      throw new HeldInMindError('unsupported-format', 'Refused: a DTD declaration inside the document');
    }
    return this.skipTo('>', lt + 2);
  }

  /** Reads `<name attr="value" …>` or `/>`; scans by character code, as this is the hot path. */
  private startTag(lt: number): number {
    const { text } = this;
    const length = text.length;
    let pos = lt + 1;
    let code = 0;
    while (pos < length && (code = text.charCodeAt(pos)) > 0x20 && code !== 0x3e && code !== 0x2f) pos++;
    const qname = text.slice(lt + 1, pos);
    let attrs = NO_ATTRIBUTES;
    let declarations: [string, string][] | null = null;
    let selfClosing = false;
    for (;;) {
      while (pos < length && text.charCodeAt(pos) <= 0x20) pos++;
      if (pos >= length) {
        // Cut off inside the tag: the partial element is dropped.
        this.truncated = true;
        return length;
      }
      code = text.charCodeAt(pos);
      if (code === 0x3e) {
        pos++;
        break;
      }
      if (code === 0x2f && text.charCodeAt(pos + 1) === 0x3e) {
        selfClosing = true;
        pos += 2;
        break;
      }
      const nameStart = pos;
      while (pos < length && ((code = text.charCodeAt(pos)) > 0x7f || !ENDS_ATTRIBUTE_NAME[code])) pos++;
      if (pos === nameStart) {
        pos++; // a stray character (`=`, a quote, `/`): skip it and read on
        continue;
      }
      const name = text.slice(nameStart, pos);
      while (pos < length && text.charCodeAt(pos) <= 0x20) pos++;
      let value = '';
      if (text.charCodeAt(pos) === 0x3d) {
        pos++;
        while (pos < length && text.charCodeAt(pos) <= 0x20) pos++;
        code = text.charCodeAt(pos);
        if (code === 0x22 || code === 0x27) {
          const close = text.indexOf(code === 0x22 ? '"' : "'", pos + 1);
          if (close < 0) {
            this.truncated = true;
            return length;
          }
          value = this.decode(text.slice(pos + 1, close));
          pos = close + 1;
        } else {
          const valueStart = pos;
          while (pos < length && (code = text.charCodeAt(pos)) > 0x20 && code !== 0x3e) pos++;
          value = this.decode(text.slice(valueStart, pos));
        }
      }
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        (declarations ??= []).push([name.slice(6), value]);
      } else if (name !== '__proto__') {
        if (attrs === NO_ATTRIBUTES) attrs = {};
        attrs[attributeName(name)] = value;
      }
    }
    this.openElement(qname, attrs, declarations, selfClosing);
    return pos;
  }

  private openElement(
    qname: string,
    attrs: Record<string, string>,
    declarations: [string, string][] | null,
    selfClosing: boolean,
  ): void {
    const depth = this.stack.length;
    const parent = this.stack[depth - 1];
    if (!parent && this.root !== null) {
      this.warn(`Ignored <${qname}> after the end of the document`);
      return;
    }
    let scope = this.scopes[this.scopes.length - 1]!;
    if (declarations) {
      scope = new NamespaceScope(scope);
      for (const [prefix, uri] of declarations) scope.declare(prefix, uri);
    }
    const { ns, name } = scope.resolveName(qname);
    const element: XmlElement = { ns, name, attrs, children: [] };
    if (parent) parent.children.push(element);
    else this.root = element;
    if (selfClosing) return;
    if (depth >= this.maxDepth) {
      throw new HeldInMindError('too-large', `Refused: elements nested more than ${this.maxDepth} deep`, {
        limit: this.maxDepth,
      });
    }
    this.stack.push(element);
    this.qnames.push(qname);
    this.scopes.push(scope);
    this.hasText.push(false);
  }

  private endTag(lt: number): number {
    const gt = this.text.indexOf('>', lt + 2);
    if (gt < 0) {
      this.truncated = true;
      return this.text.length;
    }
    const qname = this.text.slice(lt + 2, gt).trim();
    const { qnames } = this;
    let at = qnames.length - 1;
    if (qnames[at] !== qname) {
      const folded = qname.toLowerCase();
      while (at >= 0 && qnames[at]!.toLowerCase() !== folded) at--;
      if (at < 0) {
        this.warn(`Ignored </${qname}> with no matching start tag`);
        return gt + 1;
      }
      for (let i = qnames.length - 1; i > at; i--) this.warn(`<${qnames[i]}> was never closed`);
    }
    this.pop(at, true);
    return gt + 1;
  }

  /** Closes every open element from the top of the stack down to index `at`. */
  private pop(at: number, ended: boolean): void {
    const { stack } = this;
    while (stack.length > at) {
      const element = stack.pop()!;
      this.qnames.pop();
      this.scopes.pop();
      this.hasText.pop();
      const parent = stack[stack.length - 1];
      if (ended && this.onClose?.(element, parent) && parent) {
        // It ended just now, so it is its parent's last child.
        parent.children.splice(parent.children.lastIndexOf(element), 1);
      }
    }
  }

  private finish(): void {
    if (this.stack.length > 0) {
      this.truncated = true;
      for (const element of this.stack) element.unclosed = true;
      this.warn(`The document ends before </${this.qnames[0]}>: it may have been cut off`);
      this.pop(0, false);
    }
    if (this.ignoredWarnings > 0) this.warnings.push(`… and ${this.ignoredWarnings} more problems`);
    this.ignoredWarnings = 0;
  }
}
