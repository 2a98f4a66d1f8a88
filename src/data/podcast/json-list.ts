import { HeldInMindError } from '../../core/errors.js';

/**
 * The entries of the array `key` in a Podcasting 2.0 JSON document ({ "chapters": [...] },
 * { "segments": [...] }). Broken JSON is a `parse` error and a missing array `invalid`; entries
 * that are not objects come back empty, for the caller to skip with a warning.
 */
export function jsonList(text: string, key: string, name: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new HeldInMindError('parse', `${name}: not valid JSON`, { cause: error });
  }
  const list = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) {
    throw new HeldInMindError('invalid', `${name}: no "${key}" array`, {
      problems: [`expected { "version": "…", "${key}": [...] }`],
    });
  }
  return list.map(
    (item: unknown) => (item && typeof item === 'object' ? item : {}) as Record<string, unknown>,
  );
}
