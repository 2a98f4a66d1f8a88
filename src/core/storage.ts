/**
 * localStorage that never throws: it may be missing, disabled by the person, blocked in a
 * sandboxed iframe (SecurityError on access) or full (QuotaExceededError on write).
 * Elements write only after the person chooses to save something (private by default).
 */
const PREFIX = 'held-in-mind:';

export interface SafeStorage {
  get(key: string): string | null;
  /** Returns false when the value could not be stored. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** True when a write-then-remove round trip works right now. */
  available(): boolean;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createSafeStorage(resolve: () => Storage | null = defaultStorage): SafeStorage {
  const storage = (): Storage | null => {
    try {
      return resolve();
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        const s = storage();
        if (!s) return false;
        s.setItem(PREFIX + key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(PREFIX + key);
      } catch {
        /* nothing to remove from */
      }
    },
    available() {
      const probe = `${PREFIX}probe`;
      try {
        const s = storage();
        if (!s) return false;
        s.setItem(probe, '1');
        s.removeItem(probe);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export const safeStorage: SafeStorage = createSafeStorage();
