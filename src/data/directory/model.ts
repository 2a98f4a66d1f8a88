import type { GroupType } from './group-types.js';

/** Days of the week as ORUK writes them (RFC 5545 two-letter codes), Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (day: Weekday): number => WEEKDAYS.indexOf(day);

/** One `byday` entry: a weekday, optionally the nth (2) or nth-from-last (-1) in a month. */
export interface ByDay {
  day: Weekday;
  ordinal?: number;
}

/**
 * A schedule rule, the RRULE subset ORUK uses. Dates are `YYYY-MM-DD` and times `HH:MM`, both
 * UK local time. A rule without `freq` is description-only: shown, never expanded to sessions.
 */
export interface Schedule {
  freq?: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: ByDay[];
  byMonthDay: number[];
  dtstart?: string;
  validFrom?: string;
  validTo?: string;
  opensAt?: string;
  closesAt?: string;
  description?: string;
}

/** Where a group meets. Every field may be missing: feeds often give only a name or a postcode. */
export interface Venue {
  name?: string;
  address?: string;
  /** Normalised full postcode ("BS1 4DJ"), when the feed's was valid. */
  postcode?: string;
  /** The outward code ("BS1"), from the postcode or an outward-only value. */
  outward?: string;
  uprn?: string;
  lat?: number;
  lon?: number;
  accessibility: string[];
}

/** Ages the group is for, in months; `pregnancy` when expectant parents are welcome. */
export interface AgeRange {
  minMonths?: number;
  maxMonths?: number;
  pregnancy: boolean;
}

export type Attendance = 'in-person' | 'online' | 'both' | 'unknown';
/** `unknown` when the feed says nothing: an empty cost list is not "free". */
export type Cost = 'free' | 'paid' | 'unknown';
export type DirectorySource = 'oruk1' | 'oruk3' | 'json' | 'csv';

/** One group, normalised from any source. Text is plain text (never markup). */
export interface DirectoryGroup {
  id: string;
  name: string;
  description: string;
  /** Group types recognised from the feed's taxonomy, name and description. */
  categories: GroupType[];
  /** The feed's own taxonomy terms, as written. */
  labels: string[];
  organisation?: string;
  url?: string;
  email?: string;
  phone?: string;
  venue?: Venue;
  schedules: Schedule[];
  ages?: AgeRange;
  cost: Cost;
  costText?: string;
  languages: string[];
  attendance: Attendance;
  /** `drop-in` (no need to book) or `book` (booking needed), when the feed or its text says. */
  booking?: 'drop-in' | 'book';
  /** When the directory's owner last checked the entry (`YYYY-MM-DD`), if it says. */
  lastChecked?: string;
  /** True when the venue says it is step-free; undefined when it does not say. */
  stepFree?: boolean;
  source: DirectorySource;
  /** Problems with this group's data that were worked around (English, for developers). */
  warnings: string[];
}

/** What {@link readDirectory} returns: the usable groups and problems with the whole input. */
export interface Directory {
  groups: DirectoryGroup[];
  warnings: string[];
}

/** One occurrence of a schedule, as instants; `date` and times are UK local. */
export interface Session {
  start: Date;
  end?: Date;
  date: string;
  opensAt: string;
  closesAt?: string;
  schedule: Schedule;
}
