import { distanceKm, isLatLon, kmToMiles, type LatLon } from './geo.js';
import type { GroupType } from './group-types.js';
import type { DirectoryGroup, Session } from './model.js';
import { weekdayIndex } from './model.js';
import { nextSessions } from './schedule.js';

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

/** What a person asked for; every field is optional and narrows the results. */
export interface GroupQuery {
  /** Words in the name, description, organisation, venue or labels (any case, any accents). */
  text?: string;
  /** Any of these group types. */
  categories?: readonly GroupType[];
  /** The baby's age in months, or `pregnancy`. Groups that give no ages are kept. */
  ageMonths?: number | 'pregnancy';
  /** Days of the week, 0 = Monday … 6 = Sunday: a schedule must meet on one of them. */
  days?: readonly number[];
  timesOfDay?: readonly TimeOfDay[];
  freeOnly?: boolean;
  stepFree?: boolean;
  /** A language the group is run in (matched on its name or code, any case). */
  language?: string;
  attendance?: 'online' | 'in-person';
  /** Where the person is; needed for distances, the radius and sorting by distance. */
  near?: LatLon;
  radiusKm?: number;
  sort?: 'distance' | 'next' | 'name';
  /** How many results to return (default 50). */
  limit?: number;
  /** "Now", for sorting by next session. */
  from?: Date;
}

export interface GroupResult {
  group: DirectoryGroup;
  distanceKm?: number;
  distanceMiles?: number;
  next?: Session;
}

export interface SearchResults {
  results: GroupResult[];
  /** How many groups matched in all (before `limit`). */
  total: number;
}

/** Lowercase without accents, for matching. */
export const fold = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const haystacks = new WeakMap<DirectoryGroup, string>();
function haystack(group: DirectoryGroup): string {
  let text = haystacks.get(group);
  if (text === undefined) {
    text = fold(
      [
        group.name,
        group.description,
        group.organisation,
        group.venue?.name,
        group.venue?.address,
        group.venue?.postcode,
        ...group.labels,
      ]
        .filter(Boolean)
        .join(' \n '),
    );
    haystacks.set(group, text);
  }
  return text;
}

const TIME_RANGES: Record<TimeOfDay, [string, string]> = {
  morning: ['00:00', '12:00'],
  afternoon: ['12:00', '17:00'],
  evening: ['17:00', '24:00'],
};

function matchesAge(group: DirectoryGroup, age: number | 'pregnancy'): boolean {
  const ages = group.ages;
  if (!ages) return true;
  if (age === 'pregnancy') return ages.pregnancy;
  return (ages.minMonths ?? 0) <= age && age <= (ages.maxMonths ?? Infinity);
}

function matchesWhen(group: DirectoryGroup, days?: readonly number[], times?: readonly TimeOfDay[]): boolean {
  return group.schedules.some((s) => {
    if (!s.freq || !s.opensAt) return false;
    if (days?.length) {
      const meets = s.byDay.length
        ? s.byDay.map((b) => weekdayIndex(b.day))
        : s.freq === 'WEEKLY'
          ? []
          : [0, 1, 2, 3, 4, 5, 6];
      if (!meets.some((d) => days.includes(d))) return false;
    }
    return (
      !times?.length || times.some((t) => s.opensAt! >= TIME_RANGES[t][0] && s.opensAt! < TIME_RANGES[t][1])
    );
  });
}

function matchesLanguage(group: DirectoryGroup, language: string): boolean {
  const wanted = fold(language.trim());
  return group.languages.some((l) => {
    const have = fold(l);
    return have === wanted || have.startsWith(`${wanted}-`) || wanted.startsWith(`${have}-`);
  });
}

