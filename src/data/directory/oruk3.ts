import type { RawGroup } from './build-group.js';
import { phonesOf, readCosts, readSchedules } from './oruk1.js';
import { readVenue } from './read-venue.js';
import { isObject, num, objects, text, unique, type Json } from './values.js';

/** One ORUK 3.0 / HSDS-UK service (from `/services` or the full `/services/{id}`) → raw group parts. */
export function readOruk3Service(service: Json): RawGroup {
  const warnings: string[] = [];
  const locations = objects(service.service_at_locations);
  const scheduleObjects = [...objects(service.schedules), ...locations.flatMap((l) => objects(l.schedules))];
  const venues = locations.flatMap((sal) => {
    const location = isObject(sal.location) ? sal.location : undefined;
    if (!location || location.location_type === 'virtual') return [];
    const addresses = objects(location.addresses);
    const address = addresses.find((a) => a.address_type === 'physical') ?? addresses[0] ?? {};
    const venue = readVenue(
      {
        name: location.name,
        addressLines: [address.address_1, address.address_2, address.city],
        postcode: address.postal_code,
        lat: location.latitude,
        lon: location.longitude,
        uprn: /uprn/i.test(String(location.external_identifier_type))
          ? location.external_identifier
          : undefined,
        accessibility: objects(location.accessibility).map((a) => a.description),
      },
      warnings,
    );
    return venue ? [venue] : [];
  });
  const virtual = locations.some((l) => isObject(l.location) && l.location.location_type === 'virtual');
  const attending = unique([
    ...scheduleObjects.map((s) => text(s.attending_type)),
    text(service.attending_type),
    virtual ? 'online' : undefined,
  ]).join(' ');
  return {
    id: text(service.id),
    name: text(service.name),
    description: text(service.description),
    labels: unique(
      objects(service.attributes).map((a) =>
        isObject(a.taxonomy_term) ? text(a.taxonomy_term.name) : undefined,
      ),
    ),
    organisation: isObject(service.organization) ? text(service.organization.name) : undefined,
    url: text(service.url),
    email: text(service.email),
    phone: unique([
      ...phonesOf(objects(service.phones)),
      ...objects(service.contacts).flatMap((c) => phonesOf(objects(c.phones))),
    ])[0],
    venue: venues.find((v) => v.lat !== undefined) ?? venues[0],
    schedules: readSchedules(scheduleObjects, warnings),
    minYears: num(service.minimum_age),
    maxYears: num(service.maximum_age),
    ...readCosts(service),
    languages: unique(objects(service.languages).map((l) => text(l.name) ?? text(l.language))),
    attendance: attending || undefined,
    lastChecked: text(service.assured_date) ?? text(service.last_modified),
    warnings,
  };
}

/**
 * `/service_at_locations` answers with one record per service and place (`{ service, location,
 * schedules }`). Folds them back into services, each with its `service_at_locations`, so one
 * reader serves both shapes; a service met at several places keeps every place.
 */
export function servicesFromServiceAtLocations(items: readonly unknown[]): unknown[] {
  const byService = new Map<string, Json>();
  const out: unknown[] = [];
  for (const item of items) {
    if (!isObject(item) || !isObject(item.service)) {
      out.push(item);
      continue;
    }
    const service = item.service;
    const key = typeof service.id === 'string' ? service.id : `sal-${out.length}`;
    let merged = byService.get(key);
    if (!merged) {
      merged = { ...service, service_at_locations: [...objects(service.service_at_locations)] };
      byService.set(key, merged);
      out.push(merged);
    }
    (merged.service_at_locations as Json[]).push({ location: item.location, schedules: item.schedules });
  }
  return out;
}

/** True when a list holds service-at-location records rather than services. */
export const isServiceAtLocationList = (items: readonly unknown[]): boolean => {
  const first = items.find(isObject);
  return !!first && isObject(first.service) && !('name' in first);
};
