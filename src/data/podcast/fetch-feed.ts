import { HeldInMindError, toHeldInMindError } from '../../core/errors.js';
import { fetchBytes, type FetchOptions } from '../../core/fetch.js';
import { pageBase, requestUrl } from '../../core/proxy.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import { parseFeed } from './feed.js';
import type { PodcastFeed } from './feed-types.js';
import { MAX_FEED_SIZE } from './xml-guard.js';

export interface FetchFeedOptions extends Omit<FetchOptions, 'accept'> {
  /**
   * A CORS proxy as a URL template: `{url}` becomes the feed's address, URL-encoded
   * ("https://proxy.example/?url={url}"). For hosts whose feed server sends no CORS headers.
   */
  proxy?: string;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const DEFAULT_TIMEOUT = 30_000;

/**
 * Fetches and reads a feed (see parseFeed). Fails with a HeldInMindError whose code tells the
 * cases apart: `invalid` (not an http(s) address), `timeout`, `aborted`, `network`, `cors` (the
 * server does not allow this page to read it: try a proxy), `http` (with `status`), `too-large`
 * (over `maxBytes`, 25 MB by default), `unsupported-format` (an HTML page, a JSON Feed or other
 * non-feed) or `parse`. Relative links in the feed resolve against the feed's own address, also
 * when it came through the proxy.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<PodcastFeed> {
  const feedUrl = safeHttpUrl(url, pageBase());
  if (!feedUrl) {
    throw new HeldInMindError('invalid', `Not an http(s) address: ${String(url).slice(0, 200)}`, { url });
  }
  const { proxy, ...fetchOptions } = options;
  const { bytes, contentType } = await fetchBytes(requestUrl(feedUrl, proxy), {
    timeout: DEFAULT_TIMEOUT,
    maxBytes: MAX_FEED_SIZE,
    ...fetchOptions,
    accept: ACCEPT,
  });
  try {
    return await parseFeed(bytes, { baseUrl: feedUrl, contentType, signal: options.signal });
  } catch (error) {
    const failure = toHeldInMindError(error);
    throw new HeldInMindError(failure.code, failure.message, {
      url: feedUrl,
      limit: failure.limit,
      cause: failure,
    });
  }
}
