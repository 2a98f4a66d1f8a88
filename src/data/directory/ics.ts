import type { DirectoryGroup, Session } from './model.js';

/** Europe/London as iCalendar needs it when times carry TZID (RFC 5545 §3.6.5). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11). */
export const escapeIcsText = (value: string): string =>
  [...value]
    .filter((c) => c === '\n' || c === '\r' || c === '\t' || (c >= ' ' && c !== '\u007f'))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const max = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const local = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
const utc = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * One session as an iCalendar file (a VCALENDAR with one VEVENT) for "add to calendar": times in
 * Europe/London with its VTIMEZONE, text escaped, lines folded, CRLF line ends. Without a closing
 * time the event lasts an hour.
 */
export function toICS(group: DirectoryGroup, session: Session, now: Date = new Date()): string {
  const end = session.end ?? new Date(session.start.getTime() + 3_600_000);
  const endLocal = session.closesAt
    ? local(
        session.end && session.closesAt <= session.opensAt ? nextDay(session.date) : session.date,
        session.closesAt,
      )
    : undefined;
  const where = [group.venue?.name, group.venue?.address, group.venue?.postcode].filter(Boolean).join(', ');
  const details = [group.description, group.url, group.phone].filter(Boolean).join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Held in Mind//Group finder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${group.id}-${local(session.date, session.opensAt)}`).replace(/[^\w.\-@]/g, '-')}@held-in-mind`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART;TZID=Europe/London:${local(session.date, session.opensAt)}`,
    endLocal ? `DTEND;TZID=Europe/London:${endLocal}` : `DTEND:${utc(end)}`,
    `SUMMARY:${escapeIcsText(group.name)}`,
    ...(where ? [`LOCATION:${escapeIcsText(where)}`] : []),
    ...(details ? [`DESCRIPTION:${escapeIcsText(details)}`] : []),
    ...(group.url ? [`URL:${group.url}`] : []),
    ...(group.venue?.lat !== undefined && group.venue.lon !== undefined
      ? [`GEO:${group.venue.lat};${group.venue.lon}`]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
