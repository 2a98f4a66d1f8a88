import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/repair-tips/hm-repair-tips.js';

interface Args {
  topic: string;
  age: string;
  'heading-level': number;
  'show-topics': boolean;
  src: string;
  'replace-built-in': boolean;
  tip: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Repair tips',
  component: 'hm-repair-tips',
  args: {
    topic: '',
    age: '',
    'heading-level': 2,
    'show-topics': false,
    src: '',
    'replace-built-in': false,
    tip: '',
  },
  render: (args) => html`
    <hm-repair-tips
      topic=${args.topic || nothing}
      age=${args.age || nothing}
      heading-level=${args['heading-level']}
      ?show-topics=${args['show-topics']}
      src=${args.src || nothing}
      ?replace-built-in=${args['replace-built-in']}
      tip=${args.tip || nothing}
    ></hm-repair-tips>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The tip of the day: the same for everyone on a given date. */
export const TipOfTheDay: Story = {};

/** A fixed tip, as a deep link (#hm-tip=safe-pause) would open it. */
export const FixedTip: Story = { args: { tip: 'safe-pause' } };

/** Only tips about repair after a hard moment. */
export const FilteredByTopic: Story = { args: { topic: 'repair' } };

/** Only tips for pregnancy (and those for every age). */
export const FilteredByAge: Story = { args: { age: 'pregnancy' } };

/** With the in-card topic picker. */
export const TopicPicker: Story = { args: { 'show-topics': true } };

/** Nothing matches this topic and age: the card says so. */
export const NoMatch: Story = { args: { topic: 'repair', age: 'pregnancy', 'show-topics': true } };

/** Under an h3 on the host page. */
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };

/** The host's own tips from a JSON file, added to the built-ins. */
export const HostTipsFromSrc: Story = { args: { src: './assets/example-tips.json', tip: 'walk-together' } };

/** Only the host's tips. */
export const HostTipsReplace: Story = {
  args: { src: './assets/example-tips.json', 'replace-built-in': true },
};

/** Tips written as HTML inside the element: readable before it upgrades. */
export const LightDomTips: Story = {
  render: () => html`
    <hm-repair-tips replace-built-in>
      <article data-tip="nap-together" data-topics="breaks">
        <h3>Nap when your baby naps</h3>
        <ul>
          <li>Lie down, even for ten minutes.</li>
          <li>Leave the chores for later.</li>
        </ul>
        <p>Rest makes the hard moments easier.</p>
      </article>
    </hm-repair-tips>
  `,
};

/** Host tips that are not valid: a clear message, and the built-in tips still shown. */
export const InvalidHostTips: Story = {
  render: () => html`<hm-repair-tips .tips=${{ advice: 'not a list of tips' }}></hm-repair-tips>`,
};

/** Host tips missing: a src that cannot be found, with replace-built-in. */
export const HostTipsMissing: Story = {
  args: { src: './assets/missing-tips.json', 'replace-built-in': true },
};

/** A 320 px column (WCAG reflow). */
export const Narrow: Story = {
  args: { 'show-topics': true },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
