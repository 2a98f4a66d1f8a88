// The builder's words for elements, fields, choices and problems. Functions, not constants:
// msg() must run at render time to follow a language change.
import { msg } from '../core/localize.js';
import type { FieldSpec, Problem } from './builder-model.js';

export const builderTitle = (): string =>
  msg('Put a Held in Mind element on your page', {
    id: 'hm.builder.title-page',
    desc: 'Main heading and page title of the embed builder, a tool for web editors.',
  });

export function elementName(name: string): string {
  switch (name) {
    case 'repair-tips':
      return msg('Repair tips: one supportive tip at a time', {
        id: 'hm.builder.element.repair-tips',
        desc: 'Choice of element to embed: the card of tips for hard moments with a baby.',
      });
    case 'secure-signs':
      return msg('Secure signs: a checklist of the everyday signs of a secure bond', {
        id: 'hm.builder.element.secure-signs',
        desc: 'Choice of element to embed: the reflective checklist, by age band.',
      });
    case 'group-finder':
      return msg('Group finder: local parent and baby groups', {
        id: 'hm.builder.element.group-finder',
        desc: 'Choice of element to embed: the search for local groups.',
      });
    case 'episode-player':
      return msg('Episode player: a podcast or video episode with its transcript', {
        id: 'hm.builder.element.episode-player',
        desc: 'Choice of element to embed: the podcast episode player.',
      });
    default:
      return name;
  }
}

/** A title for the iframe that says what it holds (every iframe needs one). */
export function defaultFrameTitle(name: string): string {
  switch (name) {
    case 'repair-tips':
      return msg('Tips for hard moments with your baby', {
        id: 'hm.builder.frame-title.repair-tips',
        desc: 'Suggested title of an embedded frame with the tips card; screen readers read it.',
      });
    case 'secure-signs':
      return msg('Signs of a secure bond with your baby', {
        id: 'hm.builder.frame-title.secure-signs',
        desc: 'Suggested title of an embedded frame with the checklist; screen readers read it.',
      });
    case 'group-finder':
      return msg('Find a parent and baby group near you', {
        id: 'hm.builder.frame-title.group-finder',
        desc: 'Suggested title of an embedded frame with the group finder; screen readers read it.',
      });
    case 'episode-player':
      return msg('Podcast episode with transcript', {
        id: 'hm.builder.frame-title.episode-player',
        desc: 'Suggested title of an embedded frame with the episode player; screen readers read it.',
      });
    default:
      return name;
  }
}

/** A field's label: in the builder's words for the common options, else the attribute's name. */
export function fieldLabel(field: FieldSpec, element: string): string {
  switch (field.name) {
    case 'src':
      if (element === 'episode-player')
        return msg('Media file address', {
          id: 'hm.builder.field.media-src',
          desc: 'Label of a web address field: the audio or video file of the episode.',
        });
      if (element === 'group-finder')
        return msg('Directory address (JSON or CSV)', {
          id: 'hm.builder.field.directory-src',
          desc: 'Label of a web address field: a file listing local groups.',
        });
      return msg('Your own content (address of a JSON file)', {
        id: 'hm.builder.field.content-src',
        desc: 'Label of a web address field: a file with the organisation’s own tips or checklist items.',
      });
    case 'feed':
      return msg('Podcast feed address', {
        id: 'hm.builder.field.feed',
        desc: 'Label of a web address field: the RSS feed of a podcast.',
      });
    case 'oruk':
      return msg('Open Referral UK directory addresses', {
        id: 'hm.builder.field.oruk',
        desc: 'Label of a field for one or more web addresses of council service directories (Open Referral UK is a standard’s name).',
      });
    case 'nation':
      return msg('Nation', {
        id: 'hm.builder.field.nation',
        desc: 'Label of a list: which UK nation’s services the element names (England, Wales, Scotland, Northern Ireland).',
      });
    case 'heading-level':
      return msg('Heading level', {
        id: 'hm.builder.field.heading-level',
        desc: 'Label of a list of heading levels (2 to 6) for the element’s title, to fit the page’s outline.',
      });
    case 'age':
      return msg('Age of the baby or child', {
        id: 'hm.builder.field.age',
        desc: 'Label of a list of age bands (pregnancy, 0 to 3 months…).',
      });
    case 'topic':
      return msg('Topics', {
        id: 'hm.builder.field.topic',
        desc: 'Legend of a group of tick boxes: which topics of tips to show.',
      });
    case 'show-topics':
      return msg('Let people choose a topic', {
        id: 'hm.builder.field.show-topics',
        desc: 'Tick box: show a topic picker inside the tips card.',
      });
    case 'tip':
      return msg('Start on this tip (its id)', {
        id: 'hm.builder.field.tip',
        desc: 'Label of a text field: the id of the first tip to show.',
      });
    case 'radius':
      return msg('Starting search distance', {
        id: 'hm.builder.field.radius',
        desc: 'Label of a number field: how far the group search reaches at first.',
      });
    case 'units':
      return msg('Distance units', {
        id: 'hm.builder.field.units',
        desc: 'Label of a list: miles or kilometres.',
      });
    default:
      return field.name;
  }
}

