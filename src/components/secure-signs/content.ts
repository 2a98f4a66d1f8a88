import { msg } from '../../core/localize.js';
import type { AgeBand } from '../../data/age-bands.js';
import { SOURCES, type ContentSource } from '../../data/sources.js';
import type { SignItem } from '../../data/secure-signs.js';

/** Version and review date of the built-in checklist, shown as "Last reviewed …". */
export const SIGNS_CONTENT_VERSION = '1.0.0';
export const SIGNS_CONTENT_REVIEWED = '2026-11-22';

/** The sources the checklist is written from (names are not translated). */
export const SIGNS_SOURCES: readonly ContentSource[] = [
  SOURCES.chsc,
  SOURCES.chdi,
  SOURCES.rushforth,
  SOURCES.siren,
];

const item = (id: string, sign: string, why: string, ideas: string): SignItem => ({
  id,
  sign,
  why,
  ideas,
  origin: 'built-in',
});

/**
 * The built-in signs of a secure bond, by age band, written for this project from the facts in
 * CONTENT.md. A function, not a constant: msg() must run at render time to follow the locale.
 */
export function builtInSigns(band: AgeBand): SignItem[] {
  switch (band) {
    case 'pregnancy':
      return [
        item(
          'talk-to-bump',
          msg('You talk, sing or read to your bump.', {
            id: 'hm.secure-signs.pregnancy.talk-to-bump.sign',
            desc: 'A sign of a secure bond during pregnancy (about the parent-to-be). The parent answers often / sometimes / not yet.',
          }),
          msg(
            'Later in pregnancy your baby can hear you, and your voice will already feel familiar after birth.',
            { id: 'hm.secure-signs.pregnancy.talk-to-bump.why', desc: 'Why this sign matters.' },
          ),
          msg('Choose one song or rhyme to share now, and keep singing it once your baby arrives.', {
            id: 'hm.secure-signs.pregnancy.talk-to-bump.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'notice-movements',
          msg('You notice your baby’s movements and when they happen.', {
            id: 'hm.secure-signs.pregnancy.notice-movements.sign',
            desc: 'A sign of a secure bond during pregnancy (about the parent-to-be). The parent answers often / sometimes / not yet.',
          }),
          msg('Paying attention to your baby now is the start of reading their signals later.', {
            id: 'hm.secure-signs.pregnancy.notice-movements.why',
            desc: 'Why this sign matters.',
          }),
          msg('Take a quiet minute each day with a hand on your bump and notice what your baby does.', {
            id: 'hm.secure-signs.pregnancy.notice-movements.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'imagine-baby',
          msg('You wonder what your baby will be like.', {
            id: 'hm.secure-signs.pregnancy.imagine-baby.sign',
            desc: 'A sign of a secure bond during pregnancy (about the parent-to-be). The parent answers often / sometimes / not yet.',
          }),
          msg(
            'Thinking of your baby as a little person with their own feelings helps you get to know them.',
            { id: 'hm.secure-signs.pregnancy.imagine-baby.why', desc: 'Why this sign matters.' },
          ),
          msg('Share your hopes for your baby with your partner, a friend or a family member.', {
            id: 'hm.secure-signs.pregnancy.imagine-baby.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'people-to-turn-to',
          msg('You have people you can turn to for help.', {
            id: 'hm.secure-signs.pregnancy.people-to-turn-to.sign',
            desc: 'A sign of a secure bond during pregnancy (about the parent-to-be). The parent answers often / sometimes / not yet.',
          }),
          msg('Parents and carers who feel supported have more calm and energy for their baby.', {
            id: 'hm.secure-signs.pregnancy.people-to-turn-to.why',
            desc: 'Why this sign matters.',
          }),
          msg('Write down who could help after the birth, and with what: meals, shopping, a rest.', {
            id: 'hm.secure-signs.pregnancy.people-to-turn-to.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'share-worries',
          msg('You can share worries with someone you trust, or your midwife.', {
            id: 'hm.secure-signs.pregnancy.share-worries.sign',
            desc: 'A sign of a secure bond during pregnancy (about the parent-to-be). The parent answers often / sometimes / not yet.',
          }),
          msg(
            'Worry and low mood in pregnancy are common, and looking after your feelings is part of getting ready.',
            { id: 'hm.secure-signs.pregnancy.share-worries.why', desc: 'Why this sign matters.' },
          ),
          msg('At your next appointment, say how you have been feeling. Midwives ask because it matters.', {
            id: 'hm.secure-signs.pregnancy.share-worries.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'plan-time-together',
          msg('You are planning some calm time together after the birth.', {
            id: 'hm.secure-signs.pregnancy.plan-time-together.sign',
            desc: 'A sign of a secure bond during pregnancy (about the parent-to-be). The parent answers often / sometimes / not yet.',
          }),
          msg('Unhurried early days of holding, feeding and resting give the bond a good start.', {
            id: 'hm.secure-signs.pregnancy.plan-time-together.why',
            desc: 'Why this sign matters.',
          }),
          msg('Think about which visitors and jobs could wait, so you have time for skin-to-skin and rest.', {
            id: 'hm.secure-signs.pregnancy.plan-time-together.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
      ];
    case '0-3m':
      return [
        item(
          'calms-with-you',
          msg('Your baby often calms when you pick them up or talk to them.', {
            id: 'hm.secure-signs.0-3m.calms-with-you.sign',
            desc: 'A sign of a secure bond for babies aged 0 to 3 months. The parent answers often / sometimes / not yet.',
          }),
          msg(
            'Being soothed by you, again and again, teaches your baby that comfort comes when they need it.',
            { id: 'hm.secure-signs.0-3m.calms-with-you.why', desc: 'Why this sign matters.' },
          ),
          msg('Hold your baby close, sway gently and talk softly. It is fine if it takes a while.', {
            id: 'hm.secure-signs.0-3m.calms-with-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'watches-your-face',
          msg('Your baby looks at your face and watches you when you talk.', {
            id: 'hm.secure-signs.0-3m.watches-your-face.sign',
            desc: 'A sign of a secure bond for babies aged 0 to 3 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Faces are what young babies find most interesting, and yours is the one they learn first.', {
            id: 'hm.secure-signs.0-3m.watches-your-face.why',
            desc: 'Why this sign matters.',
          }),
          msg('Hold your baby about 20 to 30 centimetres from your face, and smile and chat.', {
            id: 'hm.secure-signs.0-3m.watches-your-face.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'reading-cries',
          msg('You are starting to tell what some of your baby’s cries mean.', {
            id: 'hm.secure-signs.0-3m.reading-cries.sign',
            desc: 'A sign of a secure bond for babies aged 0 to 3 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Reading your baby’s signals, even some of the time, is how you learn to meet their needs.', {
            id: 'hm.secure-signs.0-3m.reading-cries.why',
            desc: 'Why this sign matters.',
          }),
          msg(
            'When you are not sure, try one thing at a time: a feed, a cuddle, a change, somewhere quieter.',
            { id: 'hm.secure-signs.0-3m.reading-cries.ideas', desc: 'Ideas to try for this sign.' },
          ),
        ),
        item(
          'settles-against-you',
          msg('Your baby settles when held close against you.', {
            id: 'hm.secure-signs.0-3m.settles-against-you.sign',
            desc: 'A sign of a secure bond for babies aged 0 to 3 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Closeness, warmth and your heartbeat help a newborn feel safe.', {
            id: 'hm.secure-signs.0-3m.settles-against-you.why',
            desc: 'Why this sign matters.',
          }),
          msg('Try some skin-to-skin time, or a cuddle on your chest after a feed.', {
            id: 'hm.secure-signs.0-3m.settles-against-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'turns-to-voice',
          msg('Your baby responds to your voice by turning, going quiet or moving.', {
            id: 'hm.secure-signs.0-3m.turns-to-voice.sign',
            desc: 'A sign of a secure bond for babies aged 0 to 3 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Your baby already knows your voice, and it helps them feel secure.', {
            id: 'hm.secure-signs.0-3m.turns-to-voice.why',
            desc: 'Why this sign matters.',
          }),
          msg('Tell your baby what you are doing as you go about the day.', {
            id: 'hm.secure-signs.0-3m.turns-to-voice.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'first-conversations',
          msg('There are little back-and-forth moments: a coo or a smile, and you answer.', {
            id: 'hm.secure-signs.0-3m.first-conversations.sign',
            desc: 'A sign of a secure bond for babies aged 0 to 3 months. The parent answers often / sometimes / not yet.',
          }),
          msg('These early “conversations” build your bond and your baby’s first steps towards talking.', {
            id: 'hm.secure-signs.0-3m.first-conversations.why',
            desc: 'Why this sign matters.',
          }),
          msg('When your baby makes a sound, copy it and wait. Give them time to answer.', {
            id: 'hm.secure-signs.0-3m.first-conversations.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
      ];
    case '3-6m':
      return [
        item(
          'lights-up',
          msg('Your baby smiles and gets excited when they see you.', {
            id: 'hm.secure-signs.3-6m.lights-up.sign',
            desc: 'A sign of a secure bond for babies aged 3 to 6 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Delight at seeing you shows your baby is learning who their special people are.', {
            id: 'hm.secure-signs.3-6m.lights-up.why',
            desc: 'Why this sign matters.',
          }),
          msg('Smile back and name the feeling: “You’re happy to see me!”', {
            id: 'hm.secure-signs.3-6m.lights-up.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'chats-back',
          msg('Your baby babbles back when you talk to them.', {
            id: 'hm.secure-signs.3-6m.chats-back.sign',
            desc: 'A sign of a secure bond for babies aged 3 to 6 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Taking turns in “chat” builds trust and early language together.', {
            id: 'hm.secure-signs.3-6m.chats-back.why',
            desc: 'Why this sign matters.',
          }),
          msg('Talk in a warm, sing-song voice and leave pauses for your baby to reply.', {
            id: 'hm.secure-signs.3-6m.chats-back.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'soothed-by-you',
          msg('When upset, your baby is usually soothed by you more easily than by others.', {
            id: 'hm.secure-signs.3-6m.soothed-by-you.sign',
            desc: 'A sign of a secure bond for babies aged 3 to 6 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Your baby is learning that you are someone they can rely on.', {
            id: 'hm.secure-signs.3-6m.soothed-by-you.why',
            desc: 'Why this sign matters.',
          }),
          msg('Keep a few ways of soothing that work for you both, like a song or a rocking rhythm.', {
            id: 'hm.secure-signs.3-6m.soothed-by-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'reaches-for-you',
          msg('Your baby reaches out to you or holds on to you.', {
            id: 'hm.secure-signs.3-6m.reaches-for-you.sign',
            desc: 'A sign of a secure bond for babies aged 3 to 6 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Reaching for you is one of the ways your baby asks for closeness.', {
            id: 'hm.secure-signs.3-6m.reaches-for-you.why',
            desc: 'Why this sign matters.',
          }),
          msg('Respond to your baby’s reaching with a cuddle, a touch or a smile.', {
            id: 'hm.secure-signs.3-6m.reaches-for-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'enjoys-play',
          msg('Your baby enjoys simple games with you, like tickles or funny faces.', {
            id: 'hm.secure-signs.3-6m.enjoys-play.sign',
            desc: 'A sign of a secure bond for babies aged 3 to 6 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Playing together is a joyful way to tune in to each other.', {
            id: 'hm.secure-signs.3-6m.enjoys-play.why',
            desc: 'Why this sign matters.',
          }),
          msg('Stop when your baby looks away or fusses: they are telling you they need a break.', {
            id: 'hm.secure-signs.3-6m.enjoys-play.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'familiar-routines',
          msg('Feeds, baths and sleep times are starting to follow a familiar pattern.', {
            id: 'hm.secure-signs.3-6m.familiar-routines.sign',
            desc: 'A sign of a secure bond for babies aged 3 to 6 months. The parent answers often / sometimes / not yet.',
          }),
          msg('A predictable day helps babies feel safe and know what comes next.', {
            id: 'hm.secure-signs.3-6m.familiar-routines.why',
            desc: 'Why this sign matters.',
          }),
          msg('Use the same few words or a song to mark bath time or bedtime.', {
            id: 'hm.secure-signs.3-6m.familiar-routines.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
      ];
    case '6-12m':
      return [
        item(
          'comes-when-upset',
          msg('Your baby comes to you, or reaches for you, when upset or unsure.', {
            id: 'hm.secure-signs.6-12m.comes-when-upset.sign',
            desc: 'A sign of a secure bond for babies aged 6 to 12 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Seeking comfort from you is one of the clearest signs of a secure bond.', {
            id: 'hm.secure-signs.6-12m.comes-when-upset.why',
            desc: 'Why this sign matters.',
          }),
          msg('Welcome them with a cuddle and calm words, even if the upset seems small to you.', {
            id: 'hm.secure-signs.6-12m.comes-when-upset.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'glad-when-back',
          msg('Your baby is glad to see you when you come back after time apart.', {
            id: 'hm.secure-signs.6-12m.glad-when-back.sign',
            desc: 'A sign of a secure bond for babies aged 6 to 12 months. The parent answers often / sometimes / not yet.',
          }),
          msg('A happy reunion shows your baby trusts that you return.', {
            id: 'hm.secure-signs.6-12m.glad-when-back.why',
            desc: 'Why this sign matters.',
          }),
          msg('When you come back, get down to their level and give them a moment to reconnect.', {
            id: 'hm.secure-signs.6-12m.glad-when-back.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'checks-with-you',
          msg('Your baby looks to you when meeting someone new or something surprising.', {
            id: 'hm.secure-signs.6-12m.checks-with-you.sign',
            desc: 'A sign of a secure bond for babies aged 6 to 12 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Your baby uses your face and voice to work out whether things are safe.', {
            id: 'hm.secure-signs.6-12m.checks-with-you.why',
            desc: 'Why this sign matters.',
          }),
          msg('Stay close and calm with new people, and let your baby warm up in their own time.', {
            id: 'hm.secure-signs.6-12m.checks-with-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'explores-and-returns',
          msg('Your baby explores, then looks back or comes back to check you are there.', {
            id: 'hm.secure-signs.6-12m.explores-and-returns.sign',
            desc: 'A sign of a secure bond for babies aged 6 to 12 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Going off and coming back is how your baby uses you as a safe base.', {
            id: 'hm.secure-signs.6-12m.explores-and-returns.why',
            desc: 'Why this sign matters.',
          }),
          msg('Sit where your baby can see you while they play, and smile when they check in.', {
            id: 'hm.secure-signs.6-12m.explores-and-returns.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'shows-you-things',
          msg('Your baby shows you things by pointing, holding them up or looking at you.', {
            id: 'hm.secure-signs.6-12m.shows-you-things.sign',
            desc: 'A sign of a secure bond for babies aged 6 to 12 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Sharing interest with you is a sign your baby enjoys your company and attention.', {
            id: 'hm.secure-signs.6-12m.shows-you-things.why',
            desc: 'Why this sign matters.',
          }),
          msg('Name what they show you and talk about it: “A ball! A red ball!”', {
            id: 'hm.secure-signs.6-12m.shows-you-things.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'comforted-after-parting',
          msg('Your baby may be upset when you leave but can be comforted.', {
            id: 'hm.secure-signs.6-12m.comforted-after-parting.sign',
            desc: 'A sign of a secure bond for babies aged 6 to 12 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Distress at parting is natural at this age; being comforted helps your baby cope.', {
            id: 'hm.secure-signs.6-12m.comforted-after-parting.why',
            desc: 'Why this sign matters.',
          }),
          msg('Say a short, warm goodbye rather than slipping away, and use the same words each time.', {
            id: 'hm.secure-signs.6-12m.comforted-after-parting.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
      ];
    case '12-24m':
      return [
        item(
          'returns-in-play',
          msg('Your toddler comes back to you for reassurance during play.', {
            id: 'hm.secure-signs.12-24m.returns-in-play.sign',
            desc: 'A sign of a secure bond for toddlers aged 12 to 24 months. The parent answers often / sometimes / not yet.',
          }),
          msg('A quick hug or look from you refuels your toddler to go and explore again.', {
            id: 'hm.secure-signs.12-24m.returns-in-play.why',
            desc: 'Why this sign matters.',
          }),
          msg('Stay nearby at the park or at groups, and be ready for those quick check-ins.', {
            id: 'hm.secure-signs.12-24m.returns-in-play.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'looks-to-you',
          msg('Your toddler looks to you when something new or surprising happens.', {
            id: 'hm.secure-signs.12-24m.looks-to-you.sign',
            desc: 'A sign of a secure bond for toddlers aged 12 to 24 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Your reactions help your toddler make sense of the world.', {
            id: 'hm.secure-signs.12-24m.looks-to-you.why',
            desc: 'Why this sign matters.',
          }),
          msg('Use a calm voice and name what is happening: “That was a loud noise. We’re safe.”', {
            id: 'hm.secure-signs.12-24m.looks-to-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'comfort-when-hurt',
          msg('Your toddler comes to you for comfort when hurt or upset.', {
            id: 'hm.secure-signs.12-24m.comfort-when-hurt.sign',
            desc: 'A sign of a secure bond for toddlers aged 12 to 24 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Turning to you when things go wrong shows your toddler trusts you to help.', {
            id: 'hm.secure-signs.12-24m.comfort-when-hurt.why',
            desc: 'Why this sign matters.',
          }),
          msg('Comfort first and explain later. Name the feeling: “That hurt. You’re sad.”', {
            id: 'hm.secure-signs.12-24m.comfort-when-hurt.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'greets-you',
          msg('Your toddler greets you when you come back after time apart.', {
            id: 'hm.secure-signs.12-24m.greets-you.sign',
            desc: 'A sign of a secure bond for toddlers aged 12 to 24 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Greeting you shows the bond is holding, even after a day apart.', {
            id: 'hm.secure-signs.12-24m.greets-you.why',
            desc: 'Why this sign matters.',
          }),
          msg('Make reunions unhurried: a cuddle and some time together before jobs.', {
            id: 'hm.secure-signs.12-24m.greets-you.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'shares-books-and-songs',
          msg('Your toddler enjoys sharing books, songs and games with you.', {
            id: 'hm.secure-signs.12-24m.shares-books-and-songs.sign',
            desc: 'A sign of a secure bond for toddlers aged 12 to 24 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Shared enjoyment builds closeness as well as words.', {
            id: 'hm.secure-signs.12-24m.shares-books-and-songs.why',
            desc: 'Why this sign matters.',
          }),
          msg('Read the same favourite books again and again: toddlers love repetition.', {
            id: 'hm.secure-signs.12-24m.shares-books-and-songs.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'trusts-your-help',
          msg('Your toddler lets you help when they are frustrated.', {
            id: 'hm.secure-signs.12-24m.trusts-your-help.sign',
            desc: 'A sign of a secure bond for toddlers aged 12 to 24 months. The parent answers often / sometimes / not yet.',
          }),
          msg('Accepting your help shows they trust you to meet their needs.', {
            id: 'hm.secure-signs.12-24m.trusts-your-help.why',
            desc: 'Why this sign matters.',
          }),
          msg('Stay calm and close during big feelings, and help them finish what they were trying to do.', {
            id: 'hm.secure-signs.12-24m.trusts-your-help.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
      ];
    case '2-5y':
      return [
        item(
          'comfort-after-hard-day',
          msg('Your child looks for comfort from you after a hard day.', {
            id: 'hm.secure-signs.2-5y.comfort-after-hard-day.sign',
            desc: 'A sign of a secure bond for children aged 2 to 5 years. The parent answers often / sometimes / not yet.',
          }),
          msg('Coming to you when things have been difficult shows your child feels safe with you.', {
            id: 'hm.secure-signs.2-5y.comfort-after-hard-day.why',
            desc: 'Why this sign matters.',
          }),
          msg('Make time for a quiet cuddle or a chat at the end of the day, with no questions needed.', {
            id: 'hm.secure-signs.2-5y.comfort-after-hard-day.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'talks-about-feelings',
          msg('Your child tells or shows you how they feel.', {
            id: 'hm.secure-signs.2-5y.talks-about-feelings.sign',
            desc: 'A sign of a secure bond for children aged 2 to 5 years. The parent answers often / sometimes / not yet.',
          }),
          msg('Sharing feelings with you helps your child learn to understand and manage them.', {
            id: 'hm.secure-signs.2-5y.talks-about-feelings.why',
            desc: 'Why this sign matters.',
          }),
          msg('Help them find words for feelings, and notice your own out loud too.', {
            id: 'hm.secure-signs.2-5y.talks-about-feelings.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'plays-confidently',
          msg('Your child plays and explores confidently when you are nearby.', {
            id: 'hm.secure-signs.2-5y.plays-confidently.sign',
            desc: 'A sign of a secure bond for children aged 2 to 5 years. The parent answers often / sometimes / not yet.',
          }),
          msg('Feeling secure with you gives your child the courage to try new things.', {
            id: 'hm.secure-signs.2-5y.plays-confidently.why',
            desc: 'Why this sign matters.',
          }),
          msg('Let your child lead the play for a few minutes each day.', {
            id: 'hm.secure-signs.2-5y.plays-confidently.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'copes-with-goodbyes',
          msg('With your help, your child copes with goodbyes and is glad to see you again.', {
            id: 'hm.secure-signs.2-5y.copes-with-goodbyes.sign',
            desc: 'A sign of a secure bond for children aged 2 to 5 years. The parent answers often / sometimes / not yet.',
          }),
          msg('Knowing you will come back helps a child feel held in mind while you are apart.', {
            id: 'hm.secure-signs.2-5y.copes-with-goodbyes.why',
            desc: 'Why this sign matters.',
          }),
          msg('Keep goodbyes short and warm, and tell them when you will be back (“after lunch”).', {
            id: 'hm.secure-signs.2-5y.copes-with-goodbyes.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'asks-for-help',
          msg('Your child asks for help when they need it.', {
            id: 'hm.secure-signs.2-5y.asks-for-help.sign',
            desc: 'A sign of a secure bond for children aged 2 to 5 years. The parent answers often / sometimes / not yet.',
          }),
          msg('Asking shows your child expects you to respond, which is what a secure bond feels like.', {
            id: 'hm.secure-signs.2-5y.asks-for-help.why',
            desc: 'Why this sign matters.',
          }),
          msg('When they ask, answer warmly, even if you cannot help straight away.', {
            id: 'hm.secure-signs.2-5y.asks-for-help.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
        item(
          'enjoys-routines',
          msg('Your child enjoys routines with you, like a story at bedtime.', {
            id: 'hm.secure-signs.2-5y.enjoys-routines.sign',
            desc: 'A sign of a secure bond for children aged 2 to 5 years. The parent answers often / sometimes / not yet.',
          }),
          msg('Shared routines give your child a sense of safety and of belonging.', {
            id: 'hm.secure-signs.2-5y.enjoys-routines.why',
            desc: 'Why this sign matters.',
          }),
          msg('Keep one special routine that is just for the two of you.', {
            id: 'hm.secure-signs.2-5y.enjoys-routines.ideas',
            desc: 'Ideas to try for this sign.',
          }),
        ),
      ];
  }
}
