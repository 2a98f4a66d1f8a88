import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/repair-tips/hm-repair-tips.js';
import '../src/components/secure-signs/hm-secure-signs.js';
import '../src/components/episode-player/hm-episode-player.js';
import '../src/components/group-finder/hm-group-finder.js';

// Every theme preset (src/themes/*.css, shipped as dist/cdn/themes/) meets WCAG 2.2 AA: text
// pairs 4.5:1, borders, focus indicators and card edges 3:1 against what they sit on. Then the
// elements are rendered under each theme and axe checks what a person actually sees.

const THEMES = ['neutral', 'nhs', 'govuk', 'dark'];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function tokens(theme: string): Promise<Record<string, string>> {
  const css = await (await fetch(`/src/themes/${theme}.css`)).text();
  return Object.fromEntries(
    [...css.matchAll(/--hm-color-([a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

// [foreground, background, minimum, what it is]
const PAIRS: [string, string, number, string][] = [
  ['text', 'surface', 4.5, 'body text'],
  ['text', 'surface-alt', 4.5, 'text in tinted boxes'],
  ['muted', 'surface', 4.5, 'secondary text'],
  ['muted', 'surface-alt', 4.5, 'secondary text in tinted boxes'],
  ['accent', 'surface', 4.5, 'links and outlined buttons'],
  ['accent', 'surface-alt', 4.5, 'links in tinted boxes'],
  ['accent-text', 'accent', 4.5, 'text on filled buttons'],
  ['error', 'surface', 4.5, 'error text'],
  ['border', 'surface', 3, 'form control and card borders'],
  ['focus-text', 'focus', 3, 'focus ring against its halo'],
  ['urgent', 'surface', 3, 'urgent help card edge'],
  ['emergency', 'surface', 3, 'emergency help card edge'],
];

describe('themes', () => {
  for (const theme of THEMES) {
    describe(theme, () => {
      let sheet: CSSStyleSheet;
      before(async () => {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(await (await fetch(`/src/themes/${theme}.css`)).text());
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      after(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      });

      it('sets every colour token, as six-digit hex', async () => {
        const found = await tokens(theme);
        const needed = new Set(PAIRS.flatMap(([fg, bg]) => [fg, bg]));
        for (const name of needed) expect(found[name], `--hm-color-${name}`).to.match(/^#[0-9a-f]{6}$/i);
      });

      for (const [fg, bg, min, what] of PAIRS) {
        it(`${what}: ${fg} on ${bg} at least ${min}:1`, async () => {
          const found = await tokens(theme);
          expect(contrast(found[fg]!, found[bg]!)).to.be.at.least(min);
        });
      }

      it('focus indicator: its dark ring or its light halo stands out 3:1 on both surfaces', async () => {
        // the ring (focus-text) and halo (focus) are drawn together: on a light page the ring
        // carries the contrast, on a dark one the halo does
        const t = await tokens(theme);
        for (const bg of ['surface', 'surface-alt']) {
          expect(Math.max(contrast(t.focus!, t[bg]!), contrast(t['focus-text']!, t[bg]!)), bg).to.be.at.least(
            3,
          );
        }
      });

      it('the elements pass axe (contrast included) under the theme', async () => {
        const surface = (await tokens(theme)).surface!;
        const page = await fixture<HTMLDivElement>(
          html`<div style="background:${surface};padding:8px">
            <hm-repair-tips show-topics></hm-repair-tips>
            <hm-secure-signs age="6-12m" nation="wales"></hm-secure-signs>
            <hm-episode-player
              src="/demo/media/episode.mp3"
              episode-title="Good enough is enough"
              chapters="/demo/media/chapters.json"
            ></hm-episode-player>
            <hm-group-finder></hm-group-finder>
          </div>`,
        );
        const [tips, signs, player, finder] = Array.from(page.children) as (HTMLElement & {
          updateComplete: Promise<unknown>;
        })[];
        for (const el of [tips!, signs!, player!, finder!]) await el.updateComplete;
        // the finder shows the built-in sample directory's groups once it has loaded
        await waitUntil(() => finder!.shadowRoot!.querySelector('.groups li, ol li'), 'finder results', {
          timeout: 15000,
        });
        // the player's chapters arrive over the network
        await waitUntil(
          () => player!.shadowRoot!.textContent!.includes('Repair after a hard moment'),
          'chapters',
          {
            timeout: 15000,
          },
        );
        // open the help cards and panels, so their colours are checked too
        for (const el of [signs!, player!])
          for (const details of Array.from(el.shadowRoot!.querySelectorAll('details'))) details.open = true;
        await expect(page).to.be.accessible();
        expect(getComputedStyle(tips!).getPropertyValue('--hm-color-surface').trim()).to.equal(surface);
        // Radio faces, list arrows and scroll bars follow: light ones on a dark card stood out.
        const radio = signs!.shadowRoot!.querySelector('input[type="radio"]')!;
        expect(getComputedStyle(radio).colorScheme, 'native controls').to.equal(
          theme === 'dark' ? 'dark' : 'normal',
        );
      });
    });
  }
});

describe('per-element tokens', () => {
  for (const tag of ['hm-repair-tips', 'hm-secure-signs', 'hm-episode-player', 'hm-group-finder']) {
    it(`<${tag}>: --${tag}-background, -border-color and -accent win over the global tokens`, async () => {
      const name = tag.slice(3);
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<div
          style="--hm-color-surface:#ffffff;--hm-${name}-background:#fdf6e3;--hm-${name}-border-color:#333333;--hm-${name}-accent:#0b6e4f"
        >
          ${document.createElement(tag)}
        </div>`,
      );
      const element = el.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
      await element.updateComplete;
      const frame = getComputedStyle(element.shadowRoot!.querySelector('.frame')!);
      expect(frame.backgroundColor).to.equal('rgb(253, 246, 227)');
      expect(frame.borderInlineEndColor).to.equal('rgb(51, 51, 51)');
      expect(frame.borderBlockStartColor).to.equal('rgb(11, 110, 79)');
    });
  }
});
