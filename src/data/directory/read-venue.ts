import type { Venue } from './model.js';
import { parsePostcode } from './postcode.js';
import { coordinates, text, unique } from './values.js';

export interface RawVenue {
  name?: unknown;
  addressLines: unknown[];
  postcode?: unknown;
  lat?: unknown;
  lon?: unknown;
  uprn?: unknown;
  accessibility: unknown[];
}

/** A venue from loose parts; undefined when nothing about it is usable. */
export function readVenue(raw: RawVenue, warnings: string[]): Venue | undefined {
  const venue: Venue = { accessibility: unique(raw.accessibility.map(text)) };
  const name = text(raw.name);
  if (name) venue.name = name;
  const address = unique(raw.addressLines.map(text)).join(', ');
  if (address) venue.address = address;
  if (raw.postcode != null && raw.postcode !== '') {
    const postcode = parsePostcode(raw.postcode);
    if (postcode) {
      venue.outward = postcode.outward;
      if (postcode.full) venue.postcode = postcode.full;
    } else warnings.push(`postcode "${String(raw.postcode).slice(0, 20)}" is not a UK postcode: dropped`);
  }
  const uprn = text(raw.uprn);
  if (uprn && /^\d{1,12}$/.test(uprn)) venue.uprn = uprn;
  const point = coordinates(raw.lat, raw.lon, warnings);
  if (point) {
    venue.lat = point.lat;
    venue.lon = point.lon;
  }
  const usable = venue.name || venue.address || venue.outward || point || venue.accessibility.length;
  return usable ? venue : undefined;
}
