import { msg } from '../../core/localize.js';
import type { AgeBand } from '../../data/age-bands.js';
import { summarise, type SavedChild, type SignItem } from '../../data/secure-signs.js';
import { formatDate } from '../../core/format.js';
import type { HelpCard } from './help.js';
import { bandLabel, whereToGetHelp } from './labels.js';

/** The summary as plain text, for "Copy summary" (to show a health visitor, or keep). */
export function summaryText(
  band: AgeBand,
  items: SignItem[],
  child: Pick<SavedChild, 'answers' | 'worried'>,
  help: HelpCard[],
  locale: string,
): string {
  const s = summarise(items, child.answers, child.worried);
  const lines = [
    msg('Signs of a secure bond: my summary', {
      id: 'hm.secure-signs.text.title',
      desc: 'First line of the copied summary text.',
    }),
    `${bandLabel(band, true)} · ${formatDate(new Date(), locale, { dateStyle: 'long' })}`,
    msg('A reflection aid, not a test or a diagnosis.', {
      id: 'hm.secure-signs.text.not-a-test',
      desc: 'Line in the copied summary text.',
    }),
    '',
    msg('Going well', { id: 'hm.secure-signs.summary.well', desc: 'Heading: signs answered “often”.' }),
    ...s.goingWell.map((i) => `- ${i.sign}`),
    '',
    msg('Ideas to try this week', {
      id: 'hm.secure-signs.summary.try',
      desc: 'Heading: ideas from signs answered “sometimes” or “not yet”.',
    }),
    ...s.toTry.map((i) => `- ${i.sign} ${i.ideas}`.trim()),
    '',
    whereToGetHelp(),
    ...help.map(
      (c) =>
        `- ${c.title}: ${c.text}${c.contacts.length ? ` (${c.contacts.map((k) => k.label).join(', ')})` : ''}`,
    ),
  ];
  return lines.join('\n');
}
