// Reads an embed page's query string (?element=repair-tips&lang=cy&theme=nhs&tip=reconnect) into
// what to render. Only attributes the element documents are passed on (never on*, style or
// slot), so a crafted link cannot add behaviour to the page.

export const EMBED_THEMES = ['neutral', 'nhs', 'govuk', 'dark'] as const;

export interface EmbedRequest {
  /** The tag to render, or null if `element` names none of ours. */
  tag: string | null;
  attributes: [string, string][];
  lang: string | null;
  theme: string | null;
  /** Attribute names that were asked for but are not the element's (for the console). */
  ignored: string[];
}

const RESERVED = new Set(['element', 'lang', 'theme']);
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export function readEmbedRequest(
  search: string,
  known: Readonly<Record<string, readonly string[]>>,
): EmbedRequest {
  const params = new URLSearchParams(search);
  const element = params.get('element') ?? '';
  const tag = Object.hasOwn(known, `hm-${element}`) ? `hm-${element}` : null;
  const allowed = tag ? known[tag]! : [];
  const attributes: [string, string][] = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (RESERVED.has(name)) continue;
    if (allowed.includes(name)) attributes.push([name, value.slice(0, 2000)]);
    else ignored.push(name.slice(0, 40));
  }
  const lang = params.get('lang');
  const theme = params.get('theme');
  return {
    tag,
    attributes,
    lang: lang && LANGUAGE_TAG.test(lang) ? lang : null,
    theme: theme && (EMBED_THEMES as readonly string[]).includes(theme) ? theme : null,
    ignored,
  };
}
