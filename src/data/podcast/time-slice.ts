import { HeldInMindError } from '../../core/errors.js';

// Long jobs (a 3,000-episode feed) run in slices of a few milliseconds with a turn for the browser
// in between, so typing, scrolling and the audio controls stay responsive (DESIGN.md: never block
// the main thread for more than 50 ms). Small inputs finish inside the first slice, with no wait.

/** How long one slice may run before the browser gets a turn. */
export const SLICE_MS = 10;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the browser handle input and paint, then continues (scheduler.yield where supported). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message, not setTimeout(0): nested timeouts are clamped to 4 ms each.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `step(deadline)` until it returns true, yielding between calls. `step` must do a bounded
 * amount of work and return when `performance.now()` passes the deadline it is given.
 */
export async function runInSlices(step: (deadline: number) => boolean, signal?: AbortSignal): Promise<void> {
  for (;;) {
    if (signal?.aborted)
      throw new HeldInMindError('aborted', 'Stopped before the end', { cause: signal.reason });
    if (step(performance.now() + SLICE_MS)) return;
    await yieldToMain();
  }
}
