import { HeldInMindError } from '../../core/errors.js';
import { fetchJson, type FetchOptions } from '../../core/fetch.js';
import { safeHttpUrl } from '../../core/safe-url.js';
import { isLatLon, type LatLon } from './geo.js';
import type { DirectoryGroup } from './model.js';
import { parsePostcode } from './postcode.js';
import { isObject, num } from './values.js';

/** Turns a postcode or outward code into a point; null when it does not know the place. */
export interface Geocoder {
  geocode(postcode: string, options?: Pick<FetchOptions, 'signal' | 'timeout'>): Promise<LatLon | null>;
}

function outwardOrThrow(postcode: string) {
  const parsed = parsePostcode(postcode);
  if (!parsed)
    throw new HeldInMindError('invalid', 'Not a UK postcode', { problems: [postcode.slice(0, 20)] });
  return parsed;
}

/**
 * Offline and private: the centroid of the directory's own venues that share the outward code.
 * No third party is asked anything.
 */
export function venueGeocoder(groups: readonly DirectoryGroup[]): Geocoder {
  const sums = new Map<string, { lat: number; lon: number; n: number }>();
  for (const { venue } of groups) {
    if (!venue?.outward || venue.lat === undefined || venue.lon === undefined) continue;
    const sum = sums.get(venue.outward) ?? { lat: 0, lon: 0, n: 0 };
    sum.lat += venue.lat;
    sum.lon += venue.lon;
    sum.n++;
    sums.set(venue.outward, sum);
  }
  return {
    geocode: (postcode) =>
      Promise.resolve(postcode).then((code) => {
        const sum = sums.get(outwardOrThrow(code).outward);
        return sum ? { lat: sum.lat / sum.n, lon: sum.lon / sum.n } : null;
      }),
  };
}

/** A host-supplied table of outward codes: `{ "BS1": [51.45, -2.59] }` or `{ "BS1": { lat, lon } }`. */
export function tableGeocoder(table: Readonly<Record<string, unknown>>): Geocoder {
  const points = new Map<string, LatLon>();
  for (const [code, value] of Object.entries(table)) {
    const outward = parsePostcode(code)?.outward;
    const point = Array.isArray(value)
      ? { lat: num(value[0]), lon: num(value[1]) }
      : isObject(value)
        ? { lat: num(value.lat), lon: num(value.lon) }
        : undefined;
    if (outward && isLatLon(point)) points.set(outward, point);
  }
  return {
    geocode: (postcode) =>
      Promise.resolve(postcode).then((code) => points.get(outwardOrThrow(code).outward) ?? null),
  };
}

/**
 * A postcodes.io-compatible endpoint, used only when the host configures one (the postcode leaves
 * the page). Full postcodes use `/postcodes/{code}`, outward codes `/outcodes/{code}`; a 404 is null.
 */
export function httpGeocoder(baseUrl: string, defaults: Pick<FetchOptions, 'timeout'> = {}): Geocoder {
  const base = safeHttpUrl(baseUrl, globalThis.document?.baseURI);
  if (!base) throw new HeldInMindError('invalid', 'The geocoder must be an http(s) URL', { url: baseUrl });
  const root = base.replace(/\/+$/, '');
  return {
    async geocode(postcode, options = {}) {
      const parsed = outwardOrThrow(postcode);
      const path = parsed.full
        ? `postcodes/${encodeURIComponent(parsed.full)}`
        : `outcodes/${encodeURIComponent(parsed.outward)}`;
      let body: unknown;
      try {
        body = await fetchJson(`${root}/${path}`, { ...defaults, ...options, maxBytes: 256 * 1024 });
      } catch (error) {
        if (error instanceof HeldInMindError && error.code === 'http' && error.status === 404) return null;
        throw error;
      }
      const result = isObject(body) && isObject(body.result) ? body.result : undefined;
      const point = { lat: num(result?.latitude), lon: num(result?.longitude) };
      return isLatLon(point) ? point : null;
    },
  };
}
