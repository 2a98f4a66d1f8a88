// Hostile directory data (own JSON, ORUK 1.0 and 3.0 shapes, CSV). Each case says what must come
// of it: `refused` with an error code, or `read` with checks on the groups that survive.
import type { DirectoryGroup } from '../../../src/data/directory/model.js';

export type DirectoryOutcome =
  | { refused: string }
  | { read: true; groups?: number; warns?: RegExp; check?: (groups: DirectoryGroup[]) => void };

export interface DirectoryCase {
  name: string;
  input: () => unknown;
  expect: DirectoryOutcome;
}

const A = 'alert(1)';
const own = (...groups: object[]) => ({ version: '1', groups });
const at = (lat: unknown, lon: unknown) => ({
  id: 'g',
  name: 'Stay and play',
  venue: { name: 'Hall', lat, lon },
});
const oruk3 = (services: object[]) => ({ total_items: services.length, contents: services });
const fail = (message: string): never => {
  throw new Error(message);
};

export const DIRECTORY_CASES: readonly DirectoryCase[] = [
  // Coordinates
  {
    name: 'coordinates as strings',
    input: () => own(at('51.45', '-2.59')),
    expect: {
      read: true,
      groups: 1,
      check: ([g]) => g!.venue?.lat === 51.45 || fail(`lat ${g!.venue?.lat}`),
    },
  },
  {
    name: 'latitude and longitude swapped',
    input: () => own(at(-2.59, 51.45)),
    expect: { read: true, groups: 1, warns: /swap/ },
  },
  {
    name: 'latitude out of range',
    input: () => own(at(200, -2.59)),
    expect: { read: true, groups: 1, check: ([g]) => g!.venue?.lat === undefined || fail('kept 200') },
  },
  {
    name: 'NaN coordinates',
    input: () => own(at('NaN', 'NaN')),
    expect: { read: true, groups: 1, check: ([g]) => g!.venue?.lat === undefined || fail('kept NaN') },
  },
  {
    name: 'infinite coordinates',
    input: () => own(at('1e999', '-1e999')),
    expect: { read: true, groups: 1, check: ([g]) => g!.venue?.lat === undefined || fail('kept Infinity') },
  },
  {
    name: 'null island (0, 0)',
    input: () => own(at(0, 0)),
    expect: {
      read: true,
      groups: 1,
      warns: /0,\s?0|null island|zero/i,
      check: ([g]) => g!.venue?.lat === undefined || fail('kept 0,0'),
    },
  },
  {
    name: 'coordinates as objects and arrays',
    input: () => own(at({ valueOf: 1 }, [51])),
    expect: { read: true, groups: 1, check: ([g]) => g!.venue?.lat === undefined || fail('kept an object') },
  },
  // Contact details
  {
    name: 'javascript: email',
    input: () => own({ id: 'g', name: 'Group', email: `javascript:${A}//@example.org` }),
    expect: {
      read: true,
      groups: 1,
      warns: /email/,
      check: ([g]) => g!.email === undefined || fail(g!.email!),
    },
  },
  {
    name: 'email with a header injection',
    input: () => own({ id: 'g', name: 'Group', email: 'hub@example.org\nBcc: everyone@example.org' }),
    expect: { read: true, groups: 1, check: ([g]) => g!.email === undefined || fail(g!.email!) },
  },
  {
    name: 'email with a query string',
    input: () => own({ id: 'g', name: 'Group', email: 'hub@example.org?subject=x&body=y' }),
    expect: { read: true, groups: 1, check: ([g]) => g!.email === undefined || fail(g!.email!) },
  },
  {
    name: 'internationalised email domain',
    input: () => own({ id: 'g', name: 'Group', email: 'croeso@enghraifft.cymru' }),
    expect: {
      read: true,
      groups: 1,
      check: ([g]) => g!.email === 'croeso@enghraifft.cymru' || fail('dropped'),
    },
  },
  {
    name: 'javascript: website',
    input: () => own({ id: 'g', name: 'Group', url: `javascript:${A}` }),
    expect: { read: true, groups: 1, warns: /url/, check: ([g]) => g!.url === undefined || fail(g!.url!) },
  },
  {
    name: 'markup in the phone number',
    input: () => own({ id: 'g', name: 'Group', phone: `<img src=x onerror=${A}>` }),
    expect: { read: true, groups: 1, check: ([g]) => g!.phone === undefined || fail(g!.phone!) },
  },
  // Text
  {
    name: '10 KB name',
    input: () => own({ id: 'g', name: 'N'.repeat(10_240) }),
    expect: {
      read: true,
      groups: 1,
      warns: /name cut/,
      check: ([g]) => g!.name.length <= 200 || fail('not cut'),
    },
  },
  {
    name: 'right-to-left name',
    input: () => own({ id: 'g', name: 'مجموعة الرضع واللعب' }),
    expect: { read: true, groups: 1, check: ([g]) => g!.name === 'مجموعة الرضع واللعب' || fail(g!.name) },
  },
  {
    name: 'bidi override in a name',
    input: () => own({ id: 'g', name: 'Baby \u202Eyalp' }),
    expect: { read: true, groups: 1, check: ([g]) => !/\u202E/.test(g!.name) || fail('override kept') },
  },
  {
    name: 'markup in a name stays text',
    input: () => own({ id: 'g', name: `<img src=x onerror=${A}>Rhymes` }),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'no name',
    input: () => own({ id: 'g' }, { id: 'h', name: 'Kept' }),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'name of the wrong type',
    input: () => own({ id: 'g', name: { toString: 'x' } }, { id: 'h', name: 42 }, { id: 'i', name: 'Kept' }),
    expect: { read: true },
  },
  {
    name: '__proto__ keys',
    input: () =>
      JSON.parse(
        '{"version":"1","groups":[{"id":"g","name":"Group","__proto__":{"polluted":true},"venue":{"__proto__":{"polluted":true}}}]}',
      ),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'constructor.prototype keys',
    input: () =>
      JSON.parse(
        '{"version":"1","groups":[{"id":"g","name":"Group","constructor":{"prototype":{"polluted":true}}}]}',
      ),
    expect: { read: true, groups: 1 },
  },
  // Schedules
  {
    name: 'schedule interval of a billion',
    input: () =>
      own({
        id: 'g',
        name: 'Group',
        schedules: [{ freq: 'WEEKLY', interval: 1e9, byday: 'MO', opens_at: '10:00' }],
      }),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'schedule with impossible times and days',
    input: () =>
      own({
        id: 'g',
        name: 'Group',
        schedules: [{ freq: 'WEEKLY', byday: 'XX,MO,99ZZ', opens_at: '25:99', closes_at: 'never' }],
      }),
    expect: { read: true, groups: 1, warns: /byday|time/ },
  },
  {
    name: 'schedule with an invalid start date',
    input: () =>
      own({
        id: 'g',
        name: 'Group',
        schedules: [{ freq: 'WEEKLY', byday: 'MO', dtstart: '2025-02-31', opens_at: '10:00' }],
      }),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'ten thousand schedules on one group',
    input: () =>
      own({
        id: 'g',
        name: 'Group',
        schedules: Array.from({ length: 10_000 }, () => ({ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00' })),
      }),
    expect: { read: true, groups: 1 },
  },
  // Shapes
  { name: 'not a directory', input: () => ({ hello: 'world' }), expect: { refused: 'unsupported-format' } },
  { name: 'JSON that does not parse', input: () => '{"groups": [', expect: { refused: 'parse' } },
  { name: 'a number', input: () => 42, expect: { refused: 'unsupported-format' } },
  { name: 'null', input: () => null, expect: { refused: 'unsupported-format' } },
  {
    name: '10,000-deep JSON',
    input: () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    expect: { read: true, groups: 0, warns: /not an object/ },
  },
  {
    name: 'ORUK 3.0 with nulls everywhere',
    input: () =>
      oruk3([
        {
          id: null,
          name: 'Nulls',
          description: null,
          url: null,
          email: null,
          service_at_locations: null,
          schedules: null,
          cost_options: null,
          languages: null,
        },
      ]),
    expect: { read: true, groups: 1 },
  },
  {
    name: 'ORUK 3.0 with wrong types everywhere',
    input: () =>
      oruk3([
        {
          id: 7,
          name: 'Types',
          description: ['x'],
          url: 5,
          email: {},
          service_at_locations: 'x',
          schedules: 'x',
          cost_options: 'x',
          languages: 'x',
        },
      ]),
    expect: { read: true, groups: 1 },
  },
  {
    name: '50,000 groups at one point',
    input: () =>
      own(
        ...Array.from({ length: 50_000 }, (_, i) => ({
          id: `g${i}`,
          name: `Group ${i}`,
          venue: { lat: 51.45, lon: -2.59 },
        })),
      ),
    expect: { read: true, groups: 50_000 },
  },
];
