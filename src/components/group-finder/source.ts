// Reading a directory: the format readers, the ORUK client and the built-in sample, split into
// their own chunks so the first paint (the form) never waits for them.
import { fetchJson, fetchText } from '../../core/fetch.js';
import { requestUrl } from '../../core/proxy.js';
import { toHeldInMindError, type HeldInMindError } from '../../core/errors.js';
import { readDirectory, type DirectoryFormat } from '../../data/directory/read-directory.js';
import { fetchOrukDirectory } from '../../data/directory/oruk-client.js';
import { mergeDirectories } from '../../data/directory/merge.js';
import { tableGeocoder, httpGeocoder, type Geocoder } from '../../data/directory/geocoders.js';
import type { Directory, DirectoryGroup } from '../../data/directory/model.js';
import { venueGeocoder } from '../../data/directory/geocoders.js';
import { parsePostcode } from '../../data/directory/postcode.js';
import { findPlace } from '../../data/directory/places.js';
import type { LatLon } from '../../data/directory/geo.js';
import { msg, str } from '../../core/localize.js';
import { errorMessage } from '../../core/error-messages.js';
import type { GroupFinderOriginKind } from './group-finder.events.js';

export { errorMessage };
export { hasFinderState, readState, writeState } from './finder-hash.js';
export { placesIn } from '../../data/directory/places.js';
// Searching needs a directory, which only this chunk loads: the search code comes with it.
export { searchGroups } from '../../data/directory/search.js';
export { nextSessions } from '../../data/directory/schedule.js';

export interface SourceConfig {
  src: string;
  oruk: string[];
  format: DirectoryFormat;
  proxy?: string;
}

export interface LoadedDirectory extends Directory {
  /** True when no source was set and the built-in sample is shown. */
  sample: boolean;
  /** Feeds that failed while others worked. */
  failed: HeldInMindError[];
}

const MAX_BYTES = 32 * 1024 * 1024;

/**
 * The configured directory: `src` (JSON or CSV), one or more ORUK feeds (merged; a feed that fails
 * is reported while the others are shown), or the built-in sample when neither is set.
 */
export async function loadDirectory(config: SourceConfig, signal: AbortSignal): Promise<LoadedDirectory> {
  const { src, oruk, format, proxy } = config;
  if (!src && oruk.length === 0) {
    const { default: sample } = await import('../../data/directory/sample-directory.json');
    return { ...(await readDirectory(sample, 'json')), sample: true, failed: [] };
  }
  const parts: Promise<Directory>[] = [];
  if (src) {
    parts.push(
      fetchText(requestUrl(src, proxy), { signal, maxBytes: MAX_BYTES }).then(({ text }) =>
        readDirectory(text, format),
      ),
    );
  }
  for (const url of oruk) {
    const version = format === 'oruk1' ? '1.0' : format === 'oruk3' ? '3.0' : 'auto';
    parts.push(fetchOrukDirectory(url, { signal, proxy, version, maxBytes: MAX_BYTES }));
  }
  const settled = await Promise.allSettled(parts);
  const ok = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.flatMap((s) =>
    s.status === 'rejected' ? [toHeldInMindError(s.reason, 'network')] : [],
  );
  if (ok.length === 0) throw failed[0]!;
  return { ...mergeDirectories(ok), sample: false, failed };
}

/**
 * The geocoder the host configured: an outward-code table (fetched once) or a postcodes.io-style
 * service. Null when neither is set: the directory's own venues are used instead.
 */
export async function hostGeocoder(
  outcodes: string,
  geocoder: string,
  signal: AbortSignal,
): Promise<Geocoder | null> {
  if (outcodes) {
    const table = await fetchJson(outcodes, { signal, maxBytes: 4 * 1024 * 1024 });
    return tableGeocoder(table && typeof table === 'object' ? (table as Record<string, unknown>) : {});
  }
  return geocoder ? httpGeocoder(geocoder) : null;
}

/** Where the person is searching from. */
export interface Origin extends LatLon {
  kind: GroupFinderOriginKind;
  /** Outward code or place name; empty for "my location". */
  label: string;
}

const warn = (what: string, detail: unknown) => console.warn(`<hm-group-finder>: ${what}`, detail);

/**
 * A point for what a person typed: a postcode (through the host's table or geocoder, else the
 * centre of the directory's own venues in that postcode area) or a place in the directory.
 * Otherwise the message to show under the field.
 */
export async function resolveWhere(
  text: string,
  groups: readonly DirectoryGroup[],
  options: { outcodes: string; geocoder: string; signal: AbortSignal },
): Promise<Origin | string> {
  // "BS7 8" is half a postcode, not the outward code BS78.
  const words = text.trim().split(/\s+/);
  const partial = words.length === 2 && /\d/.test(words[1]!) && words[1]!.length !== 3;
  const postcode = partial ? null : parsePostcode(text);
  if (postcode) {
    const code = postcode.full ?? postcode.outward;
    try {
      const host = await hostGeocoder(options.outcodes, options.geocoder, options.signal);
      const point =
        (host && (await host.geocode(code, { signal: options.signal }))) ??
        (await venueGeocoder(groups).geocode(code));
      if (point) return { ...point, kind: 'postcode', label: postcode.outward };
    } catch (error) {
      const failure = toHeldInMindError(error, 'network');
      if (failure.code !== 'aborted') warn('postcode search failed', failure);
      return errorMessage(failure);
    }
    return msg(str`We could not find ${code}. Check the postcode, or try a nearby town.`, {
      id: 'hm.group-finder.where.unknown-postcode',
      desc: 'Error under the search field when a postcode is valid but not known.',
    });
  }
  if (/\d/.test(text))
    return msg('Enter a full UK postcode, like BS1 4DJ, or its first part, like BS1.', {
      id: 'hm.group-finder.where.invalid-postcode',
      desc: 'Error under the search field when what was typed is not a UK postcode.',
    });
  const place = findPlace(groups, text);
  if (place) return { lat: place.lat, lon: place.lon, kind: 'place', label: place.name };
  return msg(
    str`We could not find “${text}” in this directory. Try a postcode or the name of a town or venue.`,
    {
      id: 'hm.group-finder.where.unknown-place',
      desc: 'Error under the search field when a place name is not in the directory.',
    },
  );
}
