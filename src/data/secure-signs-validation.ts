import { AGE_BANDS, isAgeBand, type AgeBand } from './age-bands.js';
import type { SignItem } from './secure-signs.js';
import { HeldInMindError } from '../core/errors.js';

// Host content for <hm-secure-signs>, validated against schemas/secure-signs.schema.json. Apart
// from the checklist model so that pages without host content never download it.

const MAX_TEXT = 1000;
const MAX_ITEMS = 20;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_TEXT) : null;

export interface HostSignsResult {
  bands: Partial<Record<AgeBand, SignItem[]>>;
  problems: string[];
}

/**
 * Accepts `{ "bands": { "0-3m": [ { "id", "sign", "why", "ideas", "lang" } ] } }` or the
 * same object without the `bands` wrapper. Broken items are dropped with a problem each; with
 * nothing usable left the input is refused with an `invalid` HeldInMindError.
 */
export function validateHostSigns(input: unknown): HostSignsResult {
  const root =
    input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  const bandsInput =
    root && root.bands && typeof root.bands === 'object' ? (root.bands as Record<string, unknown>) : root;
  if (!bandsInput) {
    throw new HeldInMindError('invalid', 'Checklist content must be an object of age bands', {
      problems: [`expected { "bands": { "${AGE_BANDS[1]}": [ ... ] } }`],
    });
  }
  const problems: string[] = [];
  const bands: Partial<Record<AgeBand, SignItem[]>> = {};
  for (const [band, list] of Object.entries(bandsInput)) {
    if (!isAgeBand(band)) {
      problems.push(`unknown age band "${band}" (known: ${AGE_BANDS.join(', ')})`);
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(`${band}: expected a list of items`);
      continue;
    }
    const seen = new Set<string>();
    const items: SignItem[] = [];
    list.slice(0, MAX_ITEMS).forEach((raw, index) => {
      const where = `${band}[${index}]`;
      const entry = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      const sign = text(entry.sign);
      if (!sign) {
        problems.push(`${where}: missing "sign"`);
        return;
      }
      let id = typeof entry.id === 'string' ? entry.id.trim().toLowerCase() : '';
      if (!ID_PATTERN.test(id)) id = `host-${index + 1}`;
      if (seen.has(id)) {
        problems.push(`${where}: duplicate id "${id}"`);
        return;
      }
      seen.add(id);
      const lang = text(entry.lang);
      items.push({
        id,
        sign,
        why: text(entry.why) ?? '',
        ideas: text(entry.ideas) ?? '',
        ...(lang ? { lang } : {}),
        origin: 'host',
      });
    });
    if (list.length > MAX_ITEMS) problems.push(`${band}: only the first ${MAX_ITEMS} items are used`);
    if (items.length) bands[band] = items;
  }
  if (Object.keys(bands).length === 0) {
    throw new HeldInMindError('invalid', 'No usable checklist items in the host content', { problems });
  }
  return { bands, problems };
}
