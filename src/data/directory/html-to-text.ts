import { createEntityDecoder } from '../podcast/entities.js';

const BLOCK = /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\b[^>]*>/gi;
const DROPPED = /<(script|style|template|noscript|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g;

/**
 * Markup in a description as plain text: scripts and styles dropped, block ends become line
 * breaks, other tags removed, character references decoded. Nothing is parsed into a document,
 * so nothing loads and nothing runs; the result is shown as text.
 */
export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return value.replace(/[ \t]+/g, ' ').trim();
  const stripped = value.replace(DROPPED, ' ').replace(BLOCK, '\n').replace(TAG, '');
  return createEntityDecoder()(stripped)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
