import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../../core/localize.js';
import { baseStyles, frameStyles } from '../../core/styles.js';
import { secureSignsStyles } from './secure-signs.styles.js';
import { clampHeadingLevel, heading } from '../../core/heading.js';
import { LocaleController } from '../../core/locale-controller.js';
import { lazy } from '../../core/lazy.js';
import { activeMessageLocale, directionOf, formattingLocale } from '../../core/locale.js';
import { formatNumber } from '../../core/format.js';
import { reviewedLine } from '../../core/reviewed.js';
import { toHeldInMindError, type HeldInMindError } from '../../core/errors.js';
import { safeStorage, type SafeStorage } from '../../core/storage.js';
import { copyText } from '../../core/clipboard.js';
import { AGE_BANDS, bandForMonths, parseAge, type AgeBand } from '../../data/age-bands.js';
import {
  ANSWERS,
  SIGNS_STORAGE_KEY,
  correctedAgeMonths,
  parseSavedChildren,
  serialiseChildren,
  summarise,
  type Answer,
  type SignsSummary,
  type SavedChild,
  type SignItem,
} from '../../data/secure-signs.js';
import { SIGNS_CONTENT_REVIEWED, SIGNS_SOURCES, builtInSigns } from './content.js';
import { bandLabel, supportSigns, whereToGetHelp } from './labels.js';
import { defaultHelp, isNation, mergeHelp, type HelpCard } from './help.js';
import { summaryText } from './summary-text.js';
import { SecureSignsChangeEvent, SecureSignsCompleteEvent } from './secure-signs.events.js';

type HostModule = typeof import('./host-content.js');
// Host content is optional, so its code (validation, fetching, error text) loads only when used.
const hostContent = lazy(() => import('./host-content.js'));

const warn = (what: string, detail: unknown) => console.warn(`<hm-secure-signs>: ${what}`, detail);

/** One child's answers in memory; the band is null until the person picks one. */
type ChildState = Omit<SavedChild, 'band'> & { band: AgeBand | null };
const newChild = (): ChildState => ({ band: null, answers: {}, worried: false });

/**
 * A reflective checklist of the everyday signs of a secure bond between a baby or young child
 * and the adults who care for them, by age band: "often", "sometimes" or "not yet / not sure" for
 * each sign, ideas to try, a gentle summary and where to get help. Not a test: no score.
 *
 * @summary Everyday signs of a secure bond, by age, with ideas and where to get help.
 *
 * @slot - Optional checklist items written as HTML (`<ul data-band="0-3m"><li data-item="id">…`),
 *   readable before the element upgrades; read as text afterwards.
 * @slot help - Extra "where to get help" content from the host (local services, numbers).
 * @slot links - Onward links shown with the summary (for example to a group finder page).
 *
 * @csspart card - The card around the checklist.
 * @csspart heading - The checklist's title.
 * @csspart item - One sign with its answers.
 * @csspart help - The "where to get help" cards.
 * @csspart summary - The summary.
 * @csspart error - A message about host content that could not be used.
 *
 * @cssprop --hm-secure-signs-background - Card background (falls back to --hm-color-surface).
 * @cssprop --hm-secure-signs-border-color - Card border (falls back to --hm-color-border).
 * @cssprop --hm-secure-signs-accent - Accent colour (falls back to --hm-color-accent).
 * @cssprop --hm-color-urgent - Edge of the urgent help card.
 * @cssprop --hm-color-emergency - Edge of the emergency help card (falls back to --hm-color-error).
 *
 * @fires {SecureSignsChangeEvent} hm-secure-signs-change - The person answered a sign.
 * @fires {SecureSignsCompleteEvent} hm-secure-signs-complete - The person answered every sign for the age band.
 */
export class HmSecureSigns extends LitElement {
  static override styles = [baseStyles, frameStyles('secure-signs'), secureSignsStyles];

