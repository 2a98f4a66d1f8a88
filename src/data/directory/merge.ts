import type { Directory, DirectoryGroup } from './model.js';
import { fold } from './search.js';

/** The same place in two feeds: its UPRN, else its name and coordinates rounded to about 100 m. */
function identity(group: DirectoryGroup): string | undefined {
  const venue = group.venue;
  if (venue?.uprn) return `uprn:${venue.uprn}:${fold(group.name)}`;
  if (venue?.lat === undefined || venue.lon === undefined) return undefined;
  return `at:${fold(group.name).replace(/\W+/g, ' ').trim()}:${venue.lat.toFixed(3)},${venue.lon.toFixed(3)}`;
}

/**
 * Several directories as one: groups in order, a later copy of a group already seen (same UPRN
 * and name, else same name and rounded coordinates) left out. Groups with neither are all kept.
 */
export function mergeDirectories(directories: readonly Directory[]): Directory {
  const seen = new Set<string>();
  const groups: DirectoryGroup[] = [];
  let duplicates = 0;
  for (const directory of directories) {
    for (const group of directory.groups) {
      const key = identity(group);
      if (key !== undefined && seen.has(key)) {
        duplicates++;
        continue;
      }
      if (key !== undefined) seen.add(key);
      groups.push(group);
    }
  }
  const warnings = directories.flatMap((d) => d.warnings);
  if (duplicates) warnings.push(`${duplicates} duplicate group${duplicates === 1 ? '' : 's'} left out`);
  return { groups, warnings };
}
