import type { AgeBand } from './age-bands.js';
import type { ContentSource } from './sources.js';

export const TIP_TOPICS = ['repair', 'grace', 'breaks', 'support', 'bonding'] as const;
export type TipTopic = (typeof TIP_TOPICS)[number];
export const isTipTopic = (value: unknown): value is TipTopic =>
  typeof value === 'string' && (TIP_TOPICS as readonly string[]).includes(value);

/** One tip, built-in or from the host; all text already in the reader's language. */
export interface Tip {
  id: string;
  title: string;
  /** 1–6 short, concrete things to do. */
  steps: string[];
  /** One line on why it helps (may be empty for host tips). */
  why: string;
  topics: TipTopic[];
  /** Empty means every age. */
  ages: AgeBand[];
  sources: ContentSource[];
  /** Language of a host tip when it differs from the page. */
  lang?: string;
  origin: 'built-in' | 'host';
}

/** Host tips replace or extend the built-ins; a host tip with a built-in's id overrides it. */
export function mergeTips(builtIn: readonly Tip[], host: readonly Tip[], replace: boolean): Tip[] {
  if (replace && host.length > 0) return [...host];
  const hostIds = new Set(host.map((t) => t.id));
  return [...builtIn.filter((t) => !hostIds.has(t.id)), ...host];
}

export interface TipFilter {
  topics?: readonly TipTopic[];
  age?: AgeBand | null;
}

/** Tips for the chosen topics and age; a tip with no ages suits every age. */
export function filterTips(tips: readonly Tip[], filter: TipFilter): Tip[] {
  const topics = filter.topics ?? [];
  return tips.filter(
    (tip) =>
      (topics.length === 0 || tip.topics.some((t) => topics.includes(t))) &&
      (!filter.age || tip.ages.length === 0 || tip.ages.includes(filter.age)),
  );
}

/** Parses a space- or comma-separated `topic` attribute, keeping only known topics. */
export const parseTopics = (value: string | null | undefined): TipTopic[] =>
  (value ?? '').split(/[\s,]+/).filter(isTipTopic);

/**
 * The index of the tip of the day among `tips`. It depends only on the reader's calendar date and
 * the tip ids, so everyone sees the same tip on the same day, and consecutive days step through
 * the tips in order of id (a hash would sometimes repeat yesterday's tip).
 */
export function tipOfTheDayIndex(tips: readonly Tip[], date: Date): number {
  if (tips.length === 0) return -1;
  const day = Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
  const ids = tips.map((t) => t.id).sort();
  const chosen = ids[day % ids.length];
  return tips.findIndex((t) => t.id === chosen);
}
