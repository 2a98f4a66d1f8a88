// Hostile CSV: spreadsheet formula injection, quoting, encodings and shapes.
import type { DirectoryCase } from './directories.js';

const HEAD = 'Name,ID,Types,Venue,Postcode,Latitude,Longitude,Freq,ByDay,Opens At,Closes At,Cost,Description';
const row = (cells: Partial<Record<'name' | 'id' | 'description' | 'venue', string>>): string =>
  [
    cells.name ?? 'Group',
    cells.id ?? 'c1',
    'stay-and-play',
    cells.venue ?? 'Hall',
    'BS1 4DJ',
    '51.45',
    '-2.59',
    'WEEKLY',
    'MO',
    '10:00',
    '11:00',
    'free',
    cells.description ?? '',
  ]
    .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(',');
const csv = (...rows: string[]): string => [HEAD, ...rows].join('\r\n');
const fail = (message: string): never => {
  throw new Error(message);
};

export const CSV_CASES: readonly DirectoryCase[] = [
  ...[
    '=HYPERLINK("http://evil.example","Click")',
    '+44 117 496 0000',
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
  ].map((formula, i) => ({
    name: `formula kept as text: ${JSON.stringify(formula.slice(0, 12))}`,
    input: () => csv(row({ name: `Group ${i}`, description: formula })),
    expect: {
      read: true as const,
      groups: 1,
      check: ([g]: { description: string }[]) =>
        g!.description.trim() === formula.trim() || fail(g!.description),
    },
  })),
  {
    name: 'formula as the name',
    input: () => csv(row({ name: "=cmd|' /C calc'!A0" })),
    expect: { read: true, groups: 1, check: ([g]) => g!.name.startsWith('=cmd') || fail(g!.name) },
  },
  {
    name: 'quotes, commas and newlines in cells',
    input: () =>
      csv(row({ name: 'The "Little" Ones, Eastfield', description: 'Line one\nline two, with "quotes"' })),
    expect: {
      read: true,
      groups: 1,
      check: ([g]) => g!.name === 'The "Little" Ones, Eastfield' || fail(g!.name),
    },
  },
  {
    name: 'an unterminated quote',
    input: () => `${HEAD}\r\n"Group,c1,stay-and-play,Hall,BS1 4DJ,51.45,-2.59,WEEKLY,MO,10:00,11:00,free,x`,
    expect: { read: true, warns: /CSV|quote/i },
  },
  {
    name: 'ragged rows',
    input: () => csv(`${row({ id: 'a' })},extra,cells`, 'Short,b', row({ id: 'c', name: 'Third' })),
    expect: { read: true, warns: /CSV/ },
  },
  {
    name: 'Latin-1 bytes read as UTF-8',
    input: () => csv(row({ name: 'Caf\uFFFD Bach' })),
    expect: { read: true, groups: 1, warns: /encod|UTF-8/i },
  },
  {
    name: 'UTF-8 byte order mark',
    input: () => `\uFEFF${csv(row({ name: 'Café Bach' }))}`,
    expect: { read: true, groups: 1, check: ([g]) => g!.name === 'Café Bach' || fail(g!.name) },
  },
  {
    name: 'semicolon-separated (a European spreadsheet)',
    input: () => csv(row({ name: 'Semi' })).replace(/,/g, ';'),
    expect: { read: true, groups: 1, check: ([g]) => g!.name === 'Semi' || fail(g!.name) },
  },
  {
    name: 'markup in cells stays text',
    input: () => csv(row({ name: '<script>alert(1)</script>Rhymes', venue: '<img src=x onerror=alert(1)>' })),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'header only: an empty directory',
    input: () => HEAD,
    expect: { read: true, groups: 0 },
  },
  {
    name: 'no name column',
    input: () => 'Title,Where\r\nGroup,Hall',
    expect: { refused: 'unsupported-format' },
  },
  {
    name: 'a 1 MB cell',
    input: () => csv(row({ description: 'x'.repeat(1_000_000) })),
    expect: { read: true, groups: 1, check: ([g]) => g!.description.length <= 5000 || fail('not cut') },
  },
  {
    name: 'ten thousand rows of one group',
    input: () => csv(...Array.from({ length: 10_000 }, () => row({ id: 'same' }))),
    expect: { read: true, groups: 1 },
  },
];
