import type { RawGroup } from './build-group.js';
import type { Schedule } from './model.js';
import { readSchedule } from './read-schedule.js';
import { readVenue } from './read-venue.js';
import { isObject, num, objects, text, unique, type Json } from './values.js';

/** The services in an ORUK page: `content` (1.0), `contents` (3.0), a bare array or one service. */
export function servicesIn(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  if (Array.isArray(value.content)) return value.content;
  if (Array.isArray(value.contents)) return value.contents;
  if (typeof value.name === 'string' || typeof value.id === 'string') return [value];
  return undefined;
}

/** Schedules from a list of ORUK schedule objects, noting problems on the group. */
export function readSchedules(values: Json[], warnings: string[]): Schedule[] {
  return values.flatMap((raw) => readSchedule(raw, warnings) ?? []);
}

/** Cost options (both versions use the same names). */
export function readCosts(service: Json): Pick<RawGroup, 'amounts' | 'costText'> {
  const options = objects(service.cost_options);
  const amounts = options.flatMap((o) => num(o.amount) ?? []);
  const costText =
    unique([
      ...options.flatMap((o) => [text(o.amount_description), text(o.option)]),
      text(service.fees),
    ])[0] ?? undefined;
  return costText === undefined ? { amounts } : { amounts, costText };
}

export const phonesOf = (values: Json[]): (string | undefined)[] => values.map((p) => text(p.number));

/** One ORUK 1.0 service (the nested shape most council feeds serve) → raw group parts. */
export function readOruk1Service(service: Json): RawGroup {
  const warnings: string[] = [];
  const locations = objects(service.service_at_locations);
  const schedules = readSchedules(
    [
      ...objects(service.regular_schedules),
      ...locations.flatMap((l) => objects(l.regular_schedule ?? l.regular_schedules)),
    ],
    warnings,
  );
  const venues = locations.flatMap((sal) => {
    const location = isObject(sal.location) ? sal.location : undefined;
    if (!location) return [];
    const address = objects(location.physical_addresses)[0] ?? {};
    const venue = readVenue(
      {
        name: location.name,
        addressLines: [address.address_1, address.address_2, address.city],
        postcode: address.postal_code,
        lat: location.latitude,
        lon: location.longitude,
        accessibility: objects(location.accessibility_for_disabilities).map((a) => a.accessibility),
      },
      warnings,
    );
    return venue ? [venue] : [];
  });
  const eligibility = objects(service.eligibilitys);
  const organisation = isObject(service.organization) ? text(service.organization.name) : undefined;
  return {
    id: text(service.id),
    name: text(service.name),
    description: text(service.description),
    labels: unique(
      objects(service.service_taxonomys).map((t) =>
        isObject(t.taxonomy) ? text(t.taxonomy.name) : undefined,
      ),
    ),
    organisation,
    url: text(service.url),
    email: text(service.email),
    phone: unique(objects(service.contacts).flatMap((c) => phonesOf(objects(c.phones))))[0],
    venue: venues.find((v) => v.lat !== undefined) ?? venues[0],
    schedules,
    minYears: minOf(eligibility.map((e) => num(e.minimum_age))),
    maxYears: maxOf(eligibility.map((e) => num(e.maximum_age))),
    ...readCosts(service),
    languages: unique(objects(service.languages).map((l) => text(l.language))),
    attendance: text(service.attending_type),
    lastChecked: text(service.assured_date) ?? text(service.last_modified),
    warnings,
  };
}

const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
export const minOf = (values: (number | undefined)[]) =>
  defined(values).length ? Math.min(...defined(values)) : undefined;
export const maxOf = (values: (number | undefined)[]) =>
  defined(values).length ? Math.max(...defined(values)) : undefined;
