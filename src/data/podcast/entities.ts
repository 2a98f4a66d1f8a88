// Character references for tolerant parsing. Real feeds use HTML named entities (&nbsp; &eacute;)
// without a DTD, and bare ampersands ("Q&A"); both must survive. XML's own five and numeric
// references are decoded here; other names are looked up by the browser's HTML parser in an inert
// document (the full HTML list for no bytes of table), cached, and capped per decoder so a feed
// of a million made-up names cannot turn into a million look-ups.

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/g;
const MAX_LOOKUPS = 200;
const MAX_CACHED = 4096;

const known = new Map<string, string | null>();

function lookUpHtmlEntity(name: string): string | null {
  if (typeof DOMParser === 'undefined') return null;
  const reference = `&${name};`;
  const text = new DOMParser().parseFromString(`<p>${reference}`, 'text/html').body.textContent ?? '';
  // The HTML parser also reads legacy names without a semicolon: "&notanentity;" comes back as
  // "¬anentity;". Only a reference read whole counts.
  return text === reference || text === '' || (text !== ';' && text.endsWith(';')) ? null : text;
}

function fromCodePoint(code: number): string {
  const invalid =
    code === 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d);
  return invalid ? '\uFFFD' : String.fromCodePoint(code);
}

/** Decodes character references in text; unknown names and bare `&` stay as they are. */
export type EntityDecoder = (text: string) => string;

/** A decoder with its own budget of HTML-name look-ups (one per document parsed). */
export function createEntityDecoder(): EntityDecoder {
  let lookups = 0;
  const named = (name: string): string | null => {
    const xml = XML_ENTITIES[name];
    if (xml !== undefined) return xml;
    const cached = known.get(name);
    if (cached !== undefined) return cached;
    if (lookups >= MAX_LOOKUPS) return null;
    lookups++;
    const value = lookUpHtmlEntity(name);
    if (known.size < MAX_CACHED) known.set(name, value);
    return value;
  };
  return (text) =>
    text.includes('&')
      ? text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
          if (name !== undefined) return named(name) ?? whole;
          return fromCodePoint(dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16));
        })
      : text;
}
