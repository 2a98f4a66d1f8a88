import type { LatLon } from './geo.js';
import type { DirectoryGroup } from './model.js';
import { fold } from './search.js';

export interface Place extends LatLon {
  /** The venue name or address as the directory writes it. */
  name: string;
}

/** Venue names with coordinates, each once, for a place picker. */
export function placesIn(groups: readonly DirectoryGroup[]): Place[] {
  const places = new Map<string, Place>();
  for (const { venue } of groups) {
    if (!venue?.name || venue.lat === undefined || venue.lon === undefined) continue;
    const key = fold(venue.name);
    if (!places.has(key)) places.set(key, { name: venue.name, lat: venue.lat, lon: venue.lon });
  }
  return [...places.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * A place in the directory named by what a person typed ("yate", "Clifton village hall"): an
 * exact venue name first, else the centre of every venue whose name or address has all the words
 * at the start of a word. Null when nothing matches.
 */
export function findPlace(groups: readonly DirectoryGroup[], text: string): Place | null {
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  const wanted = words.join(' ');
  const matches: Place[] = [];
  for (const { venue } of groups) {
    if (!venue || venue.lat === undefined || venue.lon === undefined) continue;
    const name = fold(venue.name ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (name.join(' ') === wanted) return { name: venue.name!, lat: venue.lat, lon: venue.lon };
    const all = [...name, ...fold(venue.address ?? '').split(/[^\p{L}\p{N}]+/u)];
    if (words.every((w) => all.some((a) => a.startsWith(w)))) {
      matches.push({ name: venue.name ?? venue.address ?? text, lat: venue.lat, lon: venue.lon });
    }
  }
  if (matches.length === 0) return null;
  const lat = matches.reduce((s, p) => s + p.lat, 0) / matches.length;
  const lon = matches.reduce((s, p) => s + p.lon, 0) / matches.length;
  const names = new Set(matches.map((m) => m.name));
  return { name: names.size === 1 ? matches[0]!.name : text.trim(), lat, lon };
}