/** A filter function for a query (distance aside). */
export function groupFilter(query: GroupQuery): (group: DirectoryGroup) => boolean {
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const categories = query.categories?.length ? new Set(query.categories) : undefined;
  const { ageMonths, language } = query;
  const needAge = ageMonths === 'pregnancy' || (typeof ageMonths === 'number' && Number.isFinite(ageMonths));
  return (group) =>
    (!categories || group.categories.some((c) => categories.has(c))) &&
    (!query.freeOnly || group.cost === 'free') &&
    (!query.stepFree || group.stepFree === true) &&
    (!query.attendance || group.attendance === 'both' || group.attendance === query.attendance) &&
    (!needAge || matchesAge(group, ageMonths)) &&
    (!language?.trim() || matchesLanguage(group, language)) &&
    (!(query.days?.length || query.timesOfDay?.length) || matchesWhen(group, query.days, query.timesOfDay)) &&
    (words.length === 0 || words.every((w) => haystack(group).includes(w)));
}

/**
 * Keeps the `k` smallest by key without sorting everything: a bounded max-heap, O(n log k).
 * Ties keep input order.
 */
export function smallestK<T>(items: Iterable<T>, k: number, key: (item: T) => number): T[] {
  const heap: { item: T; key: number; seq: number }[] = [];
  const worse = (a: (typeof heap)[number], b: (typeof heap)[number]) =>
    a.key > b.key || (a.key === b.key && a.seq > b.seq);
  let seq = 0;
  for (const item of items) {
    const entry = { item, key: key(item), seq: seq++ };
    if (heap.length < k) {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (k > 0 && worse(heap[0]!, entry)) {
      heap[0] = entry;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < heap.length && worse(heap[l]!, heap[top]!)) top = l;
        if (r < heap.length && worse(heap[r]!, heap[top]!)) top = r;
        if (top === i) break;
        [heap[i], heap[top]] = [heap[top]!, heap[i]!];
        i = top;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : -1)).map((e) => e.item);
}

/**
 * Filters and ranks groups: text (case- and accent-insensitive), categories, the baby's age
 * (or pregnancy), days and times of day, free only, step-free, language, online or in person,
 * and a radius around `near`. Sorted by distance (the default when `near` is given; groups
 * without coordinates last), by next session, or by name; only the top `limit` are ordered.
 */
export function searchGroups(groups: readonly DirectoryGroup[], query: GroupQuery = {}): SearchResults {
  const keep = groupFilter(query);
  const near = isLatLon(query.near) ? query.near : undefined;
  const radius = typeof query.radiusKm === 'number' && query.radiusKm >= 0 ? query.radiusKm : undefined;
  const limit = Math.max(0, Math.floor(query.limit ?? 50));
  const sort = query.sort ?? (near ? 'distance' : 'name');
  const matched: GroupResult[] = [];
  for (const group of groups) {
    if (!keep(group)) continue;
    const venue = group.venue;
    let distance: number | undefined;
    if (near && venue && venue.lat !== undefined && venue.lon !== undefined) {
      distance = distanceKm(near, venue as LatLon);
    }
    if (radius !== undefined && (distance === undefined || distance > radius)) {
      // Online groups are not anywhere in particular; they stay in a radius search.
      if (group.attendance !== 'online') continue;
    }
    matched.push(distance === undefined ? { group } : { group, distanceKm: distance });
  }
  let results: GroupResult[];
  if (sort === 'distance') {
    results = smallestK(matched, limit, (r) => r.distanceKm ?? Infinity);
  } else if (sort === 'next') {
    const from = query.from ?? new Date();
    for (const r of matched) {
      const next = nextSessions(r.group, from, 1)[0];
      if (next) r.next = next;
    }
    results = smallestK(matched, limit, (r) => r.next?.start.getTime() ?? Infinity);
  } else {
    results = [...matched].sort((a, b) => a.group.name.localeCompare(b.group.name, 'en-GB')).slice(0, limit);
  }
  for (const r of results) if (r.distanceKm !== undefined) r.distanceMiles = kmToMiles(r.distanceKm);
  return { results, total: matched.length };
}
