import { expect } from '@open-wc/testing';
import { readDirectory } from '../../../src/data/directory/read-directory.js';
import sample from '../../../src/data/directory/sample-directory.json';
import { CSV_COLUMNS } from '../../../src/data/directory/csv.js';
import { GROUP_TYPES } from '../../../src/data/directory/group-types.js';
import { failure, fixtureUrl } from '../../helpers.js';
import { fixtureText } from './fixtures.js';

describe('readDirectory: ORUK 1.0', () => {
  it('keeps what is usable in a messy feed and records warnings per group', async () => {
    const { groups, warnings } = await readDirectory(await fixtureText('oruk1-messy.json'));
    expect(groups.map((g) => g.id)).to.deep.equal(['m1', 'm2', 'm3', 'oruk1-6']);
    expect(warnings).to.deep.equal(['item 5 is not an object: skipped', 'item 4 has no name: skipped']);
    const [m1, m2, m3, dads] = groups;
    // HTML becomes plain text; scripts are dropped; entities decoded.
    expect(m1!.name).to.equal('Café Bébé stay & play');
    expect(m1!.description).to.equal('Drop in with your baby.\nTea £1 optional');
    expect(m1!.url).to.equal(undefined);
    expect(m1!.email).to.equal(undefined);
    expect(m1!.warnings).to.include('url is not an http(s) address: dropped');
    expect(m1!.warnings).to.include('latitude and longitude were swapped: put right');
    expect(m1!.venue).to.include({
      lat: 51.4545,
      lon: -2.5879,
      postcode: 'BS1 4DJ',
      outward: 'BS1',
      name: 'Swapped Hall',
    });
    // Empty cost_options is "unknown", not "free".
    expect(m1!.cost).to.equal('unknown');
    expect(m1!.ages).to.deep.equal({ minMonths: 0, maxMonths: 35, pregnancy: false });
    expect(m1!.categories).to.deep.equal(['stay-play']);
    expect(m1!.labels).to.deep.equal(['Stay and Play']);
    expect(m1!.stepFree).to.equal(true);
    expect(m1!.languages).to.deep.equal(['English', 'Polish']);
    expect(m1!.attendance).to.equal('in-person');
    // Service-level and location-level schedules, times cut to HH:MM, ordinals read.
    expect(m1!.schedules).to.have.length(2);
    expect(m1!.schedules[0]).to.deep.include({ freq: 'WEEKLY', opensAt: '09:30', closesAt: '11:00' });
    expect(m1!.schedules[0]!.byDay).to.deep.equal([{ day: 'TU' }, { day: 'TH' }]);
    expect(m1!.schedules[1]!.byDay).to.deep.equal([{ day: 'FR', ordinal: -1 }]);

    expect(m2!.venue).to.equal(undefined);
    expect(m2!.warnings).to.include('coordinates are 0,0: dropped');
    expect(m2!.warnings.some((w) => w.startsWith('postcode "NOT A CODE"'))).to.equal(true);
    expect(m2!.cost).to.equal('paid');
    expect(m2!.costText).to.equal('£3.50 a session');
    // An unsupported freq keeps its description; a schedule with nothing usable goes.
    expect(m2!.schedules).to.deep.equal([
      { interval: 1, byDay: [], byMonthDay: [], description: 'Every summer' },
    ]);
    expect(m3!.venue).to.equal(undefined);
    expect(m3!.warnings).to.deep.equal([
      'coordinates are not numbers: dropped',
      'coordinates are out of range: dropped',
    ]);

    expect(dads!.warnings).to.include('no id: one was made up');
    expect(dads!.warnings).to.include('minimum age is above maximum age: ages ignored');
    expect(dads!.cost).to.equal('free');
    expect(dads!.attendance).to.equal('online');
    expect(dads!.categories).to.deep.equal(['music-rhyme', 'dads']);
  });

  it('refuses what is not a directory with typed errors', async () => {
    expect((await failure(readDirectory('{"content": [1'))).code).to.equal('parse');
    expect((await failure(readDirectory('{"hello": 1}'))).code).to.equal('unsupported-format');
    expect((await failure(readDirectory(42, 'oruk1'))).code).to.equal('unsupported-format');
    expect((await failure(readDirectory('just words'))).code).to.equal('unsupported-format');
  });
});

describe('readDirectory: ORUK 3.0', () => {
  it('reads a full service with schedules, addresses, accessibility, attributes and ages', async () => {
    const text = await (await fetch(fixtureUrl('/oruk/ok/v3/services/hm-sample-001'))).text();
    const { groups } = await readDirectory(text);
    const [group] = groups;
    expect(group!.source).to.equal('oruk3');
    expect(group!.categories).to.deep.equal(['baby-massage']);
    expect(group!.venue).to.deep.include({ postcode: 'BS7 8AA', name: 'Northside Family Hub' });
    expect(group!.ages).to.deep.equal({ minMonths: 0, maxMonths: 11, pregnancy: false });
    expect(group!.schedules[0]).to.deep.include({ freq: 'WEEKLY', dtstart: '2025-01-06' });
    expect(group!.stepFree).to.equal(true);
    expect(group!.warnings).to.deep.equal([]);
  });

  it('reads a `contents` page and a virtual location as online', async () => {
    const page = {
      total_items: 1,
      contents: [
        {
          id: 'v',
          name: 'Online perinatal group',
          minimum_age: 0,
          service_at_locations: [{ location: { location_type: 'virtual', name: 'Zoom' } }],
          schedules: [{ freq: 'WEEKLY', byday: 'WE', opens_at: '19:00:00', closes_at: '20:00:00' }],
        },
      ],
    };
    const { groups } = await readDirectory(page);
    expect(groups[0]).to.deep.include({
      source: 'oruk3',
      attendance: 'online',
      categories: ['perinatal-mental-health'],
    });
  });
});

