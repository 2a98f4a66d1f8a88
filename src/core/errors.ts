/**
 * One error type for everything that can go wrong with outside input, so hosts can branch on
 * `code` and elements can show a localised message (see `error-messages.ts`).
 */
export type HeldInMindErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'cors'
  | 'too-large'
  | 'parse'
  | 'invalid'
  | 'unsupported-format'
  | 'not-found';

export interface HeldInMindErrorDetails {
  /** The URL that was requested, if any. */
  url?: string;
  /** HTTP status for `http` errors. */
  status?: number;
  /** The byte limit for `too-large` errors. */
  limit?: number;
  /** Human-readable problems for `invalid` errors (English, for developers' consoles). */
  problems?: readonly string[];
  cause?: unknown;
}

export class HeldInMindError extends Error {
  override readonly name = 'HeldInMindError';
  readonly code: HeldInMindErrorCode;
  readonly url?: string;
  readonly status?: number;
  readonly limit?: number;
  readonly problems: readonly string[];

  constructor(code: HeldInMindErrorCode, message: string, details: HeldInMindErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.url = details.url;
    this.status = details.status;
    this.limit = details.limit;
    this.problems = details.problems ?? [];
  }
}

export const isHeldInMindError = (value: unknown): value is HeldInMindError =>
  value instanceof HeldInMindError;

/** Wraps anything thrown into a HeldInMindError, keeping typed ones as they are. */
export function toHeldInMindError(value: unknown, fallback: HeldInMindErrorCode = 'parse'): HeldInMindError {
  if (isHeldInMindError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new HeldInMindError(fallback, message, { cause: value });
}
