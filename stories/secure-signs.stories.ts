import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/secure-signs/hm-secure-signs.js';
import type { HmSecureSigns } from '../src/components/secure-signs/secure-signs.js';
import { createSafeStorage } from '../src/core/storage.js';

interface Args {
  age: string;
  nation: string;
  'heading-level': number;
  src: string;
  'replace-built-in': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Secure signs',
  component: 'hm-secure-signs',
  args: { age: '', nation: '', 'heading-level': 2, src: '', 'replace-built-in': false },
  argTypes: {
    age: { control: 'select', options: ['', 'pregnancy', '0-3m', '3-6m', '6-12m', '12-24m', '2-5y'] },
    nation: { control: 'select', options: ['', 'england', 'wales', 'scotland', 'northern-ireland'] },
  },
  render: (args) => html`
    <hm-secure-signs
      age=${args.age || nothing}
      nation=${args.nation || nothing}
      heading-level=${args['heading-level']}
      src=${args.src || nothing}
      ?replace-built-in=${args['replace-built-in']}
    >
      <a slot="links" href="#">Find a parent and baby group near you</a>
    </hm-secure-signs>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing chosen yet: the age question, the "not a test" line, where to get help. */
export const Empty: Story = {};

export const Pregnancy: Story = { args: { age: 'pregnancy' } };
export const ZeroToThreeMonths: Story = { args: { age: '0-3m' } };
export const ThreeToSixMonths: Story = { args: { age: '3-6m' } };
export const SixToTwelveMonths: Story = { args: { age: '6-12m' } };
export const OneToTwoYears: Story = { args: { age: '12-24m' } };
export const TwoToFiveYears: Story = { args: { age: '2-5y', nation: 'scotland' } };

/** Answer the first few signs by clicking, as a parent would. */
const answered =
  (answers: string[], summary = false): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hm-secure-signs') as HmSecureSigns;
    await el.updateComplete;
    const items = el.shadowRoot!.querySelectorAll('.item');
    answers.forEach((a, i) => items[i]?.querySelector<HTMLInputElement>(`input[value="${a}"]`)?.click());
    await el.updateComplete;
    if (summary) el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')?.click();
  };

export const PartlyAnswered: Story = { args: { age: '6-12m' }, play: answered(['often', 'sometimes']) };
export const Complete: Story = {
  args: { age: '6-12m' },
  play: answered(['often', 'sometimes', 'often', 'often', 'not-yet', 'often']),
};
export const Summary: Story = {
  args: { age: '0-3m', nation: 'wales' },
  play: answered(['often', 'sometimes', 'often', 'not-yet', 'often', 'often'], true),
};
/** Several "not yet" answers: where to get help comes first. */
export const SummaryWithHelpFirst: Story = {
  args: { age: '2-5y', nation: 'england' },
  play: answered(['not-yet', 'not-yet', 'sometimes'], true),
};

/** Storage turned off: saving says so and the answers stay. */
export const StorageUnavailable: Story = {
  args: { age: '0-3m' },
  render: (args) =>
    html`<hm-secure-signs age=${args.age} .storage=${createSafeStorage(() => null)}></hm-secure-signs>`,
  play: async (context) => {
    await answered(['often'], true)!(context);
    const el = context.canvasElement.querySelector('hm-secure-signs') as HmSecureSigns;
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')]
      .find((b) => b.textContent?.includes('Save'))
      ?.click();
  },
};

/** The host's own items from a JSON file, added to the built-ins. */
export const HostItems: Story = { args: { age: '0-3m', src: './assets/example-signs.json' } };

/** Host content that is not valid: a clear message and the built-in checklist. */
export const InvalidHostContent: Story = {
  render: () => html`<hm-secure-signs age="0-3m" .content=${['not a checklist']}></hm-secure-signs>`,
};

/** A list written inside the element: readable before it upgrades. */
export const LightDomItems: Story = {
  render: () => html`
    <hm-secure-signs age="0-3m" replace-built-in>
      <ul data-band="0-3m">
        <li data-item="hums">Your baby hums along when you sing.</li>
        <li data-item="kicks">Your baby kicks with excitement when you come near.</li>
      </ul>
    </hm-secure-signs>
  `,
};

/** Host help cards and a local number in the help slot. */
export const HostHelp: Story = {
  render: () => html`
    <hm-secure-signs
      age="3-6m"
      nation="england"
      .help=${[
        {
          level: 'talk',
          title: 'Riverside Family Hub',
          text: 'Drop in any weekday morning, or call to talk to a family worker.',
          contacts: [{ label: 'Call 01234 567890', phone: '01234 567890' }],
        },
      ]}
    >
      <p slot="help">Riverside parent helpline: 0800 000 0000 (free, 9am to 5pm)</p>
    </hm-secure-signs>
  `,
};

/** A 320 px column (WCAG reflow). */
export const Narrow: Story = {
  args: { age: '12-24m' },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
