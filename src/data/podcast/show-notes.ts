import type { DOMPurify } from 'dompurify';
import { HeldInMindError } from '../../core/errors.js';
import { safeHttpUrl, safeUrl } from '../../core/safe-url.js';
import { createEntityDecoder } from './entities.js';

// Show notes are markup written by whoever controls the feed. They pass through DOMPurify with
// its default protections plus a short allow-list, on a DOMPurify instance of our own (our hooks
// never touch a host's copy), and every href and src through safeUrl. DOMPurify is imported only
// here and only when notes are first shown, so a page that never shows notes never downloads it.

export interface ShowNotesOptions {
  /** Keep images (http and https only). Off by default: images cost data and can track readers. */
  allowImages?: boolean;
  /** Where the notes came from (the feed URL), for relative links. */
  baseUrl?: string;
}

const TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'b',
  'i',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'h3',
  'h4',
  'h5',
  'h6',
];
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href'], img: ['src', 'alt'] };
const LINK_REL = 'noopener noreferrer nofollow ugc';
const LOOKS_LIKE_MARKUP = /<[a-z!/?]/i;
const IS_VALUE = /(<[a-z][a-z0-9]*)((?: [^\s="]+="[^"]*")*) is="[^"]*"/g;
const BIDI_OVERRIDES = /[\u202D\u202E]|&#(?:x202[de]|823[78]);/gi;

let purifier: Promise<DOMPurify> | null = null;
let baseUrl: string | undefined;

function loadPurifier(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then(({ default: shared }) => {
    const purify = shared(window);
    purify.addHook('uponSanitizeElement', (node, event) => {
      // An image whose address is not allowed goes entirely (DOMPurify supports removal here).
      if (event.tagName === 'img' && !safeHttpUrl((node as Element).getAttribute('src'), baseUrl)) {
        (node as Element).remove();
      }
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      // Attributes per element (href on links, src and alt on images), URLs through the allow-list.
      const allowed = ATTRIBUTES[node.localName] ?? [];
      for (const { name } of Array.from(node.attributes))
        if (!allowed.includes(name)) node.removeAttribute(name);
      if (node.localName === 'a') {
        const href = safeUrl(node.getAttribute('href'), baseUrl);
        if (href) {
          node.setAttribute('href', href);
          node.setAttribute('rel', LINK_REL);
        } else node.removeAttribute('href');
      } else if (node.localName === 'img') {
        node.setAttribute('src', safeHttpUrl(node.getAttribute('src'), baseUrl)!);
      }
    });
    return purify;
  });
  return purifier;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Plain text as paragraphs: a blank line starts a new one, a single line break stays. */
function textToMarkup(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** The words a reader would see in some markup, without scripts and styles. */
function visibleText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const hidden of Array.from(doc.querySelectorAll('script, style, template, noscript'))) hidden.remove();
  return (doc.body.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

/**
 * Makes show notes safe to insert as HTML: only p, br, strong, em, b, i, ul, ol, li, a,
 * blockquote and h3–h6 (and img if `allowImages`), no style or event attributes, links through
 * the safeUrl allow-list with rel="noopener noreferrer nofollow ugc". Plain text becomes
 * paragraphs. If sanitising leaves nothing of notes that had words, their plain text is shown
 * instead. Loads DOMPurify on first use, hence the promise; fails only with a HeldInMindError
 * (`network` if DOMPurify cannot be loaded), never by returning unsanitised markup.
 */
export async function sanitizeShowNotes(notes: string, options: ShowNotesOptions = {}): Promise<string> {
  if (typeof notes !== 'string' || notes.trim() === '') return '';
  // Left-to-right and right-to-left overrides only ever disguise text ("gpj.exe"); embeddings
  // and isolates, which real bidirectional text uses, stay.
  notes = notes.replace(BIDI_OVERRIDES, '');
  if (!LOOKS_LIKE_MARKUP.test(notes)) return textToMarkup(createEntityDecoder()(notes));
  let purify: DOMPurify;
  try {
    purify = await loadPurifier();
  } catch (error) {
    purifier = null; // try again next time
    throw new HeldInMindError('network', 'Could not load the sanitiser (DOMPurify)', { cause: error });
  }
  let clean: string;
  try {
    baseUrl = options.baseUrl;
    clean = purify.sanitize(notes, {
      ALLOWED_TAGS: options.allowImages ? [...TAGS, 'img'] : TAGS,
      ALLOWED_ATTR: options.allowImages ? ['href', 'src', 'alt'] : ['href'],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
    });
  } catch (error) {
    // Never fall back to the unsanitised notes.
    throw new HeldInMindError('parse', 'The show notes could not be sanitised', { cause: error });
  }
  // An element parsed with `is` keeps that value when serialised even once the attribute is gone,
  // and would upgrade to a customised built-in the host page defines.
  clean = clean.replace(BIDI_OVERRIDES, '').replace(IS_VALUE, '$1$2');
  if (visibleText(clean) !== '' || (options.allowImages && clean.includes('<img'))) return clean;
  return textToMarkup(visibleText(notes));
}
