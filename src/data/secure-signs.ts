import { isAgeBand, type AgeBand } from './age-bands.js';

/** How a parent answers a sign: never yes/no, never a score. */
export const ANSWERS = ['often', 'sometimes', 'not-yet'] as const;
export type Answer = (typeof ANSWERS)[number];
export const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);

/** One sign of a secure bond, in the reader's language. */
export interface SignItem {
  id: string;
  sign: string;
  /** Why this matters (may be empty for host items). */
  why: string;
  /** Ideas to try (may be empty for host items). */
  ideas: string;
  /** Language of a host item when it differs from the page. */
  lang?: string;
  origin: 'built-in' | 'host';
}

/** Answers by item id. */
export type Answers = Record<string, Answer>;

export interface SignsSummary {
  /** Items answered "often". */
  goingWell: SignItem[];
  /** Items answered "sometimes" or "not yet / not sure", whose ideas to try are offered. */
  toTry: SignItem[];
  answered: number;
  total: number;
  complete: boolean;
  /** Where to get help should be raised: several "not yet" answers, or the parent is worried. */
  raiseHelp: boolean;
}

/** Two or more "not yet / not sure" answers bring "where to get help" to the top of the summary. */
export const RAISE_HELP_AT = 2;

export function summarise(items: readonly SignItem[], answers: Answers, worried: boolean): SignsSummary {
  const answeredItems = items.filter((i) => isAnswer(answers[i.id]));
  const notYet = items.filter((i) => answers[i.id] === 'not-yet').length;
  return {
    goingWell: items.filter((i) => answers[i.id] === 'often'),
    toTry: items.filter((i) => answers[i.id] === 'sometimes' || answers[i.id] === 'not-yet'),
    answered: answeredItems.length,
    total: items.length,
    complete: items.length > 0 && answeredItems.length === items.length,
    raiseHelp: worried || notYet >= RAISE_HELP_AT,
  };
}

/**
 * Age in whole months, corrected for a baby born early (commonly used until about two years):
 * weeks early are taken off the age. Null when the inputs are not usable.
 */
export function correctedAgeMonths(ageMonths: number, weeksEarly = 0): number | null {
  if (!Number.isFinite(ageMonths) || ageMonths < 0 || ageMonths > 72) return null;
  const early = Number.isFinite(weeksEarly) && weeksEarly > 0 ? Math.min(weeksEarly, 20) : 0;
  const corrected = ageMonths < 24 ? ageMonths - (early * 7) / 30.4375 : ageMonths;
  return Math.max(0, Math.floor(corrected));
}

// ---- saving on this device (only when the person asks) ----

/** Storage key, versioned so that a future format never misreads an old one. */
export const SIGNS_STORAGE_KEY = 'secure-signs:v1';
const MAX_CHILDREN = 6;

/** What is saved for one child: no name, only the band and the answers. */
export interface SavedChild {
  band: AgeBand;
  answers: Answers;
  worried: boolean;
}

export function serialiseChildren(children: readonly SavedChild[]): string {
  return JSON.stringify({ v: 1, children: children.slice(0, MAX_CHILDREN) });
}

/** Reads saved answers, keeping what is valid; anything unreadable gives an empty list. */
export function parseSavedChildren(text: string | null): SavedChild[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const list = (data as { v?: unknown; children?: unknown })?.children;
  if ((data as { v?: unknown })?.v !== 1 || !Array.isArray(list)) return [];
  return list.slice(0, MAX_CHILDREN).flatMap((raw): SavedChild[] => {
    const c = raw as Partial<SavedChild> | null;
    if (!c || !isAgeBand(c.band)) return [];
    const answers: Answers = {};
    for (const [id, answer] of Object.entries(c.answers ?? {})) if (isAnswer(answer)) answers[id] = answer;
    return [{ band: c.band, answers, worried: c.worried === true }];
  });
}