describe('readDirectory: own JSON and CSV', () => {
  it('reads the sample directory: 60–120 groups covering every group type, some in Wales', async () => {
    const { groups, warnings } = await readDirectory(sample, 'json');
    expect(warnings).to.deep.equal([]);
    expect(groups.length).to.be.within(60, 120);
    for (const type of GROUP_TYPES)
      expect(
        groups.some((g) => g.categories.includes(type)),
        type,
      ).to.equal(true);
    expect(groups.filter((g) => g.languages.includes('Welsh')).length).to.be.greaterThan(3);
    expect(groups.every((g) => g.warnings.length === 0)).to.equal(true);
  });

  it('reads the same groups from the ORUK 1.0, ORUK 3.0 and CSV forms the server makes of it', async () => {
    const own = (await readDirectory(sample)).groups;
    const csvText = await (await fetch(fixtureUrl('/directory.csv'))).text();
    // The server's converter writes the documented columns, in order.
    expect(csvText.slice(0, csvText.indexOf('\r\n'))).to.equal(CSV_COLUMNS.join(','));
    const csv = (await readDirectory(csvText)).groups;
    expect(csv.map((g) => g.id)).to.deep.equal(own.map((g) => g.id));
    expect(csv.map((g) => g.schedules)).to.deep.equal(own.map((g) => g.schedules));
    expect(csv.map((g) => g.venue)).to.deep.equal(own.map((g) => g.venue));
    expect(csv.map((g) => g.cost)).to.deep.equal(own.map((g) => g.cost));
    const v1 = await (await fetch(fixtureUrl('/oruk/ok/v1/services?per_page=100'))).json();
    const oruk1 = (await readDirectory(v1)).groups;
    expect(oruk1.map((g) => g.categories)).to.deep.equal(own.map((g) => g.categories));
    expect(oruk1.map((g) => g.venue?.lat)).to.deep.equal(own.map((g) => g.venue?.lat));
  });

  it('reads CSV: one row per session, formulas stay text, headers in any case', async () => {
    const { groups } = await readDirectory(await fixtureText('messy.csv'), 'csv');
    expect(groups.map((g) => g.id)).to.deep.equal(['c1', 'c2']);
    const [c1, c2] = groups;
    expect(c1!.name).to.equal('=HYPERLINK("http://evil.example","Click")');
    expect(c1!.schedules.map((s) => s.byDay[0]!.day)).to.deep.equal(['MO', 'TH']);
    expect(c1!.venue).to.deep.include({ name: 'Hall, with comma', postcode: 'BS1 4DJ' });
    expect(c1!.description).to.equal('Line one\nline two');
    expect(c1!.languages).to.deep.equal(['English', 'Welsh']);
    expect(c1!.cost).to.equal('free');
    expect(c2!.name).to.equal('+44 117 496 0000');
    expect(c2!.url).to.equal(undefined);
    expect(c2!.description).to.equal('-2+3');
    expect(c2!.categories).to.deep.equal(['sleep']);
    expect(c2!.warnings).to.include('unknown group type "not-a-type"');
    expect(c2!.ages).to.deep.equal({ pregnancy: true });
    expect(c2!.schedules[0]!.byDay).to.deep.equal([{ day: 'WE', ordinal: 2 }]);
  });

  it('refuses a CSV without a name column', async () => {
    expect((await failure(readDirectory('a,b\n1,2\n', 'csv'))).code).to.equal('unsupported-format');
  });
});

describe('readDirectory: booking and last checked', () => {
  it('reads booking from the feed or its words, and the last-checked date', async () => {
    const { groups } = await readDirectory(await fixtureText('booking.json'));
    const [course, play] = groups;
    expect(course!.booking).to.equal('book');
    expect(course!.lastChecked).to.equal('2025-11-03');
    expect(play!.booking).to.equal('drop-in');
    expect(play!.lastChecked).to.equal(undefined);
    expect(play!.warnings).to.include('last checked date is not a date: ignored');
    // The sample's wording ("No need to book") is enough.
    const sampleGroups = (await readDirectory(sample, 'json')).groups;
    expect(sampleGroups.find((g) => /Stay and play/.test(g.name))?.booking).to.equal('drop-in');
  });

  it('takes ORUK assured_date as the last-checked date', async () => {
    const v1 = await readDirectory(
      { content: [{ id: 'a', name: 'A', assured_date: '2025-10-01' }] },
      'oruk1',
    );
    expect(v1.groups[0]!.lastChecked).to.equal('2025-10-01');
    const v3 = await readDirectory(
      { contents: [{ id: 'b', name: 'B', last_modified: '2025-09-30T12:00:00Z', schedules: [] }] },
      'oruk3',
    );
    expect(v3.groups[0]!.lastChecked).to.equal('2025-09-30');
  });
});