  // Declared without decorators: smaller output, and no decorator settings for tools to get wrong.
  // Internal state ends in `_`: the drop-in build shortens those names (esbuild mangleProps).
  static override properties = {
    age: {},
    nation: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    src: {},
    content: { attribute: false },
    replaceBuiltIn: { type: Boolean, attribute: 'replace-built-in' },
    help: { attribute: false },
    replaceHelp: { type: Boolean, attribute: 'replace-help' },
    children_: { state: true },
    childIndex_: { state: true },
    view_: { state: true },
    hostBands_: { state: true },
    hostHelp_: { state: true },
    saved_: { state: true },
    note_: { state: true },
    announcement_: { state: true },
    months_: { state: true },
    weeksEarly_: { state: true },
    copyFallback_: { state: true },
    loading_: { state: true },
    pending_: { state: true },
  };

  /** Fix the age band: pregnancy, 0-3m, 3-6m, 6-12m, 12-24m, 2-5y, or an age in months ("8"). Hides the age picker. */
  age = '';

  /** Which nation's services "where to get help" names: england, wales, scotland or northern-ireland (default: general UK wording). */
  nation = '';

  /** The heading level of the checklist's title (2–6), to fit the page's outline. */
  headingLevel = 2;

  /** URL of a JSON file of checklist items and/or help cards: `{ bands, help }` (schemas/secure-signs.schema.json). */
  src = '';

  /** Checklist items as data, validated like `src`: `{ bands: { "0-3m": [ { id, sign, why, ideas } ] } }`. */
  content: unknown = undefined;

  /** Use only the host's items for the bands it supplies, instead of adding them to the built-in ones. */
  replaceBuiltIn = false;

  /** Host help cards: `[{ level: "talk" | "urgent" | "emergency", title, text, contacts: [{ label, phone | url }] }]`. */
  help: unknown = undefined;

  /** Use only the host's help cards instead of adding them to the defaults. */
  replaceHelp = false;

  /** Where saved answers go; replaceable in tests. Nothing is written until the person saves. */
  storage: SafeStorage = safeStorage;

