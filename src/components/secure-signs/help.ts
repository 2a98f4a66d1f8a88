import { msg } from '../../core/localize.js';

export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];
export const isNation = (value: unknown): value is Nation =>
  typeof value === 'string' && (NATIONS as readonly string[]).includes(value);

export const HELP_LEVELS = ['talk', 'urgent', 'emergency'] as const;
export type HelpLevel = (typeof HELP_LEVELS)[number];

export interface HelpContact {
  label: string;
  /** tel: or http(s): only (checked by the host-help validator). */
  href?: string;
}

/** One "where to get help" card, modelled on NHS care cards. */
export interface HelpCard {
  level: HelpLevel;
  title: string;
  text: string;
  contacts: HelpContact[];
  origin: 'built-in' | 'host';
}

function talkText(nation: Nation | null): string {
  switch (nation) {
    case 'england':
      return msg(
        'Your health visitor, GP or local family hub (children’s centre) can listen, offer ideas and tell you about groups nearby.',
        {
          id: 'hm.secure-signs.help.talk.england',
          desc: 'Where to get non-urgent support in England. A family hub or children’s centre is a free local centre for families.',
        },
      );
    case 'wales':
      return msg(
        'Your health visitor, GP or local family centre can listen, offer ideas and tell you about groups nearby, including Flying Start where it runs.',
        {
          id: 'hm.secure-signs.help.talk.wales',
          desc: 'Where to get non-urgent support in Wales. Flying Start is a Welsh Government programme for families with young children (keep the name).',
        },
      );
    case 'scotland':
      return msg(
        'Your health visitor, GP or local family centre can listen, offer ideas and tell you about groups nearby.',
        { id: 'hm.secure-signs.help.talk.scotland', desc: 'Where to get non-urgent support in Scotland.' },
      );
    case 'northern-ireland':
      return msg(
        'Your health visitor, GP or local Sure Start or family centre can listen, offer ideas and tell you about groups nearby.',
        {
          id: 'hm.secure-signs.help.talk.northern-ireland',
          desc: 'Where to get non-urgent support in Northern Ireland. Sure Start is a programme for families with young children (keep the name).',
        },
      );
    default:
      return msg(
        'Your health visitor, GP or local family centre can listen, offer ideas and tell you about groups nearby.',
        { id: 'hm.secure-signs.help.talk.uk', desc: 'Where to get non-urgent support (anywhere in the UK).' },
      );
  }
}

function urgentContacts(nation: Nation | null): HelpContact[] {
  switch (nation) {
    case 'scotland':
      return [
        {
          label: msg('NHS 24: call 111', {
            id: 'hm.secure-signs.help.urgent.nhs24',
            desc: 'Phone link label for NHS 24 in Scotland (number 111).',
          }),
          href: 'tel:111',
        },
      ];
    case 'northern-ireland':
      return [];
    default:
      return [
        {
          label: msg('NHS 111: call 111', {
            id: 'hm.secure-signs.help.urgent.nhs111',
            desc: 'Phone link label for the NHS 111 urgent advice line (England and Wales).',
          }),
          href: 'tel:111',
        },
      ];
  }
}

function urgentText(nation: Nation | null): string {
  switch (nation) {
    case 'northern-ireland':
      return msg(
        'If you feel very low, anxious or unable to cope, or you are worried about your baby, contact your GP, or your GP out-of-hours service, today. They can put you in touch with the perinatal mental health team.',
        {
          id: 'hm.secure-signs.help.urgent.northern-ireland',
          desc: 'Urgent help text for Northern Ireland (no 111 service there).',
        },
      );
    default:
      return msg(
        'If you feel very low, anxious or unable to cope, or you are worried about your baby, contact your GP or perinatal mental health team today, or call 111.',
        {
          id: 'hm.secure-signs.help.urgent.text',
          desc: 'Urgent help text. The perinatal mental health team supports parents in pregnancy and the first years after birth.',
        },
      );
  }
}

/** The default "where to get help" cards for a nation (or general UK ones). */
export function defaultHelp(nation: Nation | null): HelpCard[] {
  return [
    {
      level: 'talk',
      title: msg('Talk to someone', {
        id: 'hm.secure-signs.help.talk.title',
        desc: 'Title of the non-urgent help card.',
      }),
      text: talkText(nation),
      contacts: [],
      origin: 'built-in',
    },
    {
      level: 'urgent',
      title: msg('Urgent: get help today', {
        id: 'hm.secure-signs.help.urgent.title',
        desc: 'Title of the urgent help card.',
      }),
      text: urgentText(nation),
      contacts: urgentContacts(nation),
      origin: 'built-in',
    },
    {
      level: 'emergency',
      title: msg('Emergency: call 999', {
        id: 'hm.secure-signs.help.emergency.title',
        desc: 'Title of the emergency help card. 999 is the UK emergency number.',
      }),
      text: msg(
        'If you or your baby is in danger, or you feel you might harm yourself or your baby, call 999 or go to A&E now.',
        {
          id: 'hm.secure-signs.help.emergency.text',
          desc: 'Emergency help text. A&E is a hospital emergency department.',
        },
      ),
      contacts: [
        {
          label: msg('Call 999', { id: 'hm.secure-signs.help.emergency.call', desc: 'Phone link label.' }),
          href: 'tel:999',
        },
      ],
      origin: 'built-in',
    },
  ];
}

/** Host cards are added to the level they name, or replace the defaults. */
export function mergeHelp(defaults: HelpCard[], host: HelpCard[], replace: boolean): HelpCard[] {
  if (replace && host.length) return host;
  return HELP_LEVELS.flatMap((level) => [
    ...defaults.filter((c) => c.level === level),
    ...host.filter((c) => c.level === level),
  ]);
}
