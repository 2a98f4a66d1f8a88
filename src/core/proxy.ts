import { HeldInMindError } from './errors.js';
import { safeHttpUrl } from './safe-url.js';

/** The page's base URL, when there is a page. */
export const pageBase = (): string | undefined => globalThis.document?.baseURI;

/**
 * The URL to request: `url` itself, or the `proxy` URL template with `{url}` replaced by `url`,
 * URL-encoded (for servers that send no CORS headers). A template that is not http(s) or has no
 * `{url}` is an `invalid` error.
 */
export function requestUrl(feedUrl: string, proxy: string | undefined): string {
  if (proxy === undefined) return feedUrl;
  const url = proxy.includes('{url}')
    ? safeHttpUrl(proxy.replace('{url}', encodeURIComponent(feedUrl)), pageBase())
    : null;
  if (!url) {
    throw new HeldInMindError('invalid', 'The proxy must be an http(s) URL template containing {url}', {
      problems: [`proxy: ${proxy.slice(0, 200)}`],
    });
  }
  return url;
}
