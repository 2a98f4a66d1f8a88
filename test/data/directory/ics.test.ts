import { expect } from '@open-wc/testing';
import { foldIcsLine, toICS } from '../../../src/data/directory/ics.js';
import type { DirectoryGroup } from '../../../src/data/directory/model.js';
import { readSchedule } from '../../../src/data/directory/read-schedule.js';
import { nextSessions } from '../../../src/data/directory/schedule.js';

const group: DirectoryGroup = {
  id: 'g1',
  name: 'Stay, play; and \\ sing',
  description: `Line one\nLine two with a very long sentence that needs folding because it goes on and on — Cân a chwarae 🎵 ${'é'.repeat(40)}`,
  categories: [],
  labels: [],
  schedules: [
    readSchedule(
      { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '11:30', dtstart: '2025-03-01' },
      [],
    )!,
  ],
  cost: 'free',
  languages: [],
  attendance: 'in-person',
  source: 'json',
  warnings: [],
  venue: { name: 'Hall', postcode: 'BS1 4DJ', lat: 51.45, lon: -2.59, accessibility: [] },
  url: 'https://example.org/g1',
};

describe('toICS', () => {
  it('writes a valid VEVENT: escaping, folding at 75 octets, Europe/London times, CRLF', () => {
    const [session] = nextSessions(group, new Date('2025-03-28T00:00:00Z'), 1);
    const ics = toICS(group, session!, new Date('2025-03-01T12:00:00Z'));
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).to.include('\r\nDTSTART;TZID=Europe/London:20250329T100000\r\n');
    expect(unfolded).to.include('\r\nDTEND;TZID=Europe/London:20250329T113000\r\n');
    expect(unfolded).to.include('\r\nDTSTAMP:20250301T120000Z\r\n');
    expect(unfolded).to.include('\r\nSUMMARY:Stay\\, play\\; and \\\\ sing\r\n');
    expect(unfolded).to.include('DESCRIPTION:Line one\\nLine two');
    expect(unfolded).to.include('Cân a chwarae 🎵');
    expect(unfolded).to.include('\r\nLOCATION:Hall\\, BS1 4DJ\r\n');
    expect(unfolded).to.include('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    expect(unfolded).to.include('\r\nUID:g1-20250329T100000@held-in-mind\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'🎵'.repeat(40)}`);
    expect(folded.replace(/\r\n /g, '')).to.equal(`DESCRIPTION:${'🎵'.repeat(40)}`);
    expect(folded).not.to.include('\uFFFD');
  });
});
