import { HeldInMindError } from '../../core/errors.js';

// Checks made before any parsing: size, the character encoding of raw bytes, what kind of
// document this is (JSON, an HTML page), and the prolog, where DTDs live. A DTD is refused
// outright: internal entity declarations are how billion-laughs and quadratic blow-up attacks
// work, and an external DTD is a request to somewhere else. The reader never expands entities
// anyway; refusing early also keeps such files from being half-read.

/** The largest feed accepted, in bytes (or characters for a string). */
export const MAX_FEED_SIZE = 25 * 1024 * 1024;

export interface PreparedXml {
  /** The text from the first `<` on (BOM, leading whitespace and the prolog vetted). */
  text: string;
  /** The root element's name as written, e.g. 'rss', 'feed', 'rdf:RDF', 'html'. */
  rootName: string;
}

const SPACE = /\s*/y;

const tooLarge = (size: number, limit: number): HeldInMindError =>
  new HeldInMindError('too-large', `Refused: ${size} bytes is over the limit of ${limit}`, { limit });

/**
 * Decodes raw bytes the way the XML and HTTP specifications say: a byte order mark first, then
 * the charset of the Content-Type, then the XML declaration's encoding, then UTF-8.
 */
export function decodeXmlBytes(
  bytes: Uint8Array,
  contentType = '',
  limit = MAX_FEED_SIZE,
): { text: string; warnings: string[] } {
  if (bytes.byteLength > limit) throw tooLarge(bytes.byteLength, limit);
  const warnings: string[] = [];
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
    label =
      /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
      /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1] ??
      'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    warnings.push(`Unknown character encoding "${label}"; read as UTF-8`);
    decoder = new TextDecoder();
  }
  return { text: decoder.decode(bytes), warnings };
}

/** Refuses JSON, HTML pages, non-XML text and DTDs; returns where the document really starts. */
export function prepareXml(input: string, limit = MAX_FEED_SIZE): PreparedXml {
  if (input.length > limit) throw tooLarge(input.length, limit);
  const start = input.search(/\S/);
  const first = start < 0 ? '' : input[start]!;
  if (first === '{' || first === '[') {
    const jsonFeed = /jsonfeed\.org\/version/i.test(input.slice(start, start + 2000));
    throw new HeldInMindError(
      'unsupported-format',
      jsonFeed ? 'This is a JSON Feed, not an RSS or Atom feed' : 'This is JSON, not XML',
    );
  }
  if (first !== '<') {
    throw new HeldInMindError('unsupported-format', start < 0 ? 'The document is empty' : 'This is not XML');
  }
  const text = input.slice(start);
  let pos = 0;
  for (;;) {
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    pos = SPACE.lastIndex;
    if (pos >= text.length) throw new HeldInMindError('parse', 'The document has no elements');
    if (text.startsWith('<?', pos)) pos = after(text, '?>', pos);
    else if (text.startsWith('<!--', pos)) pos = after(text, '-->', pos);
    else if (/^<!doctype/i.test(text.slice(pos, pos + 9))) pos = vetDoctype(text, pos);
    else break;
  }
  const rootName = /^<([^\s/>!?]+)/.exec(text.slice(pos, pos + 200))?.[1];
  if (!rootName) throw new HeldInMindError('parse', 'The document has no root element');
  if (/^(html|head|body)$/i.test(rootName)) {
    throw new HeldInMindError('unsupported-format', 'This is a web page (HTML), not a feed');
  }
  return { text, rootName };
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  if (at < 0) throw new HeldInMindError('parse', 'The document ends inside its prolog');
  return at + end.length;
}

function vetDoctype(text: string, pos: number): number {
  const end = text.indexOf('>', pos);
  const bracket = text.indexOf('[', pos);
  if (bracket >= 0 && (end < 0 || bracket < end)) {
    throw new HeldInMindError(
      'unsupported-format',
      'Refused: the document declares entities or elements (a DTD internal subset)',
    );
  }
  if (end < 0) throw new HeldInMindError('parse', 'The document ends inside its DOCTYPE');
  const doctype = text.slice(pos, end);
  if (/^<!doctype\s+html\b/i.test(doctype)) {
    throw new HeldInMindError('unsupported-format', 'This is a web page (HTML), not a feed');
  }
  if (/\s(SYSTEM|PUBLIC)\b/i.test(doctype)) {
    throw new HeldInMindError('unsupported-format', 'Refused: the document refers to an external DTD');
  }
  return end + 1;
}
