// What the embed builder knows without rendering: the form fields of each element (from the
// Custom Elements Manifest, with kinds and choices the manifest's types cannot tell), the checks
// on what a web editor types, and the two snippets. Pure, so the snippets are easy to test.
import { AGE_BANDS } from '../data/age-bands.js';
import { EMBED_THEMES } from '../embed/embed-params.js';

export type FieldKind =
  'text' | 'url' | 'urls' | 'email' | 'number' | 'boolean' | 'select' | 'multi' | 'template';

export interface FieldSpec {
  /** The attribute name. */
  name: string;
  kind: FieldKind;
  /** The manifest's description (English). */
  description: string;
  /** Choices for select and multi fields; '' is "not set". */
  options?: readonly string[];
  min?: number;
  max?: number;
}

export interface ElementSpec {
  tag: string;
  /** The tag without `hm-`, as embed.html's `element` parameter. */
  name: string;
  fields: FieldSpec[];
}

export type FieldValues = Record<string, string | boolean>;

export type Problem = 'url' | 'email' | 'number' | 'template' | 'title' | 'base';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export const TOPICS = ['repair', 'grace', 'breaks', 'support', 'bonding'] as const;
export const THEMES = EMBED_THEMES;

// Choices the manifest only describes in words.
const CHOICES: Record<string, readonly string[]> = {
  age: ['', ...AGE_BANDS],
  nation: ['', ...NATIONS],
  'heading-level': ['2', '3', '4', '5', '6'],
  units: ['miles', 'km'],
  format: ['auto', 'oruk1', 'oruk3', 'json', 'csv'],
  preload: ['none', 'metadata', 'auto'],
};
const URLS = new Set([
  'src',
  'feed',
  'transcript',
  'chapters',
  'artwork',
  'geocoder',
  'outcodes',
  'report-url',
  'tile-url',
]);
const NUMBER_RANGES: Record<string, [number, number]> = {
  radius: [0, 100],
  'skip-back': [1, 300],
  'skip-forward': [1, 300],
  duration: [0, 86400],
};

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  description?: string;
}
interface Manifest {
  modules?: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[];
}

function fieldOf(attribute: ManifestAttribute): FieldSpec {
  const { name } = attribute;
  const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
  const type = attribute.type?.text ?? 'string';
  if (name === 'topic') return { name, kind: 'multi', description, options: TOPICS };
  if (CHOICES[name]) return { name, kind: 'select', description, options: CHOICES[name] };
  if (type === 'boolean') return { name, kind: 'boolean', description };
  if (type.includes('number')) {
    const [min, max] = NUMBER_RANGES[name] ?? [0, 100000];
    return { name, kind: 'number', description, min, max };
  }
  if (name === 'oruk') return { name, kind: 'urls', description };
  if (name === 'proxy') return { name, kind: 'template', description };
  if (name === 'report-email') return { name, kind: 'email', description };
  if (URLS.has(name)) return { name, kind: 'url', description };
  return { name, kind: 'text', description };
}

// The simplest first: a web editor new to this starts with a card.
const ORDER = ['hm-repair-tips', 'hm-secure-signs', 'hm-group-finder', 'hm-episode-player'];
const order = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);

/** The options most pages set, shown first and in the builder's own words. */
export const COMMON_FIELDS = new Set([
  'src',
  'feed',
  'oruk',
  'nation',
  'heading-level',
  'age',
  'topic',
  'show-topics',
  'tip',
  'radius',
  'units',
]);

/** The elements a web editor can embed on their own (the language switch belongs to the page). */
export function elementsFromManifest(manifest: unknown): ElementSpec[] {
  const modules = (manifest as Manifest | null)?.modules ?? [];
  return modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is { tagName: string; attributes?: ManifestAttribute[] } =>
      Boolean(d.tagName?.startsWith('hm-') && d.tagName !== 'hm-language-switch'),
    )
    .sort((a, b) => order(a.tagName) - order(b.tagName))
    .map((d) => ({
      tag: d.tagName,
      name: d.tagName.slice(3),
      fields: (d.attributes ?? []).filter((a) => /^[a-z][a-z0-9-]*$/.test(a.name)).map(fieldOf),
    }));
}

