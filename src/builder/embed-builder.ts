import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../core/localize.js';
import { LocaleController } from '../core/locale-controller.js';
import { activeMessageLocale, directionOf } from '../core/locale.js';
import { baseStyles, frameStyles } from '../core/styles.js';
import { copyText } from '../core/clipboard.js';
import { allLocales } from '../i18n/locale-codes.js';
import { ENDONYMS } from '../components/language-switch/endonyms.js';
import {
  COMMON_FIELDS,
  THEMES,
  checkOptions,
  elementsFromManifest,
  embedUrl,
  iframeSnippet,
  scriptSnippet,
  withSlash,
  type ElementSpec,
  type EmbedOptions,
  type FieldSpec,
  type FieldValues,
  type Problem,
} from './builder-model.js';
import {
  builderTitle,
  choiceLabel,
  defaultFrameTitle,
  elementName,
  fieldLabel,
  problemText,
  themeLabel,
} from './labels.js';
import { embedBuilderStyles } from './embed-builder.styles.js';

type Status = 'loading' | 'ready' | 'failed';

/**
 * The embed builder for web editors (internal: not part of the package). Pick an element, set
 * its options with native form controls made from the Custom Elements Manifest, see it live
 * through embed.html, and copy the script-tag or iframe snippet.
 *
 * @summary Makes the code that puts a Held in Mind element on a page.
 */
export class HmEmbedBuilder extends LitElement {
  static override styles = [baseStyles, frameStyles('embed-builder'), embedBuilderStyles];

  static override properties = {
    cdnBase: { attribute: 'cdn-base' },
    manifest: {},
    status_: { state: true },
    elements_: { state: true },
    name_: { state: true },
    values_: { state: true },
    lang_: { state: true },
    theme_: { state: true },
    title_: { state: true },
    base_: { state: true },
    problems_: { state: true },
    applied_: { state: true },
    copied_: { state: true },
  };

  /** Where dist/cdn/ is (default: the folder of this page). */
  cdnBase = '';
  /** Address of custom-elements.json (default: beside the files). */
  manifest = '';

  private status_: Status = 'loading';
  private elements_: ElementSpec[] = [];
  private name_ = '';
  private values_: FieldValues = {};
  /** null: the builder's own language (a Welsh web editor most likely wants Welsh). */
  private lang_: string | null = null;
  private theme_ = 'neutral';
  /** null: the suggested title for the element, in the builder's language. */
  private title_: string | null = null;
  private base_ = '';
  /** Shown after "Update" finds problems, until they are put right. */
  private problems_ = new Map<string, Problem>();
  /** The options the preview and the snippets show: the last ones without problems. */
  private applied_: { options: EmbedOptions; followLang: boolean; followTitle: boolean } | null = null;
  private copied_ = '';

  #controller = new AbortController();

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#controller = new AbortController();
    // The preview reports its height like embed-host.js does for a host page.
    window.addEventListener('message', (e) => this.#onFrameMessage(e), { signal: this.#controller.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // (not on an emptied "address of the files" field: that is the editor's to fix)
    if (!this.hasUpdated || changed.has('cdnBase') || changed.has('manifest')) {
      this.base_ = withSlash(this.cdnBase || new URL('.', document.baseURI).href);
      void this.#load(this.manifest || `${this.base_}custom-elements.json`);
    }
  }

  async #load(url: string) {
    this.status_ = 'loading';
    try {
      const response = await fetch(url, { signal: this.#controller.signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.elements_ = elementsFromManifest(await response.json());
      if (!this.elements_.length) throw new Error('no elements');
      this.status_ = 'ready';
      this.#pick(this.elements_[0]!.name);
    } catch (error) {
      console.warn('<hm-embed-builder>: could not read the manifest', error);
      this.status_ = 'failed';
    }
  }

  get #element(): ElementSpec | undefined {
    return this.elements_.find((e) => e.name === this.name_);
  }

