import { HeldInMindError } from '../../core/errors.js';
import type { RawGroup } from './build-group.js';
import { readOwnGroup } from './own-json.js';
import type { Json } from './values.js';

/**
 * The CSV columns (schemas/directory-csv.md): one row per session; rows sharing an `id` (or, with
 * no id, a name and postcode) are one group. Lists inside a cell are separated by semicolons.
 */
export const CSV_COLUMNS = [
  'id',
  'name',
  'description',
  'types',
  'organisation',
  'url',
  'email',
  'phone',
  'venue',
  'address',
  'postcode',
  'latitude',
  'longitude',
  'accessibility',
  'freq',
  'interval',
  'byday',
  'bymonthday',
  'dtstart',
  'valid_from',
  'valid_to',
  'opens_at',
  'closes_at',
  'schedule_description',
  'min_age_months',
  'max_age_months',
  'pregnancy',
  'cost',
  'cost_description',
  'languages',
  'attendance',
] as const;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

const header = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** One CSV row as an object in the library's own JSON shape (cells are text, never formulas). */
function rowToGroup(row: Record<string, string | undefined>): Json {
  const yes = /^(y|yes|true|1|ie)$/i;
  const schedule: Json = {
    freq: row.freq,
    interval: row.interval,
    byday: row.byday,
    bymonthday: row.bymonthday,
    dtstart: row.dtstart,
    valid_from: row.valid_from,
    valid_to: row.valid_to,
    opens_at: row.opens_at,
    closes_at: row.closes_at,
    description: row.schedule_description,
  };
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    types: list(row.types),
    organisation: row.organisation,
    url: row.url,
    email: row.email,
    phone: row.phone,
    venue: {
      name: row.venue,
      address: row.address,
      postcode: row.postcode,
      lat: row.latitude || undefined,
      lon: row.longitude || undefined,
      accessibility: list(row.accessibility),
    },
    schedules: [schedule],
    ages:
      row.min_age_months || row.max_age_months || row.pregnancy
        ? {
            minMonths: row.min_age_months,
            maxMonths: row.max_age_months,
            pregnancy: yes.test(row.pregnancy ?? ''),
          }
        : undefined,
    cost: (row.cost ?? '').trim().toLowerCase(),
    costText: row.cost_description,
    languages: list(row.languages),
    attendance: row.attendance,
  };
}

/**
 * Reads a directory CSV with papaparse (loaded on first use). Every cell stays text: a cell
 * starting with `=`, `+`, `-` or `@` is kept as written, never evaluated or treated as a number.
 */
export async function readCsv(text: string): Promise<{ groups: RawGroup[]; warnings: string[] }> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    transformHeader: header,
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('name')) {
    throw new HeldInMindError('unsupported-format', 'CSV has no "name" column', {
      problems: [`columns: ${fields.slice(0, 20).join(', ')}`],
    });
  }
  const warnings = parsed.errors.slice(0, 20).map((e) => `CSV row ${(e.row ?? 0) + 2}: ${e.message}`);
  // U+FFFD is what a decoder leaves for bytes that were not UTF-8: usually a spreadsheet saved in
  // a legacy encoding. Say so, since names with accents or other scripts will look broken.
  if (text.includes('\uFFFD')) warnings.push('some characters could not be read: save the CSV as UTF-8');
  const byKey = new Map<string, RawGroup>();
  const groups: RawGroup[] = [];
  for (const row of parsed.data) {
    const raw = readOwnGroup(rowToGroup(row));
    const key = raw.id ?? `${raw.name ?? ''}|${raw.venue?.postcode ?? ''}`;
    const known = byKey.get(key);
    if (known) {
      known.schedules.push(...raw.schedules);
      known.warnings.push(...raw.warnings);
      continue;
    }
    byKey.set(key, raw);
    groups.push(raw);
  }
  return { groups, warnings };
}
