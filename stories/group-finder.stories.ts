import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/group-finder/hm-group-finder.js';
import type { HmGroupFinder } from '../src/components/group-finder/group-finder.js';
import { inShadow, until } from './play-helpers.js';

interface Args {
  src: string;
  oruk: string;
  categories: string;
  radius: number;
  units: string;
  nation: string;
  'heading-level': number;
  'report-email': string;
}

const meta: Meta<Args> = {
  title: 'Elements/Group finder',
  component: 'hm-group-finder',
  args: {
    src: '',
    oruk: '',
    categories: '',
    radius: 5,
    units: 'miles',
    nation: '',
    'heading-level': 2,
    'report-email': '',
  },
  render: (args) => html`
    <hm-group-finder
      src=${args.src || nothing}
      oruk=${args.oruk || nothing}
      categories=${args.categories || nothing}
      radius=${args.radius}
      units=${args.units}
      nation=${args.nation || nothing}
      heading-level=${args['heading-level']}
      report-email=${args['report-email'] || nothing}
    ></hm-group-finder>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** A bare tag: the built-in sample directory, which the finder says is made up. Try "BS7 8AA" or "Yate". */
export const SampleDirectory: Story = {};

/** Only some kinds of group, distances in kilometres, a report address. */
export const ChosenTypes: Story = {
  args: {
    categories: 'baby-massage baby-yoga stay-play',
    units: 'km',
    radius: 10,
    'report-email': 'directory@example.org',
  },
};

/** For a page in Wales: when nothing is found it names Flying Start and Families First. */
export const Wales: Story = { args: { nation: 'wales' } };

/** Searches as a parent would: a place or postcode, and optionally a word. */
const searchFor =
  (where: string, keyword = ''): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hm-group-finder') as HmGroupFinder;
    const place = await inShadow<HTMLInputElement>(el, '#where');
    place.value = where;
    (await inShadow<HTMLInputElement>(el, '#keyword')).value = keyword;
    (await inShadow<HTMLButtonElement>(el, 'form.search button[type="submit"]')).click();
    await until(() => el.shadowRoot!.querySelector('.result, .empty'), 'results or the empty state');
  };

/** Results near a place in the sample directory, nearest first, with their next sessions. */
export const Results: Story = { play: searchFor('Yate') };

/** Nothing matches: the finder says so, offers the nearest groups further away and where else to ask. */
export const NothingFound: Story = { args: { nation: 'wales' }, play: searchFor('', 'nothing-matches-this') };

/** The directory cannot be loaded: a plain message for the parent, and a hint for the website owner. */
export const LoadError: Story = { args: { src: './assets/missing-directory.json' } };
