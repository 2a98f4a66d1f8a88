const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const MAX_URL_LENGTH = 4096;

/**
 * Checks a URL that came from data or an attribute before it becomes an `href` or `src` (Lit does
 * not sanitise `javascript:` in attribute bindings). Returns the absolute URL if its scheme is on
 * the allow-list (http, https, mailto, tel), otherwise null. Relative URLs are resolved against
 * `base` (for feed data, the feed's own URL); without a usable base they are refused. URLs with
 * a user name or password (`https://bank.example@evil.example/`) are refused too.
 */
export function safeUrl(value: unknown, base?: string | URL | null): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    if (base == null) return null;
    try {
      url = new URL(trimmed, base);
    } catch {
      return null;
    }
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol) || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Like {@link safeUrl}, but only http and https: for media, images and anything fetched. */
export function safeHttpUrl(value: unknown, base?: string | URL | null): string | null {
  const url = safeUrl(value, base);
  return url !== null && /^https?:/.test(url) ? url : null;
}
