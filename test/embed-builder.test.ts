import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/builder/hm-embed-builder.js';
import type { HmEmbedBuilder } from '../src/builder/embed-builder.js';
import { builderLocalization } from '../src/builder/builder-localization.js';
import { templates as welshTips } from '../src/i18n/catalogues/cy/repair-tips.js';
import { askFrame, framePage } from './frames.js';
import { fixtureUrl, shadow, shadowAll, shadowText } from './helpers.js';

// The embed builder (dist/cdn/builder.html) as a web editor uses it: by keyboard, in English,
// Welsh and Arabic; and its snippets pasted into a blank page on another origin, where the
// element must work. The builder reads the built files (custom-elements.json, embed.html, the
// drop-ins) from the fixture server, as it reads them beside itself in dist/cdn/.

const setLocale = builderLocalization();
const RECONNECT = 'Coming back together after a hard moment';

async function builder(): Promise<HmEmbedBuilder> {
  const el = await fixture<HmEmbedBuilder>(
    html`<hm-embed-builder cdn-base=${fixtureUrl('/cdn/')} style="max-width: 50em"></hm-embed-builder>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not appear', { timeout: 15000 });
  await waitUntil(() => el.shadowRoot!.querySelector('#code-script'), 'no snippet', { timeout: 5000 });
  return el;
}

const field = <T extends HTMLElement = HTMLInputElement>(el: HmEmbedBuilder, id: string) =>
  el.shadowRoot!.getElementById(id) as T;
const active = (el: HmEmbedBuilder) => el.shadowRoot!.activeElement;
const code = (el: HmEmbedBuilder, which: 'script' | 'iframe') =>
  field<HTMLTextAreaElement>(el, `code-${which}`).value;

async function choose(el: HmEmbedBuilder, id: string, value: string) {
  const select = field<HTMLSelectElement>(el, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

afterEach(async () => {
  await setLocale('en-GB');
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

describe('<hm-embed-builder>', () => {
  it('offers each element with options from the manifest, and starts with working snippets', async () => {
    const el = await builder();
    const choices = shadowAll<HTMLInputElement>(el, 'input[name="element"]').map((i) => i.value);
    expect(choices).to.deep.equal(['repair-tips', 'secure-signs', 'group-finder', 'episode-player']);
    // the repair tips' options, as native controls
    expect(shadowAll(el, 'input[data-option]').map((i) => i.dataset.option)).to.deep.equal([
      'repair',
      'grace',
      'breaks',
      'support',
      'bonding',
    ]);
    expect(field<HTMLSelectElement>(el, 'field-heading-level').localName).to.equal('select');
    expect(field(el, 'field-show-topics').type).to.equal('checkbox');
    expect(code(el, 'script')).to.equal(
      [
        `<script type="module" src="${fixtureUrl('/cdn/hm-repair-tips.js')}"></script>`,
        `<hm-repair-tips></hm-repair-tips>`,
      ].join('\n'),
    );
    expect(code(el, 'iframe')).to.include(
      `src="${fixtureUrl('/cdn/embed.html')}?element=repair-tips&amp;lang=en-GB"`,
    );
    expect(code(el, 'iframe')).to.include('title="Tips for hard moments with your baby"');
    await expect(el).to.be.accessible();
  });

  it('keyboard path: element, options, a mistake, the error summary, the fix, the copy', async () => {
    const el = await builder();
    // the element choice is one radio group: arrows move through it
    shadow(el, '#element-repair-tips').focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => field(el, 'element-secure-signs').checked, 'ArrowDown did not pick the checklist');
    await el.updateComplete;
    expect(field(el, 'field-replace-help'), 'the checklist has its own options').to.exist;
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => field(el, 'element-repair-tips').checked, 'ArrowUp did not pick the tips');
    await el.updateComplete;

    // a mistake in the content address, then Tab to the next field and type a tip id
    field(el, 'field-src').focus();
    await sendKeys({ type: 'tips.json' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.id).to.equal('field-tip');
    // (no doubled letters: WebKitWebDriver drops the second of a pair)
    await sendKeys({ type: 'safe-pause' });
    await sendKeys({ press: 'Enter' });

    // the summary takes focus and names the field and the problem
    await waitUntil(
      () => active(el)?.classList.contains('error-summary'),
      'the error summary did not take focus',
    );
    expect(shadowText(el, '.error-summary')).to.include(
      'There is a problem Your own content (address of a JSON file): Enter a full web address, starting with https://',
    );
    expect(field(el, 'field-src').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'field-src').getAttribute('aria-describedby')).to.include('error-src');
    expect(shadowText(el, '#error-src')).to.equal('Error: Enter a full web address, starting with https://');
    // the code still shows the last options without problems, and says so
    expect(code(el, 'script')).not.to.include('tips.json');
    expect(shadowText(el, 'section .message-error')).to.include('last options without problems');
    await expect(el).to.be.accessible();

    // its link takes the person to the field
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.localName).to.equal('a');
    await sendKeys({ press: 'Enter' });
    expect(active(el)?.id).to.equal('field-src');
    for (let i = 0; i < 'tips.json'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !el.shadowRoot!.querySelector('.error-summary'), 'the summary stayed');
    expect(code(el, 'script')).to.include('<hm-repair-tips tip="safe-pause"></hm-repair-tips>');
    expect(shadow<HTMLIFrameElement>(el, 'iframe.preview').src).to.include('tip=safe-pause');

    // the copy button says what happened in the polite live region
    shadow(el, '.code:last-of-type button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowText(el, '[role="status"]') !== '', 'nothing was announced');
    const status = shadowText(el, '[role="status"]');
    if (status === 'Copied the iframe version.') return;
    // Where the browser refuses to copy, the code is selected for the person to copy.
    expect(status).to.equal('Could not copy. The code is selected: copy it with your keyboard or menu.');
    const area = field<HTMLTextAreaElement>(el, 'code-iframe');
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
  });

  it('the script-tag version, pasted into a blank page, shows the chosen tip at the chosen heading level', async () => {
    const el = await builder();
    await choose(el, 'field-heading-level', '4');
    const tip = field(el, 'field-tip');
    tip.value = 'reconnect';
    tip.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const snippet = code(el, 'script');
    expect(snippet).to.include('<hm-repair-tips heading-level="4" tip="reconnect"></hm-repair-tips>');

    const page = await framePage(`/paste?html=${encodeURIComponent(snippet)}`, 'Pasted script-tag version');
    const report = await askFrame<{
      elements: { heading: string; headingLevel: number; where: string }[];
      errors: string[];
    }>(page, { heading: RECONNECT });
    expect(report.errors).to.deep.equal([]);
    expect(report.elements).to.have.length(1);
    expect(report.elements[0]).to.include({ heading: RECONNECT, headingLevel: 4, where: 'page' });
  });

  it('the iframe version, pasted into a blank page, shows the element in Welsh with the NHS-like theme, sized and titled', async () => {
    const el = await builder();
    await choose(el, 'field-.lang', 'cy');
    await choose(el, 'field-.theme', 'nhs');
    const tip = field(el, 'field-tip');
    tip.value = 'reconnect';
    tip.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const snippet = code(el, 'iframe');
    expect(snippet).to.include('embed.html?element=repair-tips&amp;lang=cy&amp;theme=nhs&amp;tip=reconnect');
    expect(snippet).to.include('embed-host.js');

    const welsh = welshTips['hm.repair-tips.tip.reconnect.title'];
    const page = await framePage(`/paste?html=${encodeURIComponent(snippet)}`, 'Pasted iframe version');
    const report = await askFrame<{
      elements: { heading: string; where: string }[];
      frames: { title: string; height: string }[];
      errors: string[];
    }>(page, { heading: welsh });
    expect(report.errors).to.deep.equal([]);
    expect(report.elements[0]).to.include({ heading: welsh, where: 'frame' });
    expect(report.frames[0]!.title).to.equal('Tips for hard moments with your baby');
    // embed-host.js sized the frame to the card (it starts at 40rem)
    expect(report.frames[0]!.height).to.match(/^\d+px$/);
  });

  it('the preview follows the language and theme, and an empty frame title is an error', async () => {
    const el = await builder();
    await choose(el, 'field-.lang', 'ar');
    await choose(el, 'field-.theme', 'dark');
    expect(shadow<HTMLIFrameElement>(el, 'iframe.preview').src).to.match(/lang=ar&theme=dark$/);
    const title = field(el, 'field-.title');
    title.value = ' ';
    title.dispatchEvent(new Event('change', { bubbles: true }));
    // an emptied address of the files is the editor's to fix (the form stays)
    const base = field(el, 'field-.base');
    base.value = '';
    base.dispatchEvent(new Event('change', { bubbles: true }));
    shadow<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'no error summary');
    expect(
      shadowAll(el, '.error-summary li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal([
      'Address of the files: Enter the full web address of your copy of the Held in Mind files, starting with https://',
      'Frame title: Enter a title for the frame: it tells screen reader users what the frame holds',
    ]);
    // the preview keeps its last good title
    expect(shadow<HTMLIFrameElement>(el, 'iframe.preview').title).to.equal(
      'Tips for hard moments with your baby',
    );
  });

  for (const locale of ['cy', 'ar']) {
    it(`is translated and accessible in ${locale}, in the error state too`, async () => {
      await setLocale(locale);
      const el = await builder();
      await el.updateComplete;
      const frame = shadow(el, '.frame');
      expect(frame.getAttribute('lang')).to.equal(locale);
      expect(frame.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(shadowText(el, 'h1')).not.to.equal('Put a Held in Mind element on your page');
      // without a choice, the element speaks the builder's language
      expect(code(el, 'iframe')).to.include(`lang=${locale}`);
      await expect(el).to.be.accessible();

      const src = field(el, 'field-src');
      src.value = 'javascript:alert(1)';
      src.dispatchEvent(new Event('change', { bubbles: true }));
      shadow<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'no error summary');
      expect(shadowText(el, '.error-summary h2')).not.to.equal('There is a problem');
      expect(code(el, 'script')).not.to.include('javascript:');
      await expect(el).to.be.accessible();
    });
  }
});
