/** A point in WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in km (haversine on a sphere of the mean radius). Against the WGS84
 * ellipsoid the error is at most about 0.5% (typically 0.1–0.3% at UK latitudes): under 0.2 km
 * over 40 km, far below what a "2.3 miles away" label shows. Symmetric and never negative.
 */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const distanceMiles = (a: LatLon, b: LatLon): number => distanceKm(a, b) / KM_PER_MILE;
export const kmToMiles = (km: number): number => km / KM_PER_MILE;
export const milesToKm = (miles: number): number => miles * KM_PER_MILE;

/** Whether a value is a usable point (finite, in range, not 0,0). */
export const isLatLon = (p: Partial<LatLon> | undefined): p is LatLon =>
  p !== undefined &&
  typeof p.lat === 'number' &&
  typeof p.lon === 'number' &&
  Math.abs(p.lat) <= 90 &&
  Math.abs(p.lon) <= 180 &&
  !(p.lat === 0 && p.lon === 0);
