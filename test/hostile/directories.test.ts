import { expect } from '@open-wc/testing';
import { readDirectory } from '../../src/data/directory/read-directory.js';
import { searchGroups } from '../../src/data/directory/search.js';
import { nextSessions } from '../../src/data/directory/schedule.js';
import { toICS } from '../../src/data/directory/ics.js';
import { fetchOrukDirectory } from '../../src/data/directory/oruk-client.js';
import type { Directory } from '../../src/data/directory/model.js';
import { CSV_CASES } from './cases/csv.js';
import { DIRECTORY_CASES, type DirectoryCase } from './cases/directories.js';
import { fixtureUrl } from '../helpers.js';

const FROM = new Date('2026-03-02T09:00:00Z');

async function run(c: DirectoryCase, format: 'auto' | 'csv'): Promise<void> {
  let directory: Directory | undefined;
  let error: { name?: string; code?: string } | undefined;
  try {
    directory = await readDirectory(c.input(), format);
  } catch (e) {
    error = e as typeof error;
  }
  expect(Object.prototype).not.to.have.property('polluted');
  if ('refused' in c.expect) {
    expect(directory, 'nothing read from a refused input').to.equal(undefined);
    expect([error?.name, error?.code]).to.deep.equal(['HeldInMindError', c.expect.refused]);
    return;
  }
  expect(error, String(error)).to.equal(undefined);
  const { groups } = directory!;
  if (c.expect.groups !== undefined) expect(groups.length).to.equal(c.expect.groups);
  if (c.expect.warns) {
    const warnings = [...directory!.warnings, ...groups.flatMap((g) => g.warnings)];
    expect(warnings.join(' | ')).to.match(c.expect.warns);
  }
  c.expect.check?.(groups);
  for (const g of groups.slice(0, 200)) {
    expect(typeof g.name === 'string' && g.name !== '', 'a name').to.equal(true);
    if (g.url) expect(g.url).to.match(/^https?:/);
    const lat = g.venue?.lat;
    if (lat !== undefined) expect(Number.isFinite(lat) && Math.abs(lat) <= 90).to.equal(true);
    // Everything downstream copes too: the next sessions, a calendar file, a search.
    for (const session of nextSessions(g, FROM, 3)) {
      expect(Number.isFinite(session.start.getTime())).to.equal(true);
      const ics = toICS(g, session);
      expect(
        ics.split('\r\n').every((line) => !/^(ATTENDEE|BEGIN:VALARM|X-)/.test(line)),
        'no injected lines',
      ).to.equal(true);
    }
  }
  const found = searchGroups(groups, { near: { lat: 51.45, lon: -2.59 }, radiusKm: 10, limit: 20 });
  expect(found.results.length).to.be.at.most(20);
  expect(found.total).to.be.at.most(groups.length);
}

describe('hostile directories', function () {
  // big inputs (200,000 cues, 26 MB, 50,000 groups) on a shared 2-core CI machine
  this.timeout(120_000);
  for (const c of DIRECTORY_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'read safely';
    it(`${c.name}: ${label}`, () => run(c, 'auto'));
  }

  it('a calendar file never lets a name or description add lines of its own', async () => {
    const { groups } = await readDirectory({
      version: '1',
      groups: [
        {
          id: 'g',
          name: 'Rhymes\r\nATTENDEE:mailto:evil@example.org\r\nBEGIN:VALARM',
          description: 'Fun\nX-INJECTED:1\r\nEND:VEVENT',
          schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00' }],
          venue: { name: 'Hall\r\nLOCATION:Elsewhere', lat: 51.45, lon: -2.59 },
        },
      ],
    });
    const [session] = nextSessions(groups[0]!, FROM, 1);
    const lines = toICS(groups[0]!, session!).split('\r\n');
    expect(
      lines.filter((l) => /^(ATTENDEE|BEGIN:VALARM|X-INJECTED|LOCATION:Elsewhere)/.test(l)),
    ).to.deep.equal([]);
    expect(lines.filter((l) => l === 'END:VEVENT')).to.have.length(1);
  });

  it('a pagination bomb stops after the page cap with a warning', async () => {
    const { groups, warnings } = await fetchOrukDirectory(fixtureUrl('/oruk/endless/v1'), {
      maxPages: 5,
      pageSize: 10,
    });
    expect(groups).to.have.length(50);
    expect(warnings.join(' ')).to.include('stopped after 5 pages');
  });
});

describe('hostile CSV', function () {
  this.timeout(120_000);
  for (const c of CSV_CASES) {
    const label = 'refused' in c.expect ? `refused (${c.expect.refused})` : 'read safely';
    it(`${c.name}: ${label}`, () => run(c, 'csv'));
  }
});
