import { expect } from '@open-wc/testing';
import { londonInstant, londonParts } from '../../../src/data/directory/london-time.js';
import type { Schedule } from '../../../src/data/directory/model.js';
import { readSchedule } from '../../../src/data/directory/read-schedule.js';
import { nextSessions, sessionsThisWeek, sessionsToday } from '../../../src/data/directory/schedule.js';

const rule = (raw: Record<string, unknown>): Schedule => {
  const warnings: string[] = [];
  const schedule = readSchedule(raw, warnings);
  if (!schedule) throw new Error(`no schedule: ${warnings.join('; ')}`);
  return schedule;
};
const dates = (schedules: Schedule[], from: string, count = 5) =>
  nextSessions({ schedules }, new Date(from), count).map((s) => s.date);

describe('nextSessions: the ORUK RRULE subset in UK time', () => {
  it('weekly on several days, with an interval, from dtstart', () => {
    const weekly = rule({
      freq: 'WEEKLY',
      byday: 'MO,TH',
      opens_at: '10:00',
      closes_at: '11:00',
      dtstart: '2025-09-01',
    });
    expect(dates([weekly], '2025-09-02T12:00:00Z')).to.deep.equal([
      '2025-09-04',
      '2025-09-08',
      '2025-09-11',
      '2025-09-15',
      '2025-09-18',
    ]);
    const fortnightly = rule({
      freq: 'WEEKLY',
      interval: '2',
      byday: 'TU',
      opens_at: '10:00',
      dtstart: '2025-09-02',
    });
    expect(dates([fortnightly], '2025-09-01T00:00:00Z', 3)).to.deep.equal([
      '2025-09-02',
      '2025-09-16',
      '2025-09-30',
    ]);
  });

  it('monthly by ordinal weekday (2TU, -1FR) and by month day (including -1)', () => {
    const second = rule({ freq: 'MONTHLY', byday: '2TU', opens_at: '10:00', dtstart: '2025-01-01' });
    expect(dates([second], '2025-01-01T00:00:00Z', 3)).to.deep.equal([
      '2025-01-14',
      '2025-02-11',
      '2025-03-11',
    ]);
    const last = rule({ freq: 'MONTHLY', byday: '-1FR', opens_at: '10:00', dtstart: '2025-01-01' });
    expect(dates([last], '2025-01-01T00:00:00Z', 3)).to.deep.equal([
      '2025-01-31',
      '2025-02-28',
      '2025-03-28',
    ]);
    const days = rule({ freq: 'MONTHLY', bymonthday: '1,-1', opens_at: '10:00', dtstart: '2024-02-01' });
    expect(dates([days], '2024-02-01T12:00:00Z', 3)).to.deep.equal([
      '2024-02-29',
      '2024-03-01',
      '2024-03-31',
    ]);
    const quarterly = rule({
      freq: 'MONTHLY',
      interval: 3,
      bymonthday: '15',
      opens_at: '10:00',
      dtstart: '2025-01-15',
    });
    expect(dates([quarterly], '2025-01-01T00:00:00Z', 3)).to.deep.equal([
      '2025-01-15',
      '2025-04-15',
      '2025-07-15',
    ]);
  });

  it('respects valid_from and valid_to, and drops description-only schedules', () => {
    const term = rule({
      freq: 'WEEKLY',
      byday: 'MO',
      opens_at: '10:00',
      valid_from: '2025-09-08',
      valid_to: '2025-09-22',
    });
    expect(dates([term], '2025-01-01T00:00:00Z')).to.deep.equal(['2025-09-08', '2025-09-15', '2025-09-22']);
    expect(dates([rule({ description: 'Ring to book' })], '2025-01-01T00:00:00Z')).to.deep.equal([]);
  });

  it('keeps local times across the clock changes and merges schedules in order', () => {
    const weekly = rule({
      freq: 'WEEKLY',
      byday: 'SA',
      opens_at: '10:00:00',
      closes_at: '11:30:00',
      dtstart: '2025-03-01',
    });
    const [winter, summer] = nextSessions({ schedules: [weekly] }, new Date('2025-03-22T09:00:00Z'), 2);
    expect(winter!.start.toISOString()).to.equal('2025-03-22T10:00:00.000Z');
    expect(summer!.start.toISOString()).to.equal('2025-03-29T10:00:00.000Z');
    const [, afterChange] = nextSessions({ schedules: [weekly] }, new Date('2025-03-28T12:00:00Z'), 2);
    expect(afterChange!.start.toISOString()).to.equal('2025-04-05T09:00:00.000Z');
    expect(afterChange!.end!.toISOString()).to.equal('2025-04-05T10:30:00.000Z');
    const friday = rule({ freq: 'WEEKLY', byday: 'FR', opens_at: '09:00', dtstart: '2025-03-01' });
    expect(dates([weekly, friday], '2025-03-20T00:00:00Z', 4)).to.deep.equal([
      '2025-03-21',
      '2025-03-22',
      '2025-03-28',
      '2025-03-29',
    ]);
  });

  it('counts a session under way, not one that has ended', () => {
    const weekly = rule({
      freq: 'WEEKLY',
      byday: 'MO',
      opens_at: '10:00',
      closes_at: '11:00',
      dtstart: '2025-01-06',
    });
    expect(dates([weekly], '2025-01-06T10:30:00Z', 1)).to.deep.equal(['2025-01-06']);
    expect(dates([weekly], '2025-01-06T11:00:00Z', 1)).to.deep.equal(['2025-01-13']);
  });

  it('today and this week', () => {
    const schedules = [rule({ freq: 'WEEKLY', byday: 'MO,WE,SU', opens_at: '18:00', dtstart: '2025-01-06' })];
    const monday = new Date('2025-01-06T12:00:00Z');
    expect(sessionsToday({ schedules }, monday).map((s) => s.date)).to.deep.equal(['2025-01-06']);
    expect(sessionsThisWeek({ schedules }, monday).map((s) => s.date)).to.deep.equal([
      '2025-01-06',
      '2025-01-08',
      '2025-01-12',
    ]);
  });
});

describe('London time', () => {
  it('reads the skipped and the repeated hour', () => {
    expect(londonInstant('2025-03-30', '01:30').toISOString()).to.equal('2025-03-30T01:30:00.000Z');
    expect(londonInstant('2025-10-26', '01:30').toISOString()).to.equal('2025-10-26T00:30:00.000Z');
    expect(londonInstant('2025-07-01', '00:15').toISOString()).to.equal('2025-06-30T23:15:00.000Z');
    expect(londonParts(new Date('2025-06-30T23:15:00Z'))).to.deep.equal({
      date: '2025-07-01',
      time: '00:15',
      offsetMinutes: 60,
    });
  });
});