  private children_: ChildState[] = [newChild()];
  private childIndex_ = 0;
  private view_: 'checklist' | 'summary' = 'checklist';
  private hostBands_: Partial<Record<AgeBand, SignItem[]>> = {};
  private hostHelp_: HelpCard[] = [];
  private saved_ = false;
  private note_ = '';
  private announcement_ = '';
  private months_ = '';
  private weeksEarly_ = '';
  private copyFallback_ = '';
  private loading_ = false;
  private pending_ = 0;
  #srcError: HeldInMindError | null = null;
  #contentError: HeldInMindError | null = null;
  #lightRead = false;
  #loadController: AbortController | null = null;
  #loadedSrc: string | null = null;
  #focusAfterRender: string | null = null;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The last problem with host content (`src`, `content`, `help` or light DOM), or null. */
  get error(): HeldInMindError | null {
    return this.#srcError ?? this.#contentError;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reading is not storing: answers saved earlier by the person's own choice come back.
    const saved = parseSavedChildren(this.storage.get(SIGNS_STORAGE_KEY));
    if (saved.length && !this.saved_) {
      this.children_ = saved;
      this.childIndex_ = 0;
      this.saved_ = true;
      this.note_ = msg('Your saved answers are back.', {
        id: 'hm.secure-signs.saved.restored',
        desc: 'Shown when answers saved on this device earlier are shown again.',
      });
    }
    if (!this.#lightRead && this.querySelector('[data-band]')) {
      this.#lightRead = true;
      void this.#withHost(async (m) => this.#addHostBands(m, m.readLightDomSigns(this), 'light'));
    }
    if (this.src && this.#loadedSrc !== this.src) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loading_) {
      this.#loadController?.abort();
      this.#loadedSrc = null;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') && this.content != null) {
      const input = this.content;
      void this.#withHost(async (m) => {
        if (this.content === input) this.#addHostBands(m, input, 'content');
      });
    }
    if (changed.has('help')) {
      const input = this.help;
      if (input == null) this.hostHelp_ = [];
      else
        void this.#withHost(async (m) => {
          if (this.help !== input) return;
          try {
            const { cards, problems } = m.validateHostHelp(input);
            if (problems.length) warn('skipped some help cards', problems);
            this.hostHelp_ = cards.map((c) => ({ ...c, origin: 'host' }));
          } catch (error) {
            this.#contentError = toHeldInMindError(error, 'invalid');
            warn('could not use the help cards', this.#contentError.problems);
            this.hostHelp_ = [];
          }
        });
    }
    if (changed.has('src') && this.isConnected && this.#loadedSrc !== this.src) void this.#load();
  }

  protected override updated(): void {
    if (this.#focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      // Headings take focus only from code (tabindex -1), so keyboard and screen-reader users land
      // on the new content without adding a stop to the tab order.
      if (target && !target.matches('input, button, textarea, select')) target.tabIndex = -1;
      target?.focus();
      this.#focusAfterRender = null;
    }
  }

  // ---- host content ----

  /** Host-content work, counted so that overlapping jobs keep the card marked busy until all end. */
  async #withHost(work: (m: HostModule) => Promise<void>): Promise<void> {
    this.pending_++;
    try {
      await work(await hostContent.load());
    } catch (error) {
      this.#contentError = toHeldInMindError(error, 'network');
    } finally {
      this.pending_--;
    }
  }

  #addHostBands(m: HostModule, input: unknown, origin: string): void {
    try {
      const { bands, problems } = m.validateHostSigns(input);
      if (problems.length) warn(`skipped some ${origin} items`, problems);
      this.hostBands_ = { ...this.hostBands_, ...bands };
      if (origin === 'content') this.#contentError = null;
    } catch (error) {
      this.#contentError = toHeldInMindError(error, 'invalid');
      warn(`could not use the ${origin} items`, this.#contentError.problems);
      this.requestUpdate();
    }
  }

  async #load(): Promise<void> {
    this.#loadController?.abort();
    const src = this.src;
    this.#loadedSrc = src;
    this.#srcError = null;
    if (!src) return;
    const controller = (this.#loadController = new AbortController());
    this.loading_ = true;
    try {
      const m = await hostContent.load();
      const { bands, help, problems } = await m.fetchHostFile(src, controller.signal);
      if (controller.signal.aborted) return;
      if (problems.length) warn(`skipped some content in ${src}`, problems);
      this.hostBands_ = { ...this.hostBands_, ...bands };
      if (help.length)
        this.hostHelp_ = [...this.hostHelp_, ...help.map((c) => ({ ...c, origin: 'host' as const }))];
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#srcError = toHeldInMindError(error, 'network');
      warn(`could not use ${src}`, error);
    } finally {
      if (!controller.signal.aborted) this.loading_ = false;
    }
  }

  // ---- derived state ----

  get #child(): ChildState {
    return this.children_[this.childIndex_] ?? this.children_[0]!;
  }

  /** The band in use: fixed by the `age` attribute, else the one the person chose. */
  get #band(): AgeBand | null {
    return parseAge(this.age) ?? this.#child.band;
  }

  #items(band: AgeBand): SignItem[] {
    const host = this.hostBands_[band] ?? [];
    if (this.replaceBuiltIn && host.length) return host;
    const hostIds = new Set(host.map((i) => i.id));
    return [...builtInSigns(band).filter((i) => !hostIds.has(i.id)), ...host];
  }

  #summary(band: AgeBand, items = this.#items(band)): SignsSummary {
    return summarise(items, this.#child.answers, this.#child.worried);
  }

  #helpCards(): HelpCard[] {
    return mergeHelp(
      defaultHelp(isNation(this.nation) ? this.nation : null),
      this.hostHelp_,
      this.replaceHelp,
    );
  }

  // ---- changes made by the person ----

  #updateChild(patch: Partial<ChildState>): void {
    this.children_ = this.children_.map((c, i) => (i === this.childIndex_ ? { ...c, ...patch } : c));
    if (this.saved_) this.#persist(false);
  }

  #chooseBand(band: AgeBand): void {
    this.#updateChild({ band });
    this.view_ = 'checklist';
    this.announcement_ = this.#progressText(this.#summary(band));
  }

  #handleBand = (event: Event) => {
    const value = (event.target as HTMLInputElement).value as AgeBand;
    this.#chooseBand(value);
  };

  #handleAnswer = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const band = this.#band;
    if (!band) return;
    const itemId = input.name;
    const answer = input.value as Answer;
    const items = this.#items(band);
    const before = summarise(items, this.#child.answers, this.#child.worried);
    this.#updateChild({ answers: { ...this.#child.answers, [itemId]: answer } });
    const after = summarise(items, this.#child.answers, this.#child.worried);
    this.announcement_ = this.#progressText(after);
    this.dispatchEvent(new SecureSignsChangeEvent({ band, itemId, answer }));
    if (after.complete && !before.complete) {
      this.dispatchEvent(new SecureSignsCompleteEvent({ band, total: after.total }));
    }
  };

  #handleWorried = (event: Event) => {
    this.#updateChild({ worried: (event.target as HTMLInputElement).checked });
  };

  #handleMonths = (event: Event) => {
    this.months_ = (event.target as HTMLInputElement).value;
  };

  #handleWeeks = (event: Event) => {
    this.weeksEarly_ = (event.target as HTMLInputElement).value;
  };

  #handleUseAge = () => {
    const months = correctedAgeMonths(Number(this.months_), Number(this.weeksEarly_ || 0));
    const band = months === null ? null : bandForMonths(months);
    if (!band) {
      this.note_ = msg('Please enter an age from 0 to 71 months.', {
        id: 'hm.secure-signs.age.invalid',
        desc: 'Shown when the age typed in months cannot be used.',
      });
      this.#focusAfterRender = '#months';
      return;
    }
    this.note_ = '';
    this.#chooseBand(band);
    this.#focusAfterRender = '#band-heading';
  };

  #handleSummary = () => {
    this.view_ = 'summary';
    this.#focusAfterRender = '#summary-heading';
  };

  #handleBack = () => {
    this.view_ = 'checklist';
    this.#focusAfterRender = '#band-heading';
  };

  #handleChild = (event: Event) => {
    const index = Number((event.currentTarget as HTMLButtonElement).dataset.index);
    this.childIndex_ = index;
    this.view_ = 'checklist';
    this.announcement_ = this.#childLabel(index);
  };

  #handleAddChild = () => {
    this.children_ = [...this.children_, newChild()];
    this.childIndex_ = this.children_.length - 1;
    this.view_ = 'checklist';
    this.announcement_ = this.#childLabel(this.childIndex_);
    if (this.saved_) this.#persist(false);
    this.#focusAfterRender = '.bands input';
  };

  #handleSave = () => this.#persist(true);

  #handleClear = () => {
    this.storage.remove(SIGNS_STORAGE_KEY);
    this.saved_ = false;
    this.note_ = msg(
      'Saved answers cleared from this device. Your answers are still on screen until you leave the page.',
      { id: 'hm.secure-signs.saved.cleared', desc: 'Shown after the person clears saved answers.' },
    );
    this.announcement_ = this.note_;
  };

  #persist(announce: boolean): void {
    const ok = this.storage.set(
      SIGNS_STORAGE_KEY,
      serialiseChildren(this.children_.filter((c): c is SavedChild => c.band !== null)),
    );
    if (ok) {
      this.saved_ = true;
      if (announce) {
        this.note_ = msg(
          'Saved on this device. Only this browser can see your answers, and you can clear them at any time.',
          { id: 'hm.secure-signs.saved.done', desc: 'Shown after the person saves answers on their device.' },
        );
        this.announcement_ = this.note_;
      }
    } else {
      this.saved_ = false;
      this.note_ = msg(
        'Your answers could not be saved on this device: the browser has storage turned off or full. They are still here on screen.',
        { id: 'hm.secure-signs.saved.failed', desc: 'Shown when saving fails.' },
      );
      this.announcement_ = this.note_;
    }
  }

  #handleCopy = async () => {
    const band = this.#band;
    if (!band) return;
    const text = summaryText(band, this.#items(band), this.#child, this.#helpCards(), formattingLocale(this));
    if (await copyText(text)) {
      this.copyFallback_ = '';
      this.announcement_ = msg('Summary copied.', {
        id: 'hm.secure-signs.copy.done',
        desc: 'Announced after the summary was copied as text.',
      });
    } else {
      this.copyFallback_ = text;
      this.#focusAfterRender = '.copy-fallback textarea';
    }
  };

  #handlePrint = () => window.print();

  // ---- text helpers ----

  /** "4 of 6 answered", from a summary the caller already has. */
  #progressText({ answered: count, total: of }: Pick<SignsSummary, 'answered' | 'total'>): string {
    const locale = formattingLocale(this);
    const answered = formatNumber(count, locale);
    const total = formatNumber(of, locale);
    return msg(str`${answered} of ${total} answered`, {
      id: 'hm.secure-signs.progress',
      desc: 'How many signs have an answer, e.g. “4 of 6 answered”.',
    });
  }

  #childLabel(index: number): string {
    const n = formatNumber(index + 1, formattingLocale(this));
    return msg(str`Child ${n}`, {
      id: 'hm.secure-signs.child',
      desc: 'Label for one of several children, numbered, never named.',
    });
  }

  // ---- rendering ----

  protected override render() {
    const locale = activeMessageLocale();
    const band = this.#band;
    const level = clampHeadingLevel(this.headingLevel);
    const error = this.error;
    return html`
      <section
        class="card frame"
        part="card"
        lang=${locale}
        dir=${directionOf(locale)}
        aria-busy=${this.loading_ || this.pending_ > 0 ? 'true' : 'false'}
      >
        ${heading(level, msg('Signs of a secure bond', { id: 'hm.secure-signs.title', desc: 'Title of the checklist.' }), 'title')}
        <p>
          ${msg('Babies and young children feel safe when the adults who care for them respond to them most of the time. Notice what is already going well, and find ideas to try.', { id: 'hm.secure-signs.intro', desc: 'Introduction under the title.' })}
        </p>
        <p class="not-a-test">
          ${msg('This is a reflection aid, not a test or a diagnosis. There is no score. If you are worried, you can talk to someone at any time.', { id: 'hm.secure-signs.not-a-test', desc: 'Always visible: the checklist is not diagnostic.' })}
        </p>
        ${error ? this.#renderError(error) : nothing}
        ${this.children_.length > 1 ? this.#renderChildren() : nothing}
        ${parseAge(this.age) ? nothing : this.#renderBands(band)}
        ${this.note_ ? html`<p class="status-note">${this.note_}</p>` : nothing}
        ${band ? (this.view_ === 'summary' ? this.#renderSummary(band, level) : this.#renderChecklist(band, level)) : nothing}
        ${this.view_ === 'summary' && band ? nothing : this.#renderHelpDetails()} ${this.#renderSources()}
        <div role="status" class="visually-hidden">${this.announcement_}</div>
      </section>
    `;
  }

  #renderError(error: HeldInMindError) {
    return html`<p class="message-error" part="error">
      ${msg('Some checklist content from this website could not be shown, so the built-in checklist is shown instead.', { id: 'hm.secure-signs.error', desc: 'Shown when the page’s own checklist content could not be loaded or read. Followed by the reason.' })}
      ${hostContent.current?.errorMessage(error)}
    </p>`;
  }

  #renderChildren() {
    return html`<div
      class="children"
      role="group"
      aria-label=${msg('Which child', { id: 'hm.secure-signs.children.label', desc: 'Accessible name of the group of child buttons.' })}
    >
      ${this.children_.map(
        (_, i) =>
          html`<button
            type="button"
            class="button"
            data-index=${i}
            aria-pressed=${i === this.childIndex_ ? 'true' : 'false'}
            @click=${this.#handleChild}
          >
            ${this.#childLabel(i)}
          </button>`,
      )}
    </div>`;
  }

  #renderBands(band: AgeBand | null) {
    return html`
      <fieldset class="bands">
        <legend>
          ${msg('How old is your child?', { id: 'hm.secure-signs.bands.legend', desc: 'Question above the age band choices.' })}
        </legend>
        <div class="choices">
          ${AGE_BANDS.map(
            (b) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="band"
                  .value=${b}
                  .checked=${band === b}
                  @change=${this.#handleBand}
                />
                ${bandLabel(b)}
              </label>`,
          )}
        </div>
        <details class="age-calc-details">
          <summary>
            ${msg('Work it out from their age, or if they were born early', { id: 'hm.secure-signs.age.summary', desc: 'Expandable section to choose the band from an age in months.' })}
          </summary>
          <div class="age-calc">
            <label for="months"
              >${msg('Age in months', { id: 'hm.secure-signs.age.months', desc: 'Label of the number field for the child’s age.' })}
              <input
                id="months"
                type="number"
                inputmode="numeric"
                min="0"
                max="71"
                .value=${this.months_}
                @input=${this.#handleMonths}
            /></label>
            <label for="weeks"
              >${msg('Weeks born early (if born before 37 weeks)', { id: 'hm.secure-signs.age.weeks', desc: 'Label of the number field for how many weeks early the baby was born; used to correct the age.' })}
              <input
                id="weeks"
                type="number"
                inputmode="numeric"
                min="0"
                max="20"
                .value=${this.weeksEarly_}
                @input=${this.#handleWeeks}
            /></label>
            <div>
              <button type="button" class="button" @click=${this.#handleUseAge}>
                ${msg('Use this age', { id: 'hm.secure-signs.age.use', desc: 'Button that picks the age band from the numbers typed.' })}
              </button>
            </div>
          </div>
        </details>
      </fieldset>
    `;
  }

  #renderChecklist(band: AgeBand, level: number) {
    const items = this.#items(band);
    const child = this.#child;
    const sub = level + 1;
    return html`
      <div class="checklist">
        ${heading(sub, bandLabel(band, true), 'band-heading')}
        <p class="progress" aria-hidden="true">${this.#progressText(this.#summary(band, items))}</p>
        <ol class="items">
          ${items.map((item) => this.#renderItem(item, child.answers[item.id]))}
        </ol>
        ${this.#renderSupport()}
        <label class="worried">
          <input type="checkbox" .checked=${child.worried} @change=${this.#handleWorried} />
          <span
            >${msg('I’m worried about my child, or about how I’m feeling', { id: 'hm.secure-signs.worried', desc: 'Checkbox. When ticked, the summary puts “where to get help” first.' })}</span
          >
        </label>
        <div class="actions">
          <button type="button" class="button primary" @click=${this.#handleSummary}>
            ${msg('See my summary', { id: 'hm.secure-signs.summary.open', desc: 'Button that shows the summary.' })}
          </button>
        </div>
      </div>
    `;
  }

  #renderItem(item: SignItem, answer: Answer | undefined) {
    return html`<li class="item" part="item" lang=${item.lang ?? activeMessageLocale()}>
      <fieldset>
        <legend>${item.sign}</legend>
        <div class="choices">
          ${ANSWERS.map(
            (a) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name=${item.id}
                  .value=${a}
                  .checked=${answer === a}
                  @change=${this.#handleAnswer}
                />
                ${answerLabel(a)}
              </label>`,
          )}
        </div>
      </fieldset>
      ${
        item.why
          ? html`<details>
              <summary>
                ${msg('Why this matters', { id: 'hm.secure-signs.why', desc: 'Expandable section under a sign.' })}
              </summary>
              <p>${item.why}</p>
            </details>`
          : nothing
      }
      ${
        item.ideas
          ? html`<details>
              <summary>
                ${msg('Ideas to try', { id: 'hm.secure-signs.ideas', desc: 'Expandable section under a sign.' })}
              </summary>
              <p>${item.ideas}</p>
            </details>`
          : nothing
      }
    </li>`;
  }

  #renderSupport() {
    return html`<details class="support">
      <summary>
        ${msg('Things that might mean you’d like some support', { id: 'hm.secure-signs.support.summary', desc: 'Expandable, gentle section about signs that a child may be unsure their needs will be met.' })}
      </summary>
      <ul>
        ${supportSigns().map((s) => html`<li>${s}</li>`)}
      </ul>
      <p>
        ${msg('These do not mean you do not love your child, and they are not a verdict. They can mean your child is not yet sure their needs will be met, and support helps many families with this.', { id: 'hm.secure-signs.support.reassure', desc: 'Reassurance under the support signs.' })}
      </p>
      ${this.#renderHelp()}
    </details>`;
  }

  #renderHelpDetails() {
    return html`<details class="help-details" ?open=${this.#child.worried}>
      <summary>${whereToGetHelp()}</summary>
      ${this.#renderHelp()}
    </details>`;
  }

  #renderHelp() {
    return html`<div class="help" part="help">
      ${this.#helpCards().map(
        (card) =>
          html`<div class="help-card ${card.level}">
            <strong>${card.title || helpTitle(card.level)}</strong>
            <p>${card.text}</p>
            ${card.contacts.map((c) => (c.href ? html`<p><a href=${c.href}>${c.label}</a></p>` : html`<p>${c.label}</p>`))}
          </div>`,
      )}
      <slot name="help"></slot>
    </div>`;
  }

  #renderSummary(band: AgeBand, level: number) {
    const s = this.#summary(band);
    const sub = level + 1;
    const helpBlock = html`<section aria-labelledby="help-heading">
      ${heading(sub + 1, whereToGetHelp(), 'help-heading')} ${this.#renderHelp()}
    </section>`;
    return html`
      <section class="summary" part="summary" aria-labelledby="summary-heading">
        ${heading(sub, msg('Your summary', { id: 'hm.secure-signs.summary.title', desc: 'Heading of the summary.' }), 'summary-heading')}
        <p>${bandLabel(band, true)}: ${this.#progressText(s)}</p>
        ${
          s.raiseHelp
            ? html`<p class="status-note">
                  ${msg('You might like to talk to someone. Reaching out is a strong and caring thing to do.', { id: 'hm.secure-signs.summary.raise', desc: 'Shown at the top of the summary when several answers are “not yet” or the parent is worried.' })}
                </p>
                ${helpBlock}`
            : nothing
        }
        <section aria-labelledby="well-heading">
          ${heading(sub + 1, msg('Going well', { id: 'hm.secure-signs.summary.well', desc: 'Heading: signs answered “often”.' }), 'well-heading')}
          ${
            s.goingWell.length
              ? html`<ul>
                  ${s.goingWell.map((i) => html`<li lang=${i.lang ?? locale()}>${i.sign}</li>`)}
                </ul>`
              : html`<p>
                  ${msg('Every family has different strengths. Whatever you answered, noticing these signs is a caring thing to do.', { id: 'hm.secure-signs.summary.well.none', desc: 'Shown when nothing was answered “often”.' })}
                </p>`
          }
        </section>
        <section aria-labelledby="try-heading">
          ${heading(sub + 1, msg('Ideas to try this week', { id: 'hm.secure-signs.summary.try', desc: 'Heading: ideas from signs answered “sometimes” or “not yet”.' }), 'try-heading')}
          ${
            s.toTry.length
              ? html`<ul>
                  ${s.toTry.map((i) => html`<li lang=${i.lang ?? locale()}><strong>${i.sign}</strong> ${i.ideas}</li>`)}
                </ul>`
              : html`<p>
                  ${msg('Nothing to add this week: keep doing what you are doing.', { id: 'hm.secure-signs.summary.try.none', desc: 'Shown when no sign was answered “sometimes” or “not yet”.' })}
                </p>`
          }
        </section>
        ${s.raiseHelp ? nothing : helpBlock}
        <slot name="links"></slot>
        <div class="actions">
          <button type="button" class="button" @click=${this.#handleCopy}>
            ${msg('Copy summary', { id: 'hm.secure-signs.copy', desc: 'Button that copies the summary as plain text, e.g. to show a health visitor.' })}
          </button>
          <button type="button" class="button" @click=${this.#handlePrint}>
            ${msg('Print', { id: 'hm.secure-signs.print', desc: 'Button that prints the summary.' })}
          </button>
          ${
            this.saved_
              ? html`<button type="button" class="button" @click=${this.#handleClear}>
                  ${msg('Clear saved answers', { id: 'hm.secure-signs.saved.clear', desc: 'Button that removes saved answers from this device.' })}
                </button>`
              : html`<button type="button" class="button" @click=${this.#handleSave}>
                  ${msg('Save my answers on this device', { id: 'hm.secure-signs.saved.save', desc: 'Button. Nothing is saved until it is pressed.' })}
                </button>`
          }
          <button type="button" class="button" @click=${this.#handleAddChild}>
            ${msg('Add another child', { id: 'hm.secure-signs.children.add', desc: 'Button that starts a checklist for another child (children are numbered, never named).' })}
          </button>
          <button type="button" class="button primary" @click=${this.#handleBack}>
            ${msg('Back to the checklist', { id: 'hm.secure-signs.summary.back', desc: 'Button.' })}
          </button>
        </div>
        ${
          this.copyFallback_
            ? html`<div class="copy-fallback">
                <label for="copy-text"
                  >${msg('Copy this text:', { id: 'hm.secure-signs.copy.manual', desc: 'Shown with the summary text when the browser did not allow copying automatically.' })}</label
                >
                <textarea id="copy-text" readonly .value=${this.copyFallback_}></textarea>
              </div>`
            : nothing
        }
      </section>
    `;
  }

  #renderSources() {
    return html`<details class="meta">
      <summary>
        ${msg('Where this checklist comes from', { id: 'hm.secure-signs.sources.summary', desc: 'Expandable section listing the documents the checklist is based on.' })}
      </summary>
      <ul>
        ${SIGNS_SOURCES.map((s) => html`<li><span lang="en">${s.organisation}, “${s.title}”</span></li>`)}
      </ul>
      <p>${reviewedLine(SIGNS_CONTENT_REVIEWED, formattingLocale(this))}</p>
    </details>`;
  }
}

const locale = activeMessageLocale;

function answerLabel(answer: Answer): string {
  switch (answer) {
    case 'often':
      return msg('Often', {
        id: 'hm.secure-signs.answer.often',
        desc: 'Answer to a sign: this happens often.',
      });
    case 'sometimes':
      return msg('Sometimes', {
        id: 'hm.secure-signs.answer.sometimes',
        desc: 'Answer to a sign: this happens sometimes.',
      });
    case 'not-yet':
      return msg('Not yet / not sure', {
        id: 'hm.secure-signs.answer.not-yet',
        desc: 'Answer to a sign: not happening yet, or the parent is not sure.',
      });
  }
}

function helpTitle(level: HelpCard['level']): string {
  return defaultHelp(null).find((c) => c.level === level)!.title;
}
