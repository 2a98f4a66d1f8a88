import { HeldInMindError } from './errors.js';

export interface FetchOptions {
  /** Give up after this many milliseconds (default 15 s). */
  timeout?: number;
  /** Caller's abort signal, e.g. the element disconnecting or the source changing. */
  signal?: AbortSignal;
  /** Refuse bodies larger than this many bytes (default 5 MB). */
  maxBytes?: number;
  /** Sent as the Accept header. */
  accept?: string;
  /** An ETag from an earlier answer: a 304 then resolves with `notModified` instead of failing. */
  ifNoneMatch?: string;
}

export interface FetchedText extends Omit<FetchedBytes, 'bytes'> {
  text: string;
}

export interface FetchedBytes {
  bytes: Uint8Array;
  url: string;
  contentType: string;
  /** The response's ETag, if the server sent (and exposed) one. */
  etag?: string;
  /** True for a 304 answer to `ifNoneMatch`; `bytes` is then empty. */
  notModified?: boolean;
}

const DEFAULT_TIMEOUT = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** GET a URL as text in the charset its server names (UTF-8 if none); failures as for {@link fetchBytes}. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedText> {
  const { bytes, ...rest } = await fetchBytes(url, options);
  return { text: decode(bytes, /charset=["']?([\w-]+)/i.exec(rest.contentType)?.[1]), ...rest };
}

// A spreadsheet exported as Latin-1 and served as such should not turn "Café" into "Caf�".
function decode(bytes: Uint8Array, charset = 'utf-8'): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/**
 * GET a URL as bytes (for formats that name their own encoding, like XML). Every failure
 * becomes a HeldInMindError: `aborted`, `timeout`, `http`, `cors`, `network` or `too-large`.
 * The body is read as a stream so a huge or endless response is cut off at `maxBytes` instead of
 * filling memory.
 */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<FetchedBytes> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const failure = (error: unknown): HeldInMindError => {
    if (error instanceof HeldInMindError) return error;
    if (timedOut)
      return new HeldInMindError('timeout', `Timed out after ${timeout} ms`, { url, cause: error });
    if (options.signal?.aborted)
      return new HeldInMindError('aborted', 'Request aborted', { url, cause: error });
    return new HeldInMindError('network', `Could not reach ${url}`, { url, cause: error });
  };

  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {
          ...(options.accept ? { accept: options.accept } : {}),
          ...(options.ifNoneMatch ? { 'if-none-match': options.ifNoneMatch } : {}),
        },
      });
    } catch (error) {
      const err = failure(error);
      if (err.code === 'network' && (await blockedByCors(url, controller.signal))) {
        throw new HeldInMindError('cors', `${url} does not allow cross-origin requests`, {
          url,
          cause: error,
        });
      }
      throw err;
    }
    if (response.status === 304 && options.ifNoneMatch) {
      return { bytes: new Uint8Array(), url, contentType: '', etag: options.ifNoneMatch, notModified: true };
    }
    if (!response.ok) {
      throw new HeldInMindError('http', `HTTP ${response.status} from ${url}`, {
        url,
        status: response.status,
      });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      void response.body?.cancel();
      throw new HeldInMindError('too-large', `Response is over ${maxBytes} bytes`, { url, limit: maxBytes });
    }
    const bytes = await readCapped(response, maxBytes, url);
    const etag = response.headers.get('etag') ?? undefined;
    return {
      bytes,
      url: response.url || url,
      contentType: response.headers.get('content-type') ?? '',
      ...(etag ? { etag } : {}),
    };
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel();
      throw new HeldInMindError('too-large', `Response is over ${maxBytes} bytes`, { url, limit: maxBytes });
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Browsers report a CORS refusal and an unreachable server as the same TypeError. A `no-cors`
 * request tells them apart: it succeeds (with an opaque response) only if the server answered.
 */
async function blockedByCors(url: string, signal: AbortSignal): Promise<boolean> {
  let target: URL;
  try {
    target = new URL(url, document.baseURI);
  } catch {
    return false;
  }
  if (target.origin === location.origin || signal.aborted) return false;
  const init = { credentials: 'omit', referrerPolicy: 'no-referrer', signal } as const;
  try {
    // A server that answers a CORS HEAD has CORS: the GET failed for another reason (a broken
    // body, a lying Content-Length), and "ask them to allow cross-origin requests" would mislead.
    await fetch(target, { ...init, method: 'HEAD', mode: 'cors' });
    return false;
  } catch {
    // no CORS, or not there at all: the opaque probe below tells which
  }
  try {
    await fetch(target, { ...init, mode: 'no-cors' });
    return true;
  } catch {
    return false;
  }
}

/** GET a URL and parse it as JSON; bad JSON becomes a `parse` error. */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<unknown> {
  const { text } = await fetchText(url, { accept: 'application/json', ...options });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HeldInMindError('parse', `${url} is not valid JSON`, { url, cause: error });
  }
}
