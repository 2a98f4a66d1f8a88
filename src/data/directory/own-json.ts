import type { RawGroup } from './build-group.js';
import type { AgeRange } from './model.js';
import { readSchedules } from './oruk1.js';
import { readVenue } from './read-venue.js';
import { isObject, num, objects, text, unique, type Json } from './values.js';

const strings = (value: unknown): (string | undefined)[] => (Array.isArray(value) ? value.map(text) : []);

function readAges(value: unknown): AgeRange | undefined {
  if (!isObject(value)) return undefined;
  const ages: AgeRange = { pregnancy: value.pregnancy === true };
  const min = num(value.minMonths);
  const max = num(value.maxMonths);
  if (min !== undefined && min >= 0) ages.minMonths = min;
  if (max !== undefined && max >= 0) ages.maxMonths = max;
  return ages;
}

/** One group in the library's own JSON format (schemas/directory.schema.json) → raw group parts. */
export function readOwnGroup(group: Json): RawGroup {
  const warnings: string[] = [];
  const venue = isObject(group.venue)
    ? readVenue(
        {
          name: group.venue.name,
          addressLines: [group.venue.address],
          postcode: group.venue.postcode,
          lat: group.venue.lat,
          lon: group.venue.lon,
          uprn: group.venue.uprn,
          accessibility: Array.isArray(group.venue.accessibility) ? group.venue.accessibility : [],
        },
        warnings,
      )
    : undefined;
  const cost = group.cost;
  return {
    id: text(group.id),
    name: text(group.name),
    description: text(group.description),
    labels: unique(strings(group.labels)),
    types: unique(strings(group.types)),
    organisation: text(group.organisation),
    url: text(group.url),
    email: text(group.email),
    phone: text(group.phone),
    venue,
    schedules: readSchedules(objects(group.schedules), warnings),
    ages: readAges(group.ages),
    amounts: [],
    costText: text(group.costText),
    free: cost === 'free' ? true : cost === 'paid' ? false : undefined,
    languages: unique(strings(group.languages)),
    attendance: text(group.attendance),
    booking: text(group.booking),
    lastChecked: text(group.lastChecked),
    warnings,
  };
}
