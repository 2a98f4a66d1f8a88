/**
 * A module loaded on first use and shared after that: `load()` starts (or joins) the import,
 * `current` is the module once it has arrived (for render code that must not wait).
 */
export interface Lazy<T> {
  load(): Promise<T>;
  readonly current: T | null;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let current: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    // A chunk that failed (offline, a deploy in between) is asked for again next time.
    load: () =>
      (loading ??= importer().then(
        (m) => (current = m),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      )),
    get current() {
      return current;
    },
  };
}
