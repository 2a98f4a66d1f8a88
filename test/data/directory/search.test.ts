import { expect } from '@open-wc/testing';
import { distanceKm } from '../../../src/data/directory/geo.js';
import { readDirectory } from '../../../src/data/directory/read-directory.js';
import sample from '../../../src/data/directory/sample-directory.json';
import { searchGroups, smallestK } from '../../../src/data/directory/search.js';

const harbourside = { lat: 51.4497, lon: -2.5985 };

describe('searchGroups', () => {
  it('sorts by distance (top k only), with miles and km, and applies a radius', async () => {
    const { groups } = await readDirectory(sample);
    const { results, total } = searchGroups(groups, { near: harbourside, limit: 10 });
    expect(total).to.equal(groups.length);
    expect(results).to.have.length(10);
    const distances = results.map((r) => r.distanceKm!);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    const all = groups
      .filter((g) => g.venue?.lat !== undefined)
      .map((g) => distanceKm(harbourside, g.venue as never));
    expect(distances[0]).to.equal(Math.min(...all));
    expect(results[0]!.distanceMiles).to.be.closeTo(results[0]!.distanceKm! / 1.609344, 1e-9);
    const near = searchGroups(groups, { near: harbourside, radiusKm: 3, limit: 500 });
    for (const r of near.results)
      expect(r.distanceKm === undefined ? r.group.attendance : r.distanceKm).to.satisfy(
        (v: unknown) => v === 'online' || (v as number) <= 3,
      );
    expect(near.total).to.be.lessThan(groups.length);
  });

  it('filters by text (any case and accents), category, age, pregnancy, day, time, cost, access, language, attendance', async () => {
    const { groups } = await readDirectory(sample);
    const names = (query: Parameters<typeof searchGroups>[1]) =>
      searchGroups(groups, { ...query, limit: 500 }).results.map((r) => r.group);
    expect(names({ text: 'TYLINO' }).every((g) => /tylino/i.test(g.name))).to.equal(true);
    const chan = names({ text: 'CHÂN' });
    expect(chan.length).to.be.greaterThan(0);
    expect(names({ text: 'chan' })).to.deep.equal(chan);
    expect(names({ categories: ['dads'] }).every((g) => g.categories.includes('dads'))).to.equal(true);
    expect(names({ ageMonths: 30 }).every((g) => !g.ages || (g.ages.maxMonths ?? 99) >= 30)).to.equal(true);
    expect(names({ ageMonths: 'pregnancy' }).every((g) => g.ages?.pregnancy)).to.equal(true);
    expect(
      names({ days: [5] }).every((g) => g.schedules.some((s) => s.byDay.some((b) => b.day === 'SA'))),
    ).to.equal(true);
    expect(
      names({ timesOfDay: ['evening'] }).every((g) => g.schedules.some((s) => s.opensAt! >= '17:00')),
    ).to.equal(true);
    expect(names({ freeOnly: true }).every((g) => g.cost === 'free')).to.equal(true);
    expect(names({ stepFree: true }).every((g) => g.stepFree === true)).to.equal(true);
    expect(names({ language: 'welsh' }).length).to.equal(12);
    expect(names({ language: 'polish' }).every((g) => g.languages.includes('Polish'))).to.equal(true);
    expect(names({ attendance: 'online' }).every((g) => g.attendance === 'online')).to.equal(true);
    expect(names({ attendance: 'in-person' }).some((g) => g.attendance === 'online')).to.equal(false);
  });

  it('sorts by next session', async () => {
    const { groups } = await readDirectory(sample);
    const from = new Date('2025-06-02T08:00:00Z');
    const { results } = searchGroups(groups, { sort: 'next', from, limit: 20 });
    const starts = results.map((r) => r.next!.start.getTime());
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(starts[0]).to.be.greaterThan(from.getTime() - 3 * 3_600_000);
  });
});

describe('smallestK', () => {
  it('returns the k smallest in order, ties in input order', () => {
    const items = [5, 3, 9, 1, 3, 7, 0, 3];
    expect(smallestK(items, 4, (x) => x)).to.deep.equal([0, 1, 3, 3]);
    expect(smallestK(items, 0, (x) => x)).to.deep.equal([]);
    expect(smallestK(items, 100, (x) => x)).to.deep.equal([...items].sort((a, b) => a - b));
  });
});
