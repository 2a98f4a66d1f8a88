import { msg } from '../../core/localize.js';
import type { AgeBand } from '../../data/age-bands.js';

/** The name of an age band, short ("0–3 months") or as a heading ("Signs at 0–3 months"). */
export function bandLabel(band: AgeBand, asHeading = false): string {
  switch (band) {
    case 'pregnancy':
      return asHeading
        ? msg('During pregnancy', {
            id: 'hm.secure-signs.band.pregnancy.heading',
            desc: 'Heading above the signs for pregnancy.',
          })
        : msg('Pregnancy', { id: 'hm.secure-signs.band.pregnancy', desc: 'Age band choice.' });
    case '0-3m':
      return asHeading
        ? msg('Signs at 0 to 3 months', {
            id: 'hm.secure-signs.band.0-3m.heading',
            desc: 'Heading above the signs for this age.',
          })
        : msg('0–3 months', { id: 'hm.secure-signs.band.0-3m', desc: 'Age band choice.' });
    case '3-6m':
      return asHeading
        ? msg('Signs at 3 to 6 months', {
            id: 'hm.secure-signs.band.3-6m.heading',
            desc: 'Heading above the signs for this age.',
          })
        : msg('3–6 months', { id: 'hm.secure-signs.band.3-6m', desc: 'Age band choice.' });
    case '6-12m':
      return asHeading
        ? msg('Signs at 6 to 12 months', {
            id: 'hm.secure-signs.band.6-12m.heading',
            desc: 'Heading above the signs for this age.',
          })
        : msg('6–12 months', { id: 'hm.secure-signs.band.6-12m', desc: 'Age band choice.' });
    case '12-24m':
      return asHeading
        ? msg('Signs at 1 to 2 years', {
            id: 'hm.secure-signs.band.12-24m.heading',
            desc: 'Heading above the signs for this age.',
          })
        : msg('1–2 years', { id: 'hm.secure-signs.band.12-24m', desc: 'Age band choice (12 to 24 months).' });
    case '2-5y':
      return asHeading
        ? msg('Signs at 2 to 5 years', {
            id: 'hm.secure-signs.band.2-5y.heading',
            desc: 'Heading above the signs for this age.',
          })
        : msg('2–5 years', { id: 'hm.secure-signs.band.2-5y', desc: 'Age band choice.' });
  }
}

/** Signs that a child may be unsure their needs will be met, phrased gently (CONTENT.md). */
export const supportSigns = (): string[] => [
  msg('Your child often turns away from comfort or closeness.', {
    id: 'hm.secure-signs.support.avoids',
    desc: 'A sign that a family might like some support. Gentle, not a verdict.',
  }),
  msg('Your child clings a great deal and finds it very hard to explore or play.', {
    id: 'hm.secure-signs.support.clings',
    desc: 'A sign that a family might like some support. Gentle, not a verdict.',
  }),
  msg('Your child seems not to mind whether you are there or not.', {
    id: 'hm.secure-signs.support.indifferent',
    desc: 'A sign that a family might like some support. Gentle, not a verdict.',
  }),
  msg('You often feel low, anxious or far away from your baby.', {
    id: 'hm.secure-signs.support.parent',
    desc: 'A sign about the parent that they might like some support.',
  }),
];

/** "Where to get help": one message, used as a section title in several places. */
export const whereToGetHelp = (): string =>
  msg('Where to get help', {
    id: 'hm.secure-signs.help.summary',
    desc: 'Section title, always available, with help options.',
  });
