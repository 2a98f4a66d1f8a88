import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HeldInMindError } from '../../../src/core/errors.js';
import { distanceKm } from '../../../src/data/directory/geo.js';
import { toICS } from '../../../src/data/directory/ics.js';
import { parsePostcode } from '../../../src/data/directory/postcode.js';
import { readDirectory } from '../../../src/data/directory/read-directory.js';
import { nextSessions } from '../../../src/data/directory/schedule.js';
import { searchGroups } from '../../../src/data/directory/search.js';

// "Never anything but a HeldInMindError": any other exception fails the property; a hang fails
// the test by mocha's timeout.
const typedOnly = (error: unknown): true => {
  if (error instanceof HeldInMindError) return true;
  throw error;
};

const messy = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(
    '2TU',
    '-1FR',
    'MO,XX',
    '25:99',
    '10:00:00',
    'NaN',
    '0',
    '-2.58',
    '=1+1',
    '<b>x</b>&amp;',
    'WEEKLY',
    'MONTHLY',
  ),
);
const scheduleArb = fc.record(
  {
    freq: fc.oneof(fc.constantFrom('WEEKLY', 'MONTHLY', 'weekly', 'DAILY'), messy),
    interval: fc.oneof(fc.integer({ min: -2, max: 10 }), messy),
    byday: fc.oneof(fc.constantFrom('MO', 'TU,TH', '2TU', '-1FR', '5SU', '1MO,3WE'), messy),
    bymonthday: fc.oneof(fc.constantFrom('1', '-1', '31', '15,30'), messy),
    dtstart: fc.oneof(fc.constantFrom('2024-02-29', '2025-01-06', '2025-13-01'), messy),
    valid_from: fc.oneof(fc.constantFrom('2024-01-01', '2026-01-01'), messy),
    valid_to: fc.oneof(fc.constantFrom('2025-03-30', '2027-01-01', '2020-01-01'), messy),
    opens_at: fc.oneof(fc.constantFrom('00:00', '01:30', '10:00', '23:59'), messy),
    closes_at: fc.oneof(fc.constantFrom('00:30', '11:00:00', '02:00'), messy),
    description: messy,
  },
  { requiredKeys: [] },
);
const serviceArb = fc.record(
  {
    id: messy,
    name: messy,
    description: messy,
    regular_schedules: fc.array(fc.oneof(scheduleArb, messy), { maxLength: 3 }),
    schedules: fc.array(scheduleArb, { maxLength: 3 }),
    minimum_age: messy,
    maximum_age: messy,
    cost_options: fc.array(fc.record({ amount: messy }), { maxLength: 2 }),
    service_at_locations: fc.array(
      fc.record({
        location: fc.record({
          latitude: messy,
          longitude: messy,
          physical_addresses: fc.array(fc.record({ postal_code: messy })),
        }),
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);

describe('directory properties', () => {
  it('readDirectory never throws anything but a HeldInMindError, for any JSON, text or CSV', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ content: fc.array(fc.oneof(serviceArb, messy), { maxLength: 4 }) }),
          fc.record({ contents: fc.array(serviceArb, { maxLength: 4 }) }),
          fc.record({ groups: fc.array(fc.oneof(fc.anything(), serviceArb), { maxLength: 4 }) }),
          fc.anything(),
          fc.string(),
          fc.json(),
        ),
        fc.constantFrom('auto', 'oruk1', 'oruk3', 'json', 'csv') as fc.Arbitrary<'auto'>,
        async (input, format) => {
          try {
            const { groups } = await readDirectory(input, format);
            for (const group of groups) {
              expect(group.name).to.be.a('string');
              nextSessions(group, new Date('2025-03-29T12:00:00Z'), 3);
              searchGroups([group], { text: 'a', near: { lat: 51.5, lon: -2.6 }, radiusKm: 5, ageMonths: 3 });
            }
          } catch (error) {
            typedOnly(error);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('nextSessions returns sessions that have not ended, in order, at most count', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(scheduleArb, { minLength: 1, maxLength: 3 }),
        fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 12 }),
        async (schedules, from, count) => {
          const { groups } = await readDirectory({ groups: [{ id: 'g', name: 'G', schedules }] });
          const sessions = nextSessions(groups[0]!, from, count);
          expect(sessions.length).to.be.at.most(count);
          for (let i = 0; i < sessions.length; i++) {
            expect((sessions[i]!.end ?? sessions[i]!.start).getTime()).to.be.greaterThan(from.getTime());
            if (i) expect(sessions[i]!.start.getTime()).to.be.at.least(sessions[i - 1]!.start.getTime());
            const ics = toICS(groups[0]!, sessions[i]!);
            expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).to.equal(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('distance is symmetric and never negative', () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceKm(a, b);
        expect(d).to.be.at.least(0);
        expect(d).to.equal(distanceKm(b, a));
        expect(distanceKm(a, a)).to.equal(0);
      }),
    );
  });

  it('parsePostcode is idempotent on what it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 10 }), fc.stringMatching(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/)),
        (text) => {
          const parsed = parsePostcode(text);
          if (parsed) expect(parsePostcode(parsed.full ?? parsed.outward)).to.deep.equal(parsed);
        },
      ),
    );
  });
});
