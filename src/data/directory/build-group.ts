import { groupTypesIn, isGroupType, type GroupType } from './group-types.js';
import type {
  AgeRange,
  Attendance,
  Cost,
  DirectoryGroup,
  DirectorySource,
  Schedule,
  Venue,
} from './model.js';
import { stripBidiOverrides } from '../../core/bidi.js';
import { safeUrl } from '../../core/safe-url.js';
import { isoDate, unique } from './values.js';

// An address a mailto: link can safely carry: no URL punctuation in the local part, a dotted
// host name of letters, digits and hyphens (any script, for internationalised domains).
const EMAIL =
  /^[^\s@<>()[\]\\,;:"/?#]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

// Longer than any real group's name or description; a list stays readable and light.
const MAX_NAME = 200;
const MAX_DESCRIPTION = 5000;

/** What every reader gathers from its source before the shared rules apply. */
export interface RawGroup {
  id?: string;
  name?: string;
  description?: string;
  labels: string[];
  /** Group type ids given directly (own JSON and CSV). */
  types?: string[];
  organisation?: string;
  url?: string;
  email?: string;
  phone?: string;
  venue?: Venue;
  schedules: Schedule[];
  /** Ages in years, as ORUK gives them. */
  minYears?: number;
  maxYears?: number;
  ages?: AgeRange;
  /** Amounts from cost options; an empty list means unknown. */
  amounts: number[];
  costText?: string;
  free?: boolean;
  languages: string[];
  attendance?: string;
  /** Booking as the feed words it ("drop-in", "booking required"…); the description is read too. */
  booking?: string;
  /** A date or date-time: ORUK's `assured_date` / `last_modified`, the own format's `lastChecked`. */
  lastChecked?: string;
  warnings: string[];
}

const STEP_FREE = /step[\s-]*free|wheelchair|level access|ramp|lift\b|mynediad heb risiau/i;
const NOT_STEP_FREE =
  /\b(no|not|without)\b[^.]*\b(step[\s-]*free|wheelchair|lift|level access)|steps? only|stairs only/i;

function attendanceOf(value: string | undefined, venue: Venue | undefined): Attendance {
  const v = (value ?? '').toLowerCase();
  const online = /online|virtual|phone|telephone|remote/.test(v);
  const inPerson = /venue|person|face|physical/.test(v);
  if (online && inPerson) return 'both';
  if (online) return 'online';
  if (inPerson) return 'in-person';
  return venue ? 'in-person' : 'unknown';
}

function costOf(raw: RawGroup): Cost {
  if (raw.free === true) return 'free';
  if (raw.free === false) return 'paid';
  if (raw.amounts.length > 0) return raw.amounts.every((a) => a === 0) ? 'free' : 'paid';
  if (raw.costText) {
    if (/^\s*(free|no cost|am ddim|£\s*0(\.00)?)\b/i.test(raw.costText)) return 'free';
    if (/£\s*[1-9]|\d+p\b|per (session|week|term|class)|\bcosts?\b/i.test(raw.costText)) return 'paid';
  }
  return 'unknown';
}

const BOOK =
  /book(ing)?\s+(is\s+)?(essential|required|needed)|(please|must|need to)\s+book|book\s+(a|your)\s+place|by\s+referral|angen\s+archebu/i;
const DROP_IN = /no\s+need\s+to\s+book|drop[\s-]?in|just\s+(turn|come)\s+(up|along)|galw\s+heibio/i;

function bookingOf(raw: RawGroup): 'drop-in' | 'book' | undefined {
  for (const text of [raw.booking, raw.description, raw.name]) {
    if (!text) continue;
    if (/no\s+(need\s+to\s+book|booking)|dim\s+angen\s+archebu/i.test(text)) return 'drop-in';
    if (BOOK.test(text) || /^\s*(book|booking|yes)\b/i.test(text)) return 'book';
    if (DROP_IN.test(text) || /^\s*(no|none)\b/i.test(text)) return 'drop-in';
  }
  return undefined;
}

function agesOf(raw: RawGroup): AgeRange | undefined {
  if (raw.ages) return raw.ages;
  const { minYears, maxYears } = raw;
  if (minYears === undefined && maxYears === undefined) return undefined;
  const ages: AgeRange = {
    pregnancy: /pregnan|expect|bump|antenatal/i.test(`${raw.name} ${raw.description}`),
  };
  if (minYears !== undefined && minYears >= 0 && minYears <= 120) ages.minMonths = Math.round(minYears * 12);
  // "maximum_age": 1 means "until the first birthday is past", so the whole year counts.
  if (maxYears !== undefined && maxYears >= 0 && maxYears <= 120)
    ages.maxMonths = Math.round(maxYears * 12) + 11;
  if (ages.minMonths !== undefined && ages.maxMonths !== undefined && ages.minMonths > ages.maxMonths) {
    raw.warnings.push('minimum age is above maximum age: ages ignored');
    return undefined;
  }
  return ages;
}

/**
 * The shared normalisation: ids, plain text, safe links, group types from the taxonomy (else the
 * name and description), ages in months, cost (unknown unless the feed says), attendance and
 * step-free access. Returns undefined for a group with no name (it cannot be shown).
 */
export function buildGroup(
  raw: RawGroup,
  source: DirectorySource,
  index: number,
): DirectoryGroup | undefined {
  const fullName = stripBidiOverrides(raw.name?.replace(/\s+/g, ' ').trim() ?? '');
  if (!fullName) return undefined;
  const name = fullName.slice(0, MAX_NAME);
  if (name !== fullName) raw.warnings.push(`name cut to ${MAX_NAME} characters`);
  const description = stripBidiOverrides(raw.description ?? '').slice(0, MAX_DESCRIPTION);
  const given = (raw.types ?? []).filter(isGroupType);
  for (const type of raw.types ?? [])
    if (!isGroupType(type)) raw.warnings.push(`unknown group type "${type.slice(0, 40)}"`);
  let categories: GroupType[] = unique([
    ...given,
    ...raw.labels.flatMap((label) => groupTypesIn(label)),
  ]) as GroupType[];
  if (categories.length === 0) categories = groupTypesIn(`${name} ${raw.description ?? ''}`);
  const group: DirectoryGroup = {
    id: raw.id ?? `${source}-${index + 1}`,
    name,
    description,
    categories,
    labels: unique(raw.labels),
    schedules: raw.schedules,
    cost: costOf(raw),
    languages: unique(raw.languages),
    attendance: attendanceOf(raw.attendance, raw.venue),
    source,
    warnings: raw.warnings,
  };
  if (!raw.id) group.warnings.push('no id: one was made up');
  if (raw.organisation) group.organisation = raw.organisation;
  const url = raw.url ? safeUrl(raw.url) : null;
  if (url && /^https?:/.test(url)) group.url = url;
  else if (raw.url) group.warnings.push('url is not an http(s) address: dropped');
  if (raw.email && EMAIL.test(raw.email)) group.email = raw.email;
  else if (raw.email) group.warnings.push('email is not an email address: dropped');
  if (raw.phone && /\d{3}/.test(raw.phone)) group.phone = raw.phone;
  if (raw.venue) group.venue = raw.venue;
  const ages = agesOf(raw);
  if (ages) group.ages = ages;
  if (raw.costText) group.costText = raw.costText;
  const booking = bookingOf(raw);
  if (booking) group.booking = booking;
  const checked = isoDate(raw.lastChecked);
  if (checked) group.lastChecked = checked;
  else if (raw.lastChecked) group.warnings.push('last checked date is not a date: ignored');
  const access = raw.venue?.accessibility.join('. ') ?? '';
  if (NOT_STEP_FREE.test(access)) group.stepFree = false;
  else if (STEP_FREE.test(access)) group.stepFree = true;
  return group;
}
