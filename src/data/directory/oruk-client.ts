import { HeldInMindError, toHeldInMindError } from '../../core/errors.js';
import { fetchText, type FetchOptions } from '../../core/fetch.js';
import { pageBase, requestUrl } from '../../core/proxy.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import { mergeDirectories } from './merge.js';
import type { Directory } from './model.js';
import { servicesIn } from './oruk1.js';
import { readDirectory } from './read-directory.js';
import { isObject, num } from './values.js';

/** Answers kept by ETag, so a feed read again is revalidated (304) rather than downloaded. */
export class OrukCache {
  readonly #entries = new Map<string, { etag: string; value: unknown }>();
  get(url: string) {
    return this.#entries.get(url);
  }
  set(url: string, etag: string, value: unknown) {
    this.#entries.set(url, { etag, value });
  }
  clear() {
    this.#entries.clear();
  }
}

export interface OrukClientOptions extends Pick<FetchOptions, 'timeout' | 'signal' | 'maxBytes'> {
  /** `auto` (default) asks `GET /` for `version`; anything but 3.x, or no answer, is 1.0. */
  version?: 'auto' | '1.0' | '3.0';
  /** Stop after this many pages (default 20), with a warning. */
  maxPages?: number;
  /** Services per page requested (default 100). */
  pageSize?: number;
  /** At most this many `/services/{id}` requests at once for 3.0 (default 4). */
  concurrency?: number;
  /** A CORS proxy URL template ("https://proxy.example/?url={url}"). */
  proxy?: string;
  cache?: OrukCache;
}

const ACCEPT = 'application/json';

async function getJson(url: string, options: OrukClientOptions): Promise<unknown> {
  const { proxy, cache, timeout, signal, maxBytes } = options;
  const cached = cache?.get(url);
  const answer = await fetchText(requestUrl(url, proxy), {
    timeout,
    signal,
    maxBytes,
    accept: ACCEPT,
    ...(cached ? { ifNoneMatch: cached.etag } : {}),
  });
  if (answer.notModified && cached) return cached.value;
  let value: unknown;
  try {
    value = JSON.parse(answer.text) as unknown;
  } catch (error) {
    throw new HeldInMindError('parse', `${url} is not valid JSON`, { url, cause: error });
  }
  if (cache && answer.etag) cache.set(url, answer.etag, value);
  return value;
}

async function detectVersion(root: string, options: OrukClientOptions): Promise<'1.0' | '3.0'> {
  try {
    const answer = await getJson(`${root}/`, { ...options, maxBytes: 64 * 1024 });
    return isObject(answer) && /^3(\.|$)/.test(String(answer.version ?? '')) ? '3.0' : '1.0';
  } catch (error) {
    if (error instanceof HeldInMindError && error.code === 'aborted') throw error;
    return '1.0';
  }
}

function isLastPage(page: unknown, number: number, items: number): boolean {
  if (!isObject(page) || items === 0) return true;
  if (page.last === true || page.last_page === true) return true;
  const total = num(page.totalPages ?? page.total_pages);
  return total !== undefined && number >= total;
}

/** Runs `work` over `items` with at most `limit` running at once, keeping order. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** The API root without a trailing slash, and its version (asked of `GET /` unless given). */
async function resolveRoot(
  url: string,
  options: OrukClientOptions,
): Promise<{ root: string; version: '1.0' | '3.0' }> {
  const base = safeHttpUrl(url, pageBase());
  if (!base)
    throw new HeldInMindError('invalid', `Not an http(s) address: ${String(url).slice(0, 200)}`, { url });
  const root = base.replace(/\/+$/, '');
  const version =
    options.version === '1.0' || options.version === '3.0'
      ? options.version
      : await detectVersion(root, options);
  return { root, version };
}

/** Follows the pages of an ORUK list endpoint (up to `maxPages`), collecting its items. */
async function fetchPages(
  root: string,
  path: string,
  options: OrukClientOptions,
): Promise<{ items: unknown[]; warnings: string[] }> {
  const maxPages = Math.max(1, options.maxPages ?? 20);
  const pageSize = Math.max(1, options.pageSize ?? 100);
  const items: unknown[] = [];
  const warnings: string[] = [];
  const joiner = path.includes('?') ? '&' : '?';
  for (let number = 1; ; number++) {
    const page = await getJson(`${root}${path}${joiner}page=${number}&per_page=${pageSize}`, options);
    const found = servicesIn(page);
    if (!found)
      throw new HeldInMindError('unsupported-format', `${root}${path} is not an ORUK page`, { url: root });
    items.push(...found);
    if (isLastPage(page, number, found.length)) break;
    if (number >= maxPages) {
      warnings.push(`stopped after ${maxPages} pages; the feed said there were more`);
      break;
    }
  }
  return { items, warnings };
}

/**
 * Reads a whole ORUK directory from its API root: detects 1.0 or 3.0, follows the pages of
 * `/services` (up to `maxPages`), and for 3.0 fetches each full `/services/{id}` (at most
 * `concurrency` at once; a failed one keeps its summary and gets a warning). Fails with a
 * HeldInMindError: `invalid`, `timeout`, `aborted`, `network`, `cors`, `http`, `too-large`, `parse`.
 */
export async function fetchOrukDirectory(url: string, options: OrukClientOptions = {}): Promise<Directory> {
  const { root, version } = await resolveRoot(url, options);
  const { items: services, warnings } = await fetchPages(root, '/services', options);
  let full = services;
  if (version === '3.0') {
    full = await mapLimited(services, options.concurrency ?? 4, async (service) => {
      if (!isObject(service) || typeof service.id !== 'string') return service;
      try {
        return await getJson(`${root}/services/${encodeURIComponent(service.id)}`, options);
      } catch (error) {
        const failure = toHeldInMindError(error);
        if (failure.code === 'aborted') throw failure;
        warnings.push(`service ${service.id.slice(0, 60)}: ${failure.message}; its summary is used`);
        return service;
      }
    });
  }
  const directory = await readDirectory(full, version === '3.0' ? 'oruk3' : 'oruk1');
  return { groups: directory.groups, warnings: [...warnings, ...directory.warnings] };
}

/**
 * Groups near a postcode from an ORUK 3.0 directory's own proximity search
 * (`/service_at_locations?postcode=&proximity=`, metres). This sends the postcode to that
 * directory, so call it only when the host has configured the directory for it; 1.0 feeds have no
 * such endpoint and give `unsupported-format`.
 */
export async function fetchOrukNear(
  url: string,
  near: { postcode: string; proximityMetres: number },
  options: OrukClientOptions = {},
): Promise<Directory> {
  const { root, version } = await resolveRoot(url, options);
  if (version !== '3.0') {
    throw new HeldInMindError('unsupported-format', 'Proximity search needs an ORUK 3.0 directory', {
      url: root,
    });
  }
  const query = `postcode=${encodeURIComponent(near.postcode)}&proximity=${Math.max(0, Math.round(near.proximityMetres))}`;
  const { items, warnings } = await fetchPages(root, `/service_at_locations?${query}`, options);
  const directory = await readDirectory(items, 'oruk3');
  return { groups: directory.groups, warnings: [...warnings, ...directory.warnings] };
}

/** Several feeds read at once and merged, duplicates left out (see mergeDirectories). */
export async function fetchOrukDirectories(
  urls: readonly string[],
  options: OrukClientOptions = {},
): Promise<Directory> {
  return mergeDirectories(await Promise.all(urls.map((u) => fetchOrukDirectory(u, options))));
}
