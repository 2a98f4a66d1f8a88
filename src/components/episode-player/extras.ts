// Transcripts, chapters and the diagnosis of media errors: loaded when an episode has a
// transcript or chapters, or when the media fails, never before.
import { fetchText } from '../../core/fetch.js';
import { requestUrl } from '../../core/proxy.js';
import {
  parseTranscript,
  searchTranscript,
  activeCueIndex,
  type Transcript,
} from '../../data/podcast/transcript.js';
import { parseChapters, type ChapterList } from '../../data/podcast/chapters.js';

export { searchTranscript, activeCueIndex };
export { feedProblem, mediaProblem, retry, textProblem } from './messages.js';

const MAX_TEXT = 10 * 1024 * 1024;

export async function loadTranscript(
  url: string,
  type: string,
  proxy: string,
  signal: AbortSignal,
): Promise<Transcript> {
  const { text, contentType } = await fetchText(requestUrl(url, proxy || undefined), {
    signal,
    maxBytes: MAX_TEXT,
  });
  return parseTranscript(text, type || contentType);
}

export async function loadChapters(
  url: string,
  type: string,
  proxy: string,
  duration: number | undefined,
  signal: AbortSignal,
): Promise<ChapterList> {
  const { text, contentType } = await fetchText(requestUrl(url, proxy || undefined), {
    signal,
    maxBytes: MAX_TEXT,
  });
  return parseChapters(text, type || contentType, { duration, baseUrl: url });
}

export type MediaProblem = 'not-found' | 'unsupported' | 'no-range' | 'unknown';

/**
 * Why a media file cannot be played (or seeked), asked of its server with a one-byte range
 * request: 404 and friends, a file that arrives but is not playable, or a server that ignores
 * Range (seeking then fails). `unknown` when the server does not let this page ask (no CORS).
 */
export async function diagnoseMedia(url: string, signal?: AbortSignal): Promise<MediaProblem> {
  try {
    const response = await fetch(url, { headers: { range: 'bytes=0-1' }, signal, cache: 'no-store' });
    void response.body?.cancel().catch(() => undefined);
    if (response.status === 404 || response.status === 410) return 'not-found';
    if (!response.ok) return 'unknown';
    return response.status === 206 ? 'unsupported' : 'no-range';
  } catch {
    return 'unknown';
  }
}

export {
  renderTranscriptBody,
  matchCountText,
  matchPositionText,
  CUE_WINDOW,
  type TranscriptView,
} from './transcript-panel.js';
