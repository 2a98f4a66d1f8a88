import { msg } from '../../core/localize.js';
import { AFTER_BIRTH, type AgeBand } from '../../data/age-bands.js';
import { SOURCES, type ContentSource } from '../../data/sources.js';
import type { Tip, TipTopic } from '../../data/tips.js';

/** Version and review date of the built-in tips, shown as "Last reviewed …". */
export const TIPS_CONTENT_VERSION = '1.0.0';
export const TIPS_CONTENT_REVIEWED = '2026-11-22';

/** Every source the built-in tips draw on. */
export const TIPS_SOURCES: readonly ContentSource[] = [
  SOURCES.chsc,
  SOURCES.chdi,
  SOURCES.rushforth,
  SOURCES.siren,
  SOURCES.nwStudy,
];

const BABY: AgeBand[] = ['0-3m', '3-6m', '6-12m'];
const OLDER: AgeBand[] = ['6-12m', '12-24m', '2-5y'];
const ALL_AFTER_BIRTH = [...AFTER_BIRTH];

function tip(
  id: string,
  topics: TipTopic[],
  ages: AgeBand[],
  sources: ContentSource[],
  title: string,
  steps: string[],
  why: string,
): Tip {
  return { id, topics, ages, sources, title, steps, why, origin: 'built-in' };
}

/**
 * The built-in tips, written for this project from the facts in CONTENT.md. A function, not a
 * constant: msg() must run at render time to follow the active locale.
 */