const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
};

/** The problem with one field's value, or null. Empty values are fine (the attribute is left out). */
export function checkField(field: FieldSpec, value: string | boolean | undefined): Problem | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;
  switch (field.kind) {
    case 'url':
      return isHttpUrl(text) ? null : 'url';
    case 'urls':
      return text.split(/\s+/).every(isHttpUrl) ? null : 'url';
    case 'template':
      return text.includes('{url}') && isHttpUrl(text.replace('{url}', 'x')) ? null : 'template';
    case 'email':
      return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text) ? null : 'email';
    case 'number': {
      const n = Number(text);
      return /^\d+$/.test(text) && n >= (field.min ?? 0) && n <= (field.max ?? Infinity) ? null : 'number';
    }
    default:
      return null;
  }
}

export interface EmbedOptions {
  element: ElementSpec;
  values: FieldValues;
  lang: string;
  theme: string;
  /** The iframe's title. */
  title: string;
  /** Where dist/cdn/ is, ending in a slash. */
  base: string;
}

/** Every problem, keyed by field name ('title' and 'base' for the frame title and the files' address). */
export function checkOptions(options: EmbedOptions): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  if (!isHttpUrl(options.base)) problems.set('base', 'base');
  for (const field of options.element.fields) {
    const problem = checkField(field, options.values[field.name]);
    if (problem) problems.set(field.name, problem);
  }
  if (!options.title.trim()) problems.set('title', 'title');
  return problems;
}

/** The attributes that are set, in the manifest's order. */
export function setAttributes(element: ElementSpec, values: FieldValues): [string, string | true][] {
  const set: [string, string | true][] = [];
  for (const field of element.fields) {
    const value = values[field.name];
    if (value === true) set.push([field.name, true]);
    else if (typeof value === 'string' && value.trim())
      set.push([field.name, value.trim().replace(/\s+/g, ' ')]);
  }
  return set;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const withSlash = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

/** embed.html's address for these options (the preview and the iframe snippet). */
export function embedUrl(options: EmbedOptions): string {
  const parts = [`element=${encodeURIComponent(options.element.name)}`];
  if (options.lang) parts.push(`lang=${encodeURIComponent(options.lang)}`);
  if (options.theme && options.theme !== 'neutral') parts.push(`theme=${encodeURIComponent(options.theme)}`);
  for (const [name, value] of setAttributes(options.element, options.values))
    parts.push(value === true ? name : `${name}=${encodeURIComponent(value)}`);
  return `${withSlash(options.base.trim())}embed.html?${parts.join('&')}`;
}

/** The script-tag version: the element's own drop-in, the theme, and the element. */
export function scriptSnippet(options: EmbedOptions): string {
  const base = withSlash(options.base.trim());
  const attributes = setAttributes(options.element, options.values)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const lines = [`<script type="module" src="${escapeHtml(`${base}${options.element.tag}.js`)}"></script>`];
  if (options.theme && options.theme !== 'neutral')
    lines.push(`<link rel="stylesheet" href="${escapeHtml(`${base}themes/${options.theme}.css`)}" />`);
  lines.push(`<${options.element.tag}${attributes}></${options.element.tag}>`);
  return lines.join('\n');
}

/** The iframe version, with the optional script that sizes the frame to its content. */
export function iframeSnippet(options: EmbedOptions): string {
  const base = withSlash(options.base.trim());
  return [
    `<iframe`,
    `  src="${escapeHtml(embedUrl(options))}"`,
    `  title="${escapeHtml(options.title.trim())}"`,
    `  style="width: 100%; height: 40rem; border: 0"`,
    `  data-hm-embed`,
    `></iframe>`,
    `<script src="${escapeHtml(`${base}embed-host.js`)}" defer></script>`,
  ].join('\n');
}