  #options(): EmbedOptions | null {
    const element = this.#element;
    if (!element) return null;
    return {
      element,
      values: this.values_,
      lang: this.lang_ ?? activeMessageLocale(),
      theme: this.theme_,
      title: this.title_ ?? defaultFrameTitle(element.name),
      base: this.base_,
    };
  }

  /** What was applied, in the builder's current language where the editor chose none. */
  #resolved(applied: NonNullable<HmEmbedBuilder['applied_']>): EmbedOptions {
    const { options, followLang, followTitle } = applied;
    return {
      ...options,
      lang: followLang ? activeMessageLocale() : options.lang,
      title: followTitle ? defaultFrameTitle(options.element.name) : options.title,
    };
  }

  #pick(name: string) {
    this.name_ = name;
    this.values_ = {};
    this.title_ = null;
    this.problems_ = new Map();
    this.#apply(false);
  }

  /** Shows the options in the preview and snippets if they have no problems. */
  #apply(report: boolean) {
    const options = this.#options();
    if (!options) return;
    const problems = checkOptions(options);
    if (problems.size === 0) {
      this.problems_ = new Map();
      this.applied_ = { options, followLang: this.lang_ === null, followTitle: this.title_ === null };
      return;
    }
    // Problems appear on "Update" (as GOV.UK forms do) and then follow each change.
    if (report || this.problems_.size) this.problems_ = problems;
  }

  #onFrameMessage(event: MessageEvent) {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe');
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!frame || event.source !== frame.contentWindow || data?.type !== 'hm-embed:size') return;
    if (typeof data.height === 'number')
      frame.style.height = `${Math.min(Math.max(Math.round(data.height), 50), 5000)}px`;
  }

  #onChange(event: Event) {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const { field, option } = input.dataset;
    if (!field) return;
    if (field === 'element') this.#pick(input.value);
    else if (field === '.lang') this.lang_ = input.value;
    else if (field === '.theme') this.theme_ = input.value;
    else if (field === '.title') this.title_ = input.value;
    else if (field === '.base') this.base_ = input.value;
    else if (option !== undefined) {
      // A group of tick boxes makes one space-separated attribute.
      const chosen = new Set(
        String(this.values_[field] ?? '')
          .split(' ')
          .filter(Boolean),
      );
      if ((input as HTMLInputElement).checked) chosen.add(option);
      else chosen.delete(option);
      const order = this.#element?.fields.find((f) => f.name === field)?.options ?? [];
      this.values_ = { ...this.values_, [field]: order.filter((o) => chosen.has(o)).join(' ') };
    } else if (input instanceof HTMLInputElement && input.type === 'checkbox')
      this.values_ = { ...this.values_, [field]: input.checked };
    else this.values_ = { ...this.values_, [field]: input.value };
    if (field !== 'element') this.#apply(false);
  }

  async #onSubmit(event: Event) {
    event.preventDefault();
    this.#apply(true);
    if (this.problems_.size) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }

  #onSummaryClick(event: Event) {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    // Fragment links do not reach into a shadow root: move focus to the field by hand.
    event.preventDefault();
    const target = (this.renderRoot as ShadowRoot).getElementById(link.dataset.target ?? '');
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  async #copy(which: 'script' | 'iframe') {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${which}`);
    if (!area) return;
    const done = await copyText(area.value);
    if (!done) area.select();
    // The same words twice would not be announced again: clear first.
    this.copied_ = '';
    await this.updateComplete;
    this.copied_ = done
      ? which === 'script'
        ? msg('Copied the script-tag version.', {
            id: 'hm.builder.copied-script',
            desc: 'Status read out after the script-tag code was copied.',
          })
        : msg('Copied the iframe version.', {
            id: 'hm.builder.copied-iframe',
            desc: 'Status read out after the iframe code was copied.',
          })
      : msg('Could not copy. The code is selected: copy it with your keyboard or menu.', {
          id: 'hm.builder.copy-failed',
          desc: 'Status read out when the browser refused to copy; the code is selected instead.',
        });
  }

  override render() {
    const locale = activeMessageLocale();
    return html`<div class="frame" lang=${locale} dir=${directionOf(locale)}>
      <h1>${builderTitle()}</h1>
      <p class="intro">
        ${msg(
          'Choose an element and its options, check the preview, then copy the code into your page. Use the script-tag version where your website allows scripts, and the iframe version where it allows only iframes.',
          { id: 'hm.builder.intro', desc: 'Introduction at the top of the embed builder, for web editors.' },
        )}
      </p>
      ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    if (this.status_ === 'loading')
      return html`<p role="status">
        ${msg('Loading the list of elements…', {
          id: 'hm.builder.loading',
          desc: 'Shown while the builder reads which elements and options exist.',
        })}
      </p>`;
    if (this.status_ === 'failed')
      return html`<p class="message-error" role="alert">
        ${msg(
          'The list of elements (custom-elements.json) could not be loaded. Reload the page to try again.',
          {
            id: 'hm.builder.load-failed',
            desc: 'Error when the builder cannot read the file that lists elements and options; custom-elements.json is a file name.',
          },
        )}
      </p>`;
    const element = this.#element!;
    const options = this.#options()!;
    return html`
      ${this.problems_.size ? this.#renderSummary(element) : nothing}
      <form novalidate @change=${this.#onChange} @submit=${this.#onSubmit}>
        <fieldset>
          <legend>
            ${msg('Element', { id: 'hm.builder.element', desc: 'Legend of the choice of which element to embed.' })}
          </legend>
          ${this.elements_.map(
            (e) =>
              html`<div class="choice">
                <input
                  type="radio"
                  name="element"
                  id="element-${e.name}"
                  value=${e.name}
                  data-field="element"
                  .checked=${live(e.name === element.name)}
                />
                <label for="element-${e.name}">${elementName(e.name)}</label>
              </div>`,
          )}
        </fieldset>
        <fieldset>
          <legend>
            ${msg('Language and look', {
              id: 'hm.builder.look',
              desc: 'Legend of the language, theme and frame title fields.',
            })}
          </legend>
          ${this.#renderSelect(
            '.lang',
            msg('Language', {
              id: 'hm.builder.lang',
              desc: 'Label of the list of languages for the element.',
            }),
            allLocales as readonly string[],
            this.lang_ ?? activeMessageLocale(),
            (code) => ENDONYMS[code] ?? code,
            msg(
              'The iframe version uses this language; the script-tag version uses the language of the page.',
              {
                id: 'hm.builder.lang-hint',
                desc: 'Hint under the language list.',
              },
            ),
          )}
          ${this.#renderSelect(
            '.theme',
            msg('Theme', { id: 'hm.builder.theme', desc: 'Label of the list of colour themes.' }),
            THEMES,
            this.theme_,
            themeLabel,
          )}
          ${this.#renderText(
            '.title',
            msg('Frame title (for the iframe version)', {
              id: 'hm.builder.title',
              desc: 'Label of the field for the iframe’s title attribute.',
            }),
            options.title,
            'text',
            msg('Screen readers read it to say what the frame holds.', {
              id: 'hm.builder.title-hint',
              desc: 'Hint under the frame title field.',
            }),
          )}
          ${this.#renderText(
            '.base',
            msg('Address of your copy of the Held in Mind files', {
              id: 'hm.builder.base',
              desc: 'Label of the field for where the organisation keeps the files (the dist/cdn folder).',
            }),
            this.base_,
            'url',
            msg('The folder with held-in-mind.js and embed.html on your website.', {
              id: 'hm.builder.base-hint',
              desc: 'Hint under the files address field; the file names are code.',
            }),
          )}
        </fieldset>
        <fieldset>
          <legend>
            ${msg('Options', { id: 'hm.builder.options', desc: 'Legend of the chosen element’s options.' })}
          </legend>
          ${element.fields.filter((f) => COMMON_FIELDS.has(f.name)).map((f) => this.#renderField(f, element))}
          ${this.#renderMore(element)}
        </fieldset>
        <button class="button primary" type="submit">
          ${msg('Update the preview and code', {
            id: 'hm.builder.update',
            desc: 'Button that checks the options and shows them in the preview and code.',
          })}
        </button>
      </form>
      ${this.applied_ ? this.#renderPreview(this.#resolved(this.applied_)) : nothing}
    `;
  }

  #renderMore(element: ElementSpec) {
    const more = element.fields.filter((f) => !COMMON_FIELDS.has(f.name));
    if (!more.length) return nothing;
    // Open when one of them has a problem, so the summary's link reaches it.
    return html`<details ?open=${more.some((f) => this.problems_.has(f.name))}>
      <summary>
        ${msg('More options (described in English)', {
          id: 'hm.builder.more',
          desc: 'Expandable section with the rarer options, which keep their code names and English descriptions.',
        })}
      </summary>
      <div class="more">${more.map((f) => this.#renderField(f, element))}</div>
    </details>`;
  }

  #renderSummary(element: ElementSpec) {
    const labelOf = (name: string) => {
      if (name === 'title')
        return msg('Frame title', {
          id: 'hm.builder.title-short',
          desc: 'Short name of the frame title field, in the list of problems.',
        });
      if (name === 'base')
        return msg('Address of the files', {
          id: 'hm.builder.base-short',
          desc: 'Short name of the files address field, in the list of problems.',
        });
      const field = element.fields.find((f) => f.name === name);
      return field ? fieldLabel(field, element.name) : name;
    };
    const idOf = (name: string) => (name === 'title' || name === 'base' ? `field-.${name}` : `field-${name}`);
    return html`<div class="error-summary" tabindex="-1">
      <div role="alert">
        <h2 id="error-summary-title">
          ${msg('There is a problem', { id: 'hm.builder.error-summary', desc: 'Title of the list of problems with the options.' })}
        </h2>
        <ul>
          ${[...this.problems_].map(
            ([name, problem]) =>
              html`<li>
                <a href="#${idOf(name)}" data-target=${idOf(name)} @click=${this.#onSummaryClick}
                  >${labelOf(name)}: ${problemText(problem)}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  #renderError(key: string) {
    const problem = this.problems_.get(key.replace(/^\./, ''));
    if (!problem) return nothing;
    return html`<p class="error-message" id="error-${key}">
      <span class="visually-hidden"
        >${msg('Error:', { id: 'hm.builder.error-prefix', desc: 'Read before an error message by screen readers.' })}</span
      >
      ${problemText(problem)}
    </p>`;
  }

  #describedBy(key: string, hint: boolean): string | typeof nothing {
    const ids = [hint ? `hint-${key}` : '', this.problems_.has(key.replace(/^\./, '')) ? `error-${key}` : ''];
    const text = ids.filter(Boolean).join(' ');
    return text || nothing;
  }

  #renderText(
    key: string,
    label: string,
    value: string,
    type: 'text' | 'url' | 'email',
    hint = '',
    englishHint = false,
  ) {
    const invalid = this.problems_.has(key.replace(/^\./, ''));
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for="field-${key}">${label}</label>
      ${this.#renderHint(key, hint, englishHint)} ${this.#renderError(key)}
      <input
        id="field-${key}"
        type=${type}
        data-field=${key}
        .value=${live(value)}
        dir=${type === 'text' ? 'auto' : 'ltr'}
        spellcheck="false"
        aria-describedby=${this.#describedBy(key, Boolean(hint))}
        aria-invalid=${invalid ? 'true' : 'false'}
      />
    </div>`;
  }

  /** The hint under a label; hints taken from the manifest are English, and say so. */
  #renderHint(key: string, hint: string, english: boolean) {
    return hint
      ? html`<p
          class="hint"
          id="hint-${key}"
          lang=${ifDefined(english ? 'en-GB' : undefined)}
          dir=${ifDefined(english ? 'ltr' : undefined)}
        >
          ${hint}
        </p>`
      : nothing;
  }

  #renderSelect(
    key: string,
    label: string,
    choices: readonly string[],
    value: string,
    labelOf: (choice: string) => string,
    hint = '',
    englishHint = false,
  ) {
    return html`<div class="field">
      <label for="field-${key}">${label}</label>
      ${this.#renderHint(key, hint, englishHint)}
      <select id="field-${key}" data-field=${key} aria-describedby=${this.#describedBy(key, Boolean(hint))}>
        ${choices.map((c) => html`<option value=${c} ?selected=${c === value}>${labelOf(c)}</option>`)}
      </select>
    </div>`;
  }

  #renderField(field: FieldSpec, element: ElementSpec) {
    const label = fieldLabel(field, element.name);
    // The manifest's description is English; marked so, for screen readers' pronunciation.
    const hint = field.description;
    const value = this.values_[field.name];
    switch (field.kind) {
      case 'boolean':
        return html`<div class="field choice">
          <input
            type="checkbox"
            id="field-${field.name}"
            data-field=${field.name}
            .checked=${live(value === true)}
            aria-describedby=${hint ? `hint-${field.name}` : nothing}
          />
          <label for="field-${field.name}">${label}</label>
          ${this.#renderHint(field.name, hint, true)}
        </div>`;
      case 'select':
        return this.#renderSelect(
          field.name,
          label,
          field.options ?? [],
          typeof value === 'string' ? value : '',
          (choice) => choiceLabel(field.name, choice),
          hint,
          true,
        );
      case 'multi': {
        const chosen = new Set(String(value ?? '').split(' '));
        return html`<fieldset class="field" aria-describedby=${hint ? `hint-${field.name}` : nothing}>
          <legend>${label}</legend>
          ${this.#renderHint(field.name, hint, true)}
          ${(field.options ?? []).map(
            (o) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id="field-${field.name}-${o}"
                  data-field=${field.name}
                  data-option=${o}
                  .checked=${live(chosen.has(o))}
                />
                <label for="field-${field.name}-${o}">${choiceLabel(field.name, o)}</label>
              </div>`,
          )}
        </fieldset>`;
      }
      default: {
        const type = field.kind === 'url' || field.kind === 'email' ? field.kind : 'text';
        return this.#renderText(field.name, label, typeof value === 'string' ? value : '', type, hint, true);
      }
    }
  }

  #renderPreview(applied: EmbedOptions) {
    return html`<section aria-labelledby="preview-title">
        <h2 id="preview-title">
          ${msg('Preview', { id: 'hm.builder.preview', desc: 'Heading of the live preview of the element.' })}
        </h2>
        <iframe class="preview" src=${embedUrl(applied)} title=${applied.title.trim()}></iframe>
      </section>
      <section aria-labelledby="code-title">
        <h2 id="code-title">
          ${msg('Code to copy', { id: 'hm.builder.code', desc: 'Heading of the two snippets of code to paste into a page.' })}
        </h2>
        ${
          this.problems_.size
            ? html`<p class="message-error">
                ${msg(
                  'The code below is for the last options without problems. Put the problems right to update it.',
                  {
                    id: 'hm.builder.code-stale',
                    desc: 'Shown above the code while the form has problems.',
                  },
                )}
              </p>`
            : nothing
        }
        <div class="code">
          <label for="code-script">
            ${msg('Script-tag version (for pages that allow scripts)', {
              id: 'hm.builder.code-script',
              desc: 'Label of the box with the code that uses a script tag.',
            })}
          </label>
          <textarea
            id="code-script"
            readonly
            rows="5"
            dir="ltr"
            spellcheck="false"
            .value=${scriptSnippet(applied)}
          ></textarea>
          <button class="button" type="button" @click=${() => this.#copy('script')}>
            ${msg('Copy the script-tag version', { id: 'hm.builder.copy-script', desc: 'Button that copies the script-tag code.' })}
          </button>
        </div>
        <div class="code">
          <label for="code-iframe">
            ${msg('Iframe version (for pages that allow only iframes)', {
              id: 'hm.builder.code-iframe',
              desc: 'Label of the box with the code that uses an iframe.',
            })}
          </label>
          <textarea
            id="code-iframe"
            readonly
            rows="8"
            dir="ltr"
            spellcheck="false"
            .value=${iframeSnippet(applied)}
          ></textarea>
          <button class="button" type="button" @click=${() => this.#copy('iframe')}>
            ${msg('Copy the iframe version', { id: 'hm.builder.copy-iframe', desc: 'Button that copies the iframe code.' })}
          </button>
        </div>
        <p class="status" role="status">${this.copied_}</p>
      </section>`;
  }
}
