import { AGE_BANDS, isAgeBand } from './age-bands.js';
import type { ContentSource } from './sources.js';
import { TIP_TOPICS, isTipTopic, type Tip } from './tips.js';
import { HeldInMindError } from '../core/errors.js';

// Validation of host tips lives apart from the tip model so that pages without host tips never
// download it (the element imports it lazily).
const MAX_TEXT = 2000;
const MAX_TIPS = 500;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface HostTipsResult {
  tips: Tip[];
  /** Why items were dropped or fields ignored, for the developer console. */
  problems: string[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_TEXT) : null;

/**
 * Validates host tips against schemas/repair-tips.schema.json: accepts an array or
 * `{ "tips": [...] }`. Broken items are dropped with a problem each; if nothing usable is left
 * the whole input is refused with an `invalid` HeldInMindError.
 */
export function validateHostTips(input: unknown): HostTipsResult {
  const list = Array.isArray(input)
    ? input
    : input && typeof input === 'object' && Array.isArray((input as { tips?: unknown }).tips)
      ? (input as { tips: unknown[] }).tips
      : null;
  if (!list) {
    throw new HeldInMindError('invalid', 'Tips must be an array or an object with a "tips" array', {
      problems: ['expected an array of tips or { "tips": [...] }'],
    });
  }
  const problems: string[] = [];
  const tips: Tip[] = [];
  const seen = new Set<string>();
  list.slice(0, MAX_TIPS).forEach((raw, index) => {
    const where = `tips[${index}]`;
    if (!raw || typeof raw !== 'object') {
      problems.push(`${where}: not an object`);
      return;
    }
    const item = raw as Record<string, unknown>;
    const title = text(item.title);
    const steps = Array.isArray(item.steps)
      ? item.steps.map(text).filter((s): s is string => s !== null)
      : [];
    if (!title) {
      problems.push(`${where}: missing "title"`);
      return;
    }
    if (steps.length === 0) {
      problems.push(`${where}: "steps" needs at least one non-empty string`);
      return;
    }
    let id = typeof item.id === 'string' ? item.id.trim().toLowerCase() : '';
    if (!ID_PATTERN.test(id)) {
      if (item.id !== undefined) problems.push(`${where}: "id" must match ${ID_PATTERN}; one was made up`);
      id = `host-${index + 1}`;
    }
    if (seen.has(id)) {
      problems.push(`${where}: duplicate id "${id}"`);
      return;
    }
    seen.add(id);
    const topics = Array.isArray(item.topics) ? item.topics.filter(isTipTopic) : [];
    const ages = Array.isArray(item.ages) ? item.ages.filter(isAgeBand) : [];
    if (Array.isArray(item.topics) && topics.length !== item.topics.length) {
      problems.push(`${where}: unknown topics ignored (known: ${TIP_TOPICS.join(', ')})`);
    }
    if (Array.isArray(item.ages) && ages.length !== item.ages.length) {
      problems.push(`${where}: unknown ages ignored (known: ${AGE_BANDS.join(', ')})`);
    }
    const sources = Array.isArray(item.sources)
      ? item.sources.flatMap((s): ContentSource[] => {
          if (!s || typeof s !== 'object') return [];
          const src = s as Record<string, unknown>;
          const organisation = text(src.organisation);
          if (!organisation) return [];
          const url = text(src.url);
          return [{ organisation, title: text(src.title) ?? '', ...(url ? { url } : {}) }];
        })
      : [];
    const lang = text(item.lang);
    tips.push({
      id,
      title,
      steps: steps.slice(0, 6),
      why: text(item.why) ?? '',
      topics,
      ages,
      sources,
      ...(lang ? { lang } : {}),
      origin: 'host',
    });
  });
  if (list.length > MAX_TIPS) problems.push(`only the first ${MAX_TIPS} tips are used`);
  if (tips.length === 0) {
    throw new HeldInMindError('invalid', 'No usable tips in the host content', { problems });
  }
  return { tips, problems };
}
