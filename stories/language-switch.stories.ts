import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/language-switch/hm-language-switch.js';
import '../src/components/repair-tips/hm-repair-tips.js';

interface Args {
  locales: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Language switch',
  component: 'hm-language-switch',
  args: { locales: '' },
  render: (args) => html`<hm-language-switch locales=${args.locales || nothing}></hm-language-switch>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every shipped language, each named in itself. */
export const AllLanguages: Story = {};

/** Only the languages the host chooses (codes the elements do not ship are left out). */
export const EnglishAndWelsh: Story = { args: { locales: 'en-GB cy xx' } };

/** With an element beside it: picking a language changes the card, which keeps its tip. */
export const WithATipsCard: Story = {
  render: (args) => html`
    <hm-language-switch locales=${args.locales || nothing}></hm-language-switch>
    <hm-repair-tips tip="safe-pause" style="margin-block-start: 1em"></hm-repair-tips>
  `,
};
