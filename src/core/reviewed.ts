import { msg, str } from './localize.js';
import { formatDate } from './format.js';

/** "Written in our own words. Last reviewed 22 November 2026." for built-in content. */
export function reviewedLine(isoDate: string, locale: string): string {
  const reviewed = formatDate(new Date(`${isoDate}T12:00:00`), locale, { dateStyle: 'long' });
  return msg(str`Written in our own words. Last reviewed ${reviewed}.`, {
    id: 'hm.core.reviewed',
    desc: 'Under the list of sources. The date is when the content was last checked against its sources.',
  });
}
