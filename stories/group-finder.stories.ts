import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/group-finder/hm-group-finder.js';

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
