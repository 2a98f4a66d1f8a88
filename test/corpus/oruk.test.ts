// The Open Referral UK examples in ../shared/corpus/oruk/, served read-only at /corpus/ by
// web-test-runner.corpus.config.mjs. Run with `npm run test:corpus`.
import { expect } from '@open-wc/testing';
import { readDirectory } from '../../src/data/directory/read-directory.js';
import { nextSessions } from '../../src/data/directory/schedule.js';

async function corpus(name: string): Promise<string> {
  const response = await fetch(`/corpus/oruk/${name}`);
  if (!response.ok) throw new Error(`corpus file ${name}: HTTP ${response.status}`);
  return response.text();
}

describe('corpus: Open Referral UK', () => {
  it('oruk1_services_page.json: one baby massage course, Mondays in the autumn term', async () => {
    const { groups, warnings } = await readDirectory(await corpus('oruk1_services_page.json'));
    expect(warnings).to.deep.equal([]);
    expect(groups).to.have.length(1);
    const [group] = groups;
    expect(group).to.deep.include({
      id: '3f1c2a9e-5b7d-4c1e-9a2f-0d6b8e4f1a21',
      name: 'Baby massage (6 weeks to crawling)',
      source: 'oruk1',
      cost: 'free',
      organisation: 'Example Council Family Hubs',
      phone: '01234 567890',
      categories: ['baby-massage'],
      languages: ['English'],
      stepFree: true,
      attendance: 'in-person',
    });
    expect(group!.venue).to.deep.include({ postcode: 'EX1 2AB', outward: 'EX1', lat: 51.4545, lon: -2.5879 });
    expect(group!.ages).to.deep.equal({ minMonths: 0, maxMonths: 23, pregnancy: false });
    const sessions = nextSessions(group!, new Date('2025-12-01T00:00:00Z'), 5);
    expect(sessions.map((s) => s.date)).to.deep.equal(['2025-12-01', '2025-12-08', '2025-12-15']);
    expect(sessions[0]!.start.toISOString()).to.equal('2025-12-01T10:00:00.000Z');
    expect(group!.warnings).to.deep.equal([]);
  });

  it('oruk3_services_page.json: two summaries without schedules or places', async () => {
    const { groups } = await readDirectory(await corpus('oruk3_services_page.json'));
    expect(groups.map((g) => [g.source, g.name, g.cost, g.categories])).to.deep.equal([
      ['oruk3', 'Baby massage (6 weeks to crawling)', 'unknown', ['baby-massage']],
      ['oruk3', 'Bumps and babies stay-and-play', 'unknown', ['stay-play', 'parent-baby']],
    ]);
    expect(groups[1]!.ages).to.deep.equal({ minMonths: 0, maxMonths: 35, pregnancy: true });
  });

  it('oruk3_service_full.json: the full service with its UPRN, schedule and attributes', async () => {
    const { groups } = await readDirectory(await corpus('oruk3_service_full.json'));
    const [group] = groups;
    expect(group!.source).to.equal('oruk3');
    expect(group!.venue).to.deep.include({
      uprn: '10092008082',
      postcode: 'EX1 2AB',
      name: 'Northside Family Hub',
    });
    expect(group!.labels).to.deep.equal(['Baby massage']);
    expect(group!.schedules[0]).to.deep.include({ freq: 'WEEKLY', validTo: '2025-12-15', opensAt: '10:00' });
    expect(group!.attendance).to.equal('in-person');
    expect(group!.warnings).to.deep.equal([]);
  });
});