export const builtInTips = (): Tip[] => [
  tip(
    'reconnect',
    ['repair'],
    ALL_AFTER_BIRTH,
    [SOURCES.chsc],
    msg('Coming back together after a hard moment', {
      id: 'hm.repair-tips.tip.reconnect.title',
      desc: 'Tip title: reconnecting with a baby or child after a stressful moment.',
    }),
    [
      msg('Take a slow breath and wait until you feel a little calmer.', {
        id: 'hm.repair-tips.tip.reconnect.step-1',
        desc: 'Tip step.',
      }),
      msg('Go back to your child, get down to their level and speak softly.', {
        id: 'hm.repair-tips.tip.reconnect.step-2',
        desc: 'Tip step.',
      }),
      msg('Offer a cuddle, a gentle touch or a song you both know.', {
        id: 'hm.repair-tips.tip.reconnect.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Your child learns that lost closeness can be found again, and that makes a bond feel safe.', {
      id: 'hm.repair-tips.tip.reconnect.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'missed-cue',
    ['repair'],
    BABY,
    [SOURCES.chsc, SOURCES.chdi],
    msg('When you read the signals wrong', {
      id: 'hm.repair-tips.tip.missed-cue.title',
      desc: 'Tip title: when a parent misunderstood what their baby needed.',
    }),
    [
      msg('Notice what your baby is showing you now: turning away, crying, reaching out.', {
        id: 'hm.repair-tips.tip.missed-cue.step-1',
        desc: 'Tip step.',
      }),
      msg('Try something different: a feed, a change, somewhere quieter or being held.', {
        id: 'hm.repair-tips.tip.missed-cue.step-2',
        desc: 'Tip step.',
      }),
      msg('Tell them gently what you are doing: “Let’s try this instead.”', {
        id: 'hm.repair-tips.tip.missed-cue.step-3',
        desc: 'Tip step. The quoted words are what a parent might say to a baby.',
      }),
    ],
    msg('Finding your way back after a mix-up shows your baby that their signals matter to you.', {
      id: 'hm.repair-tips.tip.missed-cue.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'name-and-mend',
    ['repair'],
    ['12-24m', '2-5y'],
    [SOURCES.chsc, SOURCES.chdi],
    msg('Name the feeling, then say sorry', {
      id: 'hm.repair-tips.tip.name-and-mend.title',
      desc: 'Tip title: for toddlers and pre-schoolers, naming feelings and apologising after a conflict.',
    }),
    [
      msg('When you are both calm, say what happened in a few simple words.', {
        id: 'hm.repair-tips.tip.name-and-mend.step-1',
        desc: 'Tip step.',
      }),
      msg('Put a name to the feeling: “You were sad when I shouted.”', {
        id: 'hm.repair-tips.tip.name-and-mend.step-2',
        desc: 'Tip step. The quoted words are an example a parent might say.',
      }),
      msg('Say sorry, and tell them what you will try next time.', {
        id: 'hm.repair-tips.tip.name-and-mend.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Hearing feelings named and mended helps children learn to understand and calm their own.', {
      id: 'hm.repair-tips.tip.name-and-mend.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'most-of-the-time',
    ['grace'],
    [],
    [SOURCES.chsc],
    msg('Most of the time is enough', {
      id: 'hm.repair-tips.tip.most-of-the-time.title',
      desc: 'Tip title: responding to a baby most of the time is enough for a secure bond.',
    }),
    [
      msg('Think of one moment today when you answered your child’s need.', {
        id: 'hm.repair-tips.tip.most-of-the-time.step-1',
        desc: 'Tip step.',
      }),
      msg('Let go of the moments that did not go to plan.', {
        id: 'hm.repair-tips.tip.most-of-the-time.step-2',
        desc: 'Tip step.',
      }),
      msg('Say something kind to yourself, as you would to a friend.', {
        id: 'hm.repair-tips.tip.most-of-the-time.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('A secure bond grows when needs are met most of the time; nobody manages it every time.', {
      id: 'hm.repair-tips.tip.most-of-the-time.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'before-birth',
    ['bonding', 'grace'],
    ['pregnancy'],
    [SOURCES.rushforth],
    msg('Getting to know your baby before birth', {
      id: 'hm.repair-tips.tip.before-birth.title',
      desc: 'Tip title: bonding during pregnancy.',
    }),
    [
      msg('Talk or sing to your bump. Later in pregnancy your baby can hear your voice.', {
        id: 'hm.repair-tips.tip.before-birth.step-1',
        desc: 'Tip step. “Bump” means the pregnant belly.',
      }),
      msg('Notice when your baby moves and what seems to settle them.', {
        id: 'hm.repair-tips.tip.before-birth.step-2',
        desc: 'Tip step.',
      }),
      msg('Share your hopes and worries with someone close, or with your midwife.', {
        id: 'hm.repair-tips.tip.before-birth.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('The bond begins before birth, and looking after your own feelings is part of it.', {
      id: 'hm.repair-tips.tip.before-birth.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'safe-pause',
    ['breaks'],
    BABY,
    [SOURCES.chsc],
    msg('Take a safe pause', {
      id: 'hm.repair-tips.tip.safe-pause.title',
      desc: 'Tip title: stepping away safely when overwhelmed by a crying baby.',
    }),
    [
      msg('If you feel overwhelmed, put your baby down somewhere safe, such as their cot.', {
        id: 'hm.repair-tips.tip.safe-pause.step-1',
        desc: 'Tip step. A cot is a baby’s bed with sides.',
      }),
      msg('Step away for a few minutes: breathe slowly, drink some water, open a window.', {
        id: 'hm.repair-tips.tip.safe-pause.step-2',
        desc: 'Tip step.',
      }),
      msg('Go back when you feel calmer. Your baby will be glad to see you.', {
        id: 'hm.repair-tips.tip.safe-pause.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('A short break keeps you both safe, and coming back calmer is a kind of repair.', {
      id: 'hm.repair-tips.tip.safe-pause.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'say-yes-to-help',
    ['breaks', 'support'],
    [],
    [SOURCES.chsc, SOURCES.nwStudy],
    msg('Ask for help, and say yes when it is offered', {
      id: 'hm.repair-tips.tip.say-yes-to-help.title',
      desc: 'Tip title: accepting practical help from others.',
    }),
    [
      msg('List jobs others could do: shopping, washing, holding the baby while you rest.', {
        id: 'hm.repair-tips.tip.say-yes-to-help.step-1',
        desc: 'Tip step.',
      }),
      msg('When someone offers to help, choose one thing from your list.', {
        id: 'hm.repair-tips.tip.say-yes-to-help.step-2',
        desc: 'Tip step.',
      }),
      msg('Rest when you can, even if the house is untidy.', {
        id: 'hm.repair-tips.tip.say-yes-to-help.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('A rested parent or carer has more patience and warmth to give.', {
      id: 'hm.repair-tips.tip.say-yes-to-help.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'look-after-you',
    ['breaks', 'support'],
    [],
    [SOURCES.rushforth, SOURCES.nwStudy],
    msg('Look after yourself too', {
      id: 'hm.repair-tips.tip.look-after-you.title',
      desc: 'Tip title: the parent’s own wellbeing.',
    }),
    [
      msg('Eat something and drink water through the day.', {
        id: 'hm.repair-tips.tip.look-after-you.step-1',
        desc: 'Tip step.',
      }),
      msg('Get outside for a few minutes each day if you can.', {
        id: 'hm.repair-tips.tip.look-after-you.step-2',
        desc: 'Tip step.',
      }),
      msg('If you feel low or anxious most days, talk to your health visitor or GP. Help is there.', {
        id: 'hm.repair-tips.tip.look-after-you.step-3',
        desc: 'Tip step. A health visitor is a nurse or midwife who visits families with young children at home in the UK; a GP is a family doctor.',
      }),
    ],
    msg('How you are feeling matters to your baby as well as to you.', {
      id: 'hm.repair-tips.tip.look-after-you.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'share-the-care',
    ['support'],
    ALL_AFTER_BIRTH,
    [SOURCES.chsc],
    msg('Share the care', {
      id: 'hm.repair-tips.tip.share-the-care.title',
      desc: 'Tip title: letting other trusted people care for the baby.',
    }),
    [
      msg('Let grandparents, older siblings or trusted friends hold and play with your baby.', {
        id: 'hm.repair-tips.tip.share-the-care.step-1',
        desc: 'Tip step.',
      }),
      msg('Show them the songs, games and comforts your baby likes best.', {
        id: 'hm.repair-tips.tip.share-the-care.step-2',
        desc: 'Tip step.',
      }),
    ],
    msg('Children can have many safe, loving bonds, and each one adds to their sense of security.', {
      id: 'hm.repair-tips.tip.share-the-care.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'key-person',
    ['support'],
    OLDER,
    [SOURCES.siren],
    msg('Work as a team with your child’s key person', {
      id: 'hm.repair-tips.tip.key-person.title',
      desc: 'Tip title. A key person is the named member of staff at a nursery or childminder who looks after a particular child.',
    }),
    [
      msg('Tell the nursery or childminder about your child’s routines, comforts and words.', {
        id: 'hm.repair-tips.tip.key-person.step-1',
        desc: 'Tip step.',
      }),
      msg('Ask the key person how the day went and what your child enjoyed.', {
        id: 'hm.repair-tips.tip.key-person.step-2',
        desc: 'Tip step.',
      }),
      msg('Plan goodbyes together: a short routine and a clear “see you later”.', {
        id: 'hm.repair-tips.tip.key-person.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Children feel safest when the adults caring for them work together, with you at the centre.', {
      id: 'hm.repair-tips.tip.key-person.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'find-others',
    ['support'],
    ALL_AFTER_BIRTH,
    [SOURCES.rushforth, SOURCES.nwStudy],
    msg('Find other parents and carers', {
      id: 'hm.repair-tips.tip.find-others.title',
      desc: 'Tip title: going to local groups.',
    }),
    [
      msg('Look for a stay and play, baby massage or music session at your family hub.', {
        id: 'hm.repair-tips.tip.find-others.step-1',
        desc: 'Tip step. A family hub (or children’s centre) is a free local council centre offering services and groups for families.',
      }),
      msg('Many groups welcome dads, grandparents and carers: just ask.', {
        id: 'hm.repair-tips.tip.find-others.step-2',
        desc: 'Tip step.',
      }),
      msg('Go once to see how it feels. It is fine just to watch at first.', {
        id: 'hm.repair-tips.tip.find-others.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Meeting others eases loneliness and brings new ideas and company.', {
      id: 'hm.repair-tips.tip.find-others.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'feeding',
    ['bonding'],
    BABY,
    [SOURCES.chdi],
    msg('Make feeds a time to connect', {
      id: 'hm.repair-tips.tip.feeding.title',
      desc: 'Tip title: bonding during breast or bottle feeding.',
    }),
    [
      msg('Hold your baby close and look at their face while they feed.', {
        id: 'hm.repair-tips.tip.feeding.step-1',
        desc: 'Tip step.',
      }),
      msg('Talk softly, or simply smile back when they look at you.', {
        id: 'hm.repair-tips.tip.feeding.step-2',
        desc: 'Tip step.',
      }),
      msg('Pause when they pause, and let them set the pace.', {
        id: 'hm.repair-tips.tip.feeding.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Breast or bottle, each feed is a chance to show your baby they are safe with you.', {
      id: 'hm.repair-tips.tip.feeding.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'holding',
    ['bonding'],
    ['0-3m', '3-6m'],
    [SOURCES.chdi],
    msg('Hold your baby close', {
      id: 'hm.repair-tips.tip.holding.title',
      desc: 'Tip title: holding and carrying a baby.',
    }),
    [
      msg('Hold your baby skin to skin, or snuggled against your chest.', {
        id: 'hm.repair-tips.tip.holding.step-1',
        desc: 'Tip step.',
      }),
      msg('Rock, sway or walk slowly together.', {
        id: 'hm.repair-tips.tip.holding.step-2',
        desc: 'Tip step.',
      }),
    ],
    msg('Being held close helps babies feel safe and settle.', {
      id: 'hm.repair-tips.tip.holding.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'soothing',
    ['bonding', 'grace'],
    BABY,
    [SOURCES.chdi, SOURCES.chsc],
    msg('Soothing a crying baby', { id: 'hm.repair-tips.tip.soothing.title', desc: 'Tip title.' }),
    [
      msg('Check the basics: hungry, nappy, too hot or cold, tired.', {
        id: 'hm.repair-tips.tip.soothing.step-1',
        desc: 'Tip step. A nappy is a diaper.',
      }),
      msg('Try calm, steady rhythms: gentle rocking, shushing, a quiet room.', {
        id: 'hm.repair-tips.tip.soothing.step-2',
        desc: 'Tip step.',
      }),
      msg('If nothing works, it is not your fault. Take a safe pause and try again.', {
        id: 'hm.repair-tips.tip.soothing.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Each time you respond, your baby learns that someone comes when they need help.', {
      id: 'hm.repair-tips.tip.soothing.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'talk-and-sing',
    ['bonding'],
    ALL_AFTER_BIRTH,
    [SOURCES.chdi, SOURCES.rushforth],
    msg('Talk and sing together', { id: 'hm.repair-tips.tip.talk-and-sing.title', desc: 'Tip title.' }),
    [
      msg('Chat about what you are doing in a warm, sing-song voice.', {
        id: 'hm.repair-tips.tip.talk-and-sing.step-1',
        desc: 'Tip step.',
      }),
      msg('Copy your baby’s sounds and wait for them to “answer”.', {
        id: 'hm.repair-tips.tip.talk-and-sing.step-2',
        desc: 'Tip step.',
      }),
      msg('Sing the same few songs and rhymes often.', {
        id: 'hm.repair-tips.tip.talk-and-sing.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('These back-and-forth moments build your bond and your child’s first words.', {
      id: 'hm.repair-tips.tip.talk-and-sing.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'routines',
    ['bonding'],
    ALL_AFTER_BIRTH,
    [SOURCES.chdi],
    msg('Small, steady routines', {
      id: 'hm.repair-tips.tip.routines.title',
      desc: 'Tip title: daily routines.',
    }),
    [
      msg('Keep a simple pattern for bath, story and sleep.', {
        id: 'hm.repair-tips.tip.routines.step-1',
        desc: 'Tip step.',
      }),
      msg('Use the same words or song for goodbyes and hellos.', {
        id: 'hm.repair-tips.tip.routines.step-2',
        desc: 'Tip step.',
      }),
    ],
    msg('Knowing what comes next helps babies and young children feel safe.', {
      id: 'hm.repair-tips.tip.routines.why',
      desc: 'Why the tip helps.',
    }),
  ),
  tip(
    'follow-their-lead',
    ['bonding'],
    OLDER,
    [SOURCES.chsc, SOURCES.chdi],
    msg('Play, and follow their lead', {
      id: 'hm.repair-tips.tip.follow-their-lead.title',
      desc: 'Tip title: child-led play.',
    }),
    [
      msg('Get down to your child’s level and watch what catches their interest.', {
        id: 'hm.repair-tips.tip.follow-their-lead.step-1',
        desc: 'Tip step.',
      }),
      msg('Join in rather than direct: let them show you.', {
        id: 'hm.repair-tips.tip.follow-their-lead.step-2',
        desc: 'Tip step.',
      }),
      msg('Stay close while they explore, and welcome them back for a cuddle.', {
        id: 'hm.repair-tips.tip.follow-their-lead.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Going off to explore and coming back to you is how children use you as a safe base.', {
      id: 'hm.repair-tips.tip.follow-their-lead.why',
      desc: 'Why the tip helps. “Safe base” (secure base) is the idea that a child explores from, and returns to, a trusted adult.',
    }),
  ),
  tip(
    'goodbyes',
    ['bonding', 'support'],
    OLDER,
    [SOURCES.siren],
    msg('Gentle goodbyes, happy hellos', {
      id: 'hm.repair-tips.tip.goodbyes.title',
      desc: 'Tip title: separations, for example at nursery.',
    }),
    [
      msg('Always say goodbye rather than slipping away unseen.', {
        id: 'hm.repair-tips.tip.goodbyes.step-1',
        desc: 'Tip step.',
      }),
      msg('Keep it short and warm, with the same words each time.', {
        id: 'hm.repair-tips.tip.goodbyes.step-2',
        desc: 'Tip step.',
      }),
      msg('When you are back, greet them and give them time to reconnect.', {
        id: 'hm.repair-tips.tip.goodbyes.step-3',
        desc: 'Tip step.',
      }),
    ],
    msg('Being upset at parting is natural. Knowing you come back helps a child feel held in mind.', {
      id: 'hm.repair-tips.tip.goodbyes.why',
      desc: 'Why the tip helps. “Held in mind” means feeling thought about and cared for even when apart; it is also the name of this project.',
    }),
  ),
];

/** Topic names for the picker and the tip's label. */
export function topicLabel(topic: TipTopic): string {
  switch (topic) {
    case 'repair':
      return msg('Repair after a hard moment', {
        id: 'hm.repair-tips.topic.repair',
        desc: 'Topic name in the topic picker.',
      });
    case 'grace':
      return msg('Give yourself grace', {
        id: 'hm.repair-tips.topic.grace',
        desc: 'Topic name: be kind to yourself as a parent.',
      });
    case 'breaks':
      return msg('Take breaks and ask for help', { id: 'hm.repair-tips.topic.breaks', desc: 'Topic name.' });
    case 'support':
      return msg('You don’t have to do it alone', {
        id: 'hm.repair-tips.topic.support',
        desc: 'Topic name.',
      });
    case 'bonding':
      return msg('Everyday bonding', {
        id: 'hm.repair-tips.topic.bonding',
        desc: 'Topic name: feeding, holding, soothing, talking, routines, play.',
      });
  }
}
