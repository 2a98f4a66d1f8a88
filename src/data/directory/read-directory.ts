import { HeldInMindError } from '../../core/errors.js';
import { buildGroup, type RawGroup } from './build-group.js';
import { readCsv } from './csv.js';
import type { Directory, DirectoryGroup, DirectorySource } from './model.js';
import { readOruk1Service, servicesIn } from './oruk1.js';
import { isServiceAtLocationList, readOruk3Service, servicesFromServiceAtLocations } from './oruk3.js';
import { readOwnGroup } from './own-json.js';
import { isObject, objects } from './values.js';

/** `auto` tells the formats apart by their shape. */
export type DirectoryFormat = DirectorySource | 'auto';

/** Inputs over this many characters are refused (a directory of 50,000 groups is about 40 MB). */
export const MAX_DIRECTORY_SIZE = 64 * 1024 * 1024;
const MAX_GROUPS = 100_000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HeldInMindError('parse', 'The directory is not valid JSON', { cause: error });
  }
}

/** Which JSON shape this is: the library's own, ORUK 3.0 or ORUK 1.0 (the default). */
export function detectJsonFormat(value: unknown): DirectorySource | null {
  if (isObject(value) && Array.isArray(value.groups)) return 'json';
  const services = servicesIn(value);
  if (!services) return null;
  if (isObject(value) && ('contents' in value || 'total_items' in value)) return 'oruk3';
  if (isObject(value) && ('content' in value || 'totalElements' in value)) return 'oruk1';
  if (isServiceAtLocationList(services)) return 'oruk3';
  const first = objects(services)[0];
  const v3 = first && ['schedules', 'attributes', 'minimum_age', 'organization_id'].some((k) => k in first);
  return v3 ? 'oruk3' : 'oruk1';
}

const READERS: Record<Exclude<DirectorySource, 'csv'>, (value: Record<string, unknown>) => RawGroup> = {
  oruk1: readOruk1Service,
  oruk3: readOruk3Service,
  json: readOwnGroup,
};

function rawGroups(value: unknown, format: Exclude<DirectorySource, 'csv'>): unknown[] {
  const list = format === 'json' ? (isObject(value) ? value.groups : value) : servicesIn(value);
  if (!Array.isArray(list)) {
    throw new HeldInMindError('unsupported-format', `This is not a ${format} directory`);
  }
  return format === 'oruk3' && isServiceAtLocationList(list) ? servicesFromServiceAtLocations(list) : list;
}

/**
 * Reads a directory into normalised groups: Open Referral UK 1.0 (`content` pages), ORUK 3.0 /
 * HSDS-UK (`contents` pages or full services), the library's own JSON (schemas/directory.schema.json)
 * or CSV (schemas/directory-csv.md). `input` is text, bytes (UTF-8) or already-parsed JSON.
 *
 * Throws a HeldInMindError: `parse` (bad JSON), `unsupported-format` (not a directory),
 * `too-large`. Problems with single groups never throw: the group keeps what is usable and lists
 * the rest in its `warnings`; a group with no name is left out and counted in the directory's.
 */
export async function readDirectory(input: unknown, format: DirectoryFormat = 'auto'): Promise<Directory> {
  let value = input instanceof Uint8Array ? new TextDecoder().decode(input) : input;
  if (typeof value === 'string' && value.length > MAX_DIRECTORY_SIZE) {
    throw new HeldInMindError('too-large', 'The directory is too large', { limit: MAX_DIRECTORY_SIZE });
  }
  let source: DirectorySource;
  let raws: (RawGroup | undefined)[];
  const warnings: string[] = [];
  const looksJson = typeof value === 'string' && /^\s*[[{]/.test(value.replace(/^\uFEFF/, ''));
  if (format === 'csv' || (format === 'auto' && typeof value === 'string' && !looksJson)) {
    if (typeof value !== 'string') throw new HeldInMindError('unsupported-format', 'CSV must be text');
    const csv = await readCsv(value);
    source = 'csv';
    raws = csv.groups;
    warnings.push(...csv.warnings);
  } else {
    if (typeof value === 'string') value = parseJson(value.replace(/^\uFEFF/, ''));
    const detected = format === 'auto' ? detectJsonFormat(value) : format;
    if (!detected || detected === 'csv') {
      throw new HeldInMindError('unsupported-format', 'Not a directory in a known format');
    }
    source = detected;
    const read = READERS[detected];
    const list = rawGroups(value, detected);
    if (list.length > MAX_GROUPS) warnings.push(`only the first ${MAX_GROUPS} groups were read`);
    raws = list.slice(0, MAX_GROUPS).map((item, i) => {
      if (isObject(item)) return read(item);
      warnings.push(`item ${i + 1} is not an object: skipped`);
      return undefined;
    });
  }
  const groups: DirectoryGroup[] = [];
  raws.forEach((raw, i) => {
    if (!raw) return;
    const group = buildGroup(raw, source, i);
    if (group) groups.push(group);
    else warnings.push(`item ${i + 1} has no name: skipped`);
  });
  return { groups, warnings };
}
