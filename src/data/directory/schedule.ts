import {
  londonInstant,
  londonParts,
  dayNumber,
  isoOfDay,
  weekdayOfDay,
  type DayNumber,
} from './london-time.js';
import type { DirectoryGroup, Schedule, Session } from './model.js';
import { weekdayIndex } from './model.js';

/** How far ahead sessions are looked for (a little over two years). */
const HORIZON_DAYS = 800;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** Whether a schedule has a session on this local day (validity aside). */
function occursOn(schedule: Schedule, day: DayNumber, anchor: DayNumber): boolean {
  const date = new Date(day * 86_400_000);
  const weekday = weekdayOfDay(day);
  if (schedule.freq === 'WEEKLY') {
    const days = schedule.byDay.length
      ? schedule.byDay.map((b) => weekdayIndex(b.day))
      : [weekdayOfDay(anchor)];
    if (!days.includes(weekday)) return false;
    const week = Math.floor((day - weekday - (anchor - weekdayOfDay(anchor))) / 7);
    return week >= 0 && week % schedule.interval === 0;
  }
  // MONTHLY
  const anchorDate = new Date(anchor * 86_400_000);
  const months =
    (date.getUTCFullYear() - anchorDate.getUTCFullYear()) * 12 +
    date.getUTCMonth() -
    anchorDate.getUTCMonth();
  if (months < 0 || months % schedule.interval !== 0) return false;
  const dom = date.getUTCDate();
  const length = daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
  if (schedule.byMonthDay.length) {
    return schedule.byMonthDay.some((n) => (n > 0 ? n === dom : length + n + 1 === dom));
  }
  if (schedule.byDay.length) {
    return schedule.byDay.some((b) => {
      if (weekdayIndex(b.day) !== weekday) return false;
      if (b.ordinal === undefined) return true;
      const nth = b.ordinal > 0 ? Math.ceil(dom / 7) : -Math.ceil((length - dom + 1) / 7);
      return nth === b.ordinal;
    });
  }
  return dom === anchorDate.getUTCDate();
}

function sessionOn(schedule: Schedule, day: DayNumber): Session {
  const date = isoOfDay(day);
  const session: Session = {
    start: londonInstant(date, schedule.opensAt!),
    date,
    opensAt: schedule.opensAt!,
    schedule,
  };
  if (schedule.closesAt) {
    session.closesAt = schedule.closesAt;
    // Closing at or before opening means past midnight.
    const closesDate = schedule.closesAt > schedule.opensAt! ? date : isoOfDay(day + 1);
    session.end = londonInstant(closesDate, schedule.closesAt);
  }
  return session;
}

/** Sessions of one schedule that have not ended by `from`, in order, at most `count`. */
export function scheduleSessions(schedule: Schedule, from: Date, count: number): Session[] {
  if (!schedule.freq || !schedule.opensAt || count <= 0) return [];
  const start = schedule.dtstart ?? schedule.validFrom;
  const anchor = start ? dayNumber(start) : dayNumber(londonParts(from).date);
  const first = Math.max(
    dayNumber(londonParts(from).date) - 1,
    anchor,
    schedule.validFrom ? dayNumber(schedule.validFrom) : -Infinity,
  );
  const last = Math.min(first + HORIZON_DAYS, schedule.validTo ? dayNumber(schedule.validTo) : Infinity);
  const sessions: Session[] = [];
  for (let day = first; day <= last && sessions.length < count; day++) {
    if (!occursOn(schedule, day, anchor)) continue;
    const session = sessionOn(schedule, day);
    if ((session.end ?? session.start).getTime() > from.getTime()) sessions.push(session);
  }
  return sessions;
}

/**
 * The group's next `count` sessions that have not finished by `from` (a session under way counts),
 * across all its schedules, in start order. Times are UK local (Europe/London), right across the
 * clock changes. Description-only schedules have no sessions.
 */
export function nextSessions(
  group: Pick<DirectoryGroup, 'schedules'>,
  from: Date = new Date(),
  count = 5,
): Session[] {
  if (!Number.isFinite(from.getTime()) || !(count > 0)) return [];
  const limit = Math.min(Math.floor(count), 1000);
  return group.schedules
    .flatMap((schedule) => scheduleSessions(schedule, from, limit))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, limit);
}

/** Sessions starting today (UK date of `now`) that have not finished yet. */
export function sessionsToday(group: Pick<DirectoryGroup, 'schedules'>, now: Date = new Date()): Session[] {
  const today = londonParts(now).date;
  return nextSessions(group, now, 20).filter((s) => s.date === today);
}

/** Sessions from `now` to the end of Sunday this week (UK time). */
export function sessionsThisWeek(
  group: Pick<DirectoryGroup, 'schedules'>,
  now: Date = new Date(),
): Session[] {
  const today = dayNumber(londonParts(now).date);
  const sunday = isoOfDay(today + 6 - weekdayOfDay(today));
  return nextSessions(group, now, 50).filter((s) => s.date <= sunday);
}