export function choiceLabel(field: string, value: string): string {
  if (value === '')
    return msg('Not set', {
      id: 'hm.builder.choice.not-set',
      desc: 'First choice of a list when the option is left at the element’s default.',
    });
  if (field === 'nation') {
    switch (value) {
      case 'england':
        return msg('England', { id: 'hm.builder.nation.england', desc: 'A UK nation.' });
      case 'wales':
        return msg('Wales', { id: 'hm.builder.nation.wales', desc: 'A UK nation.' });
      case 'scotland':
        return msg('Scotland', { id: 'hm.builder.nation.scotland', desc: 'A UK nation.' });
      case 'northern-ireland':
        return msg('Northern Ireland', { id: 'hm.builder.nation.northern-ireland', desc: 'A UK nation.' });
    }
  }
  if (field === 'topic') {
    switch (value) {
      case 'repair':
        return msg('Repair after a hard moment', { id: 'hm.builder.topic.repair', desc: 'A topic of tips.' });
      case 'grace':
        return msg('Give yourself grace', { id: 'hm.builder.topic.grace', desc: 'A topic of tips.' });
      case 'breaks':
        return msg('Take breaks and ask for help', {
          id: 'hm.builder.topic.breaks',
          desc: 'A topic of tips.',
        });
      case 'support':
        return msg('You don’t have to do it alone', {
          id: 'hm.builder.topic.support',
          desc: 'A topic of tips.',
        });
      case 'bonding':
        return msg('Everyday bonding', { id: 'hm.builder.topic.bonding', desc: 'A topic of tips.' });
    }
  }
  return value;
}

export function themeLabel(theme: string): string {
  switch (theme) {
    case 'nhs':
      return msg('NHS-like', {
        id: 'hm.builder.theme.nhs',
        desc: 'A colour theme in the style of NHS websites.',
      });
    case 'govuk':
      return msg('GOV.UK-like', {
        id: 'hm.builder.theme.govuk',
        desc: 'A colour theme in the style of GOV.UK.',
      });
    case 'dark':
      return msg('Dark', {
        id: 'hm.builder.theme.dark',
        desc: 'A colour theme: light text on a dark background.',
      });
    default:
      return msg('Neutral', { id: 'hm.builder.theme.neutral', desc: 'The default colour theme.' });
  }
}

export function problemText(problem: Problem): string {
  switch (problem) {
    case 'url':
      return msg('Enter a full web address, starting with https://', {
        id: 'hm.builder.error.url',
        desc: 'Error under a web address field that holds something else.',
      });
    case 'email':
      return msg('Enter an email address, like name@example.org', {
        id: 'hm.builder.error.email',
        desc: 'Error under an email address field that holds something else.',
      });
    case 'number':
      return msg('Enter a whole number in the allowed range', {
        id: 'hm.builder.error.number',
        desc: 'Error under a number field that holds something else or a number too big.',
      });
    case 'template':
      return msg('Enter a web address with {url} where the feed’s address goes', {
        id: 'hm.builder.error.template',
        desc: 'Error under the proxy field; keep {url} exactly as it is (it is code).',
      });
    case 'title':
      return msg('Enter a title for the frame: it tells screen reader users what the frame holds', {
        id: 'hm.builder.error.title',
        desc: 'Error under the empty frame title field.',
      });
    case 'base':
      return msg(
        'Enter the full web address of your copy of the Held in Mind files, starting with https://',
        {
          id: 'hm.builder.error.base',
          desc: 'Error under the field for where the organisation keeps the Held in Mind files.',
        },
      );
  }
}
