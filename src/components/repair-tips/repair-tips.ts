import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../../core/localize.js';
import { baseStyles, frameStyles } from '../../core/styles.js';
import { repairTipsStyles } from './repair-tips.styles.js';
import { heading } from '../../core/heading.js';
import { LocaleController } from '../../core/locale-controller.js';
import { lazy } from '../../core/lazy.js';
import { activeMessageLocale, directionOf, formattingLocale } from '../../core/locale.js';
import { formatNumber, plural } from '../../core/format.js';
import { reviewedLine } from '../../core/reviewed.js';
import { toHeldInMindError, type HeldInMindError } from '../../core/errors.js';
import { parseAge } from '../../data/age-bands.js';
import {
  TIP_TOPICS,
  filterTips,
  isTipTopic,
  mergeTips,
  parseTopics,
  tipOfTheDayIndex,
  type Tip,
  type TipTopic,
} from '../../data/tips.js';
import { TIPS_CONTENT_REVIEWED, builtInTips, topicLabel } from './content.js';
import { RepairTipsChangeEvent, type RepairTipsChangeReason } from './repair-tips.events.js';

const HASH_KEY = 'hm-tip';

// For the host's developers: what was wrong with their tips.
const warn = (what: string, detail: unknown) => console.warn(`<hm-repair-tips>: ${what}`, detail);

type HostTipsModule = typeof import('./host-tips.js');
// Host tips are optional, so their code (validation, fetching, error text) loads only when used.
const hostTips = lazy(() => import('./host-tips.js'));

function tipIdFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(HASH_KEY);
  return id && /^[a-z0-9-]{1,64}$/.test(id) ? id : null;
}

/**
 * A card of supportive tips for parents and carers: repair after a hard moment, give yourself
 * grace, take breaks, you don't have to do it alone, and everyday bonding. One tip at a time,
 * with a tip of the day that is the same for everyone on a given date.
 *
 * @summary One supportive tip at a time, by topic and age.
 *
 * @slot - Optional tips written as HTML (`<article data-tip="id">` with a heading, a list of
 *   steps and a paragraph). Readable before the element upgrades; read as text afterwards.
 *
 * @csspart card - The card around the tip.
 * @csspart heading - The tip's title.
 * @csspart steps - The list of steps.
 * @csspart why - The line on why the tip helps.
 * @csspart nav - The previous / another / next buttons.
 * @csspart sources - The "Based on" details.
 * @csspart error - A message about host tips that could not be used.
 *
 * @cssprop --hm-repair-tips-background - Card background (falls back to --hm-color-surface).
 * @cssprop --hm-repair-tips-border-color - Card border (falls back to --hm-color-border).
 * @cssprop --hm-repair-tips-accent - The card's top stripe (falls back to --hm-color-accent).
 *
 * @fires {RepairTipsChangeEvent} hm-repair-tips-change - The person moved to another tip or picked a topic.
 */
export class HmRepairTips extends LitElement {
  static override styles = [baseStyles, frameStyles('repair-tips'), repairTipsStyles];

  // Declared without decorators: smaller output, and no decorator settings for tools to get wrong.
  // Internal state ends in `_`: the drop-in build shortens those names (esbuild mangleProps).
  static override properties = {
    topic: {},
    age: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    showTopics: { type: Boolean, attribute: 'show-topics' },
    src: {},
    tips: { attribute: false },
    replaceBuiltIn: { type: Boolean, attribute: 'replace-built-in' },
    tip: {},
    currentId_: { state: true },
    pickedTopic_: { state: true },
    srcTips_: { state: true },
    propTips_: { state: true },
    lightTips_: { state: true },
    copiedLink_: { state: true },
    loading_: { state: true },
    announcement_: { state: true },
    copyFailed_: { state: true },
    pending_: { state: true },
  };

  constructor() {
    super();
    new LocaleController(this);
  }

  private currentId_: string | null = null;
  private pickedTopic_: TipTopic | 'all' | null = null;
  private srcTips_: Tip[] = [];
  private propTips_: Tip[] = [];
  private lightTips_: Tip[] = [];
  private loading_ = false;
  private announcement_ = '';
  private copiedLink_: string | null = null;
  private copyFailed_ = false;
  #srcError: HeldInMindError | null = null;
  #tipsError: HeldInMindError | null = null;
  #loadController: AbortController | null = null;
  #lightRead = false;
  private pending_ = 0;
  #loadedSrc: string | null = null;
  #navigated = false;

  /** Only show tips on these topics: any of repair, grace, breaks, support, bonding (space-separated). */
  topic = '';

  /** Only show tips for this age: a band (pregnancy, 0-3m, 3-6m, 6-12m, 12-24m, 2-5y) or months ("8"). */
  age = '';

  /** The heading level of the tip's title (2–6), to fit the page's outline. */
  headingLevel = 2;

  /** Show a topic picker inside the card. */
  showTopics = false;

  /** URL of a JSON file of extra tips (schemas/repair-tips.schema.json). */
  src = '';

  /** Host tips as data: an array or `{ tips: [...] }`, validated like `src`. */
  tips: unknown = undefined;

  /** Use only the host's tips instead of adding them to the built-in ones. */
  replaceBuiltIn = false;

  /** Start on this tip id instead of the tip of the day. */
  tip = '';

  /** The last problem with host tips (`src`, `tips` or light DOM), or null. */
  get error(): HeldInMindError | null {
    return this.#srcError ?? this.#tipsError;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#lightRead && this.querySelector('[data-tip]')) {
      this.#lightRead = true;
      void this.#track(async () => {
        const m = await hostTips.load();
        this.lightTips_ = this.#validate(m, m.readLightDomTips(this), 'light');
      });
    }
    this.#applyHash();
    window.addEventListener('hashchange', this.#applyHash);
    if (this.src && this.#loadedSrc !== this.src) this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#applyHash);
    if (this.loading_) {
      this.#loadController?.abort();
      this.#loadedSrc = null;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tips')) this.#applyPropertyTips(this.tips);
    if (changed.has('tip') && this.tip) this.currentId_ = this.tip;
    // A tip the person browsed to under the old age or topic no longer applies: back to the tip
    // of the day for the new ones. (A deep link or `tip` attribute stays pinned.)
    if (
      (changed.has('age') || changed.has('topic')) &&
      this.#navigated &&
      this.currentId_ &&
      !this.#visibleTips().some((t) => t.id === this.currentId_)
    )
      this.currentId_ = null;
    if (changed.has('src') && this.isConnected && this.#loadedSrc !== this.src) this.#load();
  }

  /** Shows the tip with this id; returns false if there is no such tip. */
  showTip(id: string): boolean {
    if (!this.#allTips().some((t) => t.id === id)) return false;
    this.currentId_ = id;
    return true;
  }

  /** Runs host-tip work while counting it as pending_, so `replace-built-in` shows "Loading". */
  async #track(work: () => Promise<void>): Promise<void> {
    this.pending_++;
    try {
      await work();
    } catch {
      // A failed chunk load is as if the host gave no tips: the built-ins stay.
    } finally {
      this.pending_--;
    }
  }

  #applyPropertyTips(input: unknown): void {
    if (input === undefined || input === null) {
      this.propTips_ = [];
      this.#tipsError = null;
      return;
    }
    void this.#track(async () => {
      const m = await hostTips.load();
      if (this.tips !== input) return; // replaced while the module loaded
      this.#tipsError = null;
      this.propTips_ = this.#validate(m, input, 'property');
    });
  }

  #validate(m: HostTipsModule, input: unknown, origin: 'light' | 'property'): Tip[] {
    try {
      const { tips, problems } = m.validateHostTips(input);
      if (problems.length) warn(`skipped some ${origin} tips`, problems);
      return tips;
    } catch (error) {
      this.#tipsError = toHeldInMindError(error, 'invalid');
      warn(`could not use the ${origin} tips`, this.#tipsError.problems);
      return [];
    }
  }

  async #load(): Promise<void> {
    this.#loadController?.abort();
    const src = this.src;
    this.#loadedSrc = src;
    this.#srcError = null;
    this.srcTips_ = [];
    if (!src) {
      this.loading_ = false;
      return;
    }
    const controller = (this.#loadController = new AbortController());
    this.loading_ = true;
    try {
      const m = await hostTips.load();
      const { tips, problems } = await m.fetchHostTips(src, controller.signal);
      if (controller.signal.aborted) return;
      if (problems.length) warn(`skipped some tips in ${src}`, problems);
      this.srcTips_ = tips;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#srcError = toHeldInMindError(error, 'network');
      warn(`could not use ${src}`, error);
    } finally {
      if (!controller.signal.aborted) this.loading_ = false;
    }
  }

  #allTips(): Tip[] {
    const host = [...this.lightTips_, ...this.propTips_, ...this.srcTips_];
    return mergeTips(builtInTips(), host, this.replaceBuiltIn);
  }

  #activeTopics(): TipTopic[] {
    if (this.pickedTopic_ === 'all') return [];
    if (this.pickedTopic_) return [this.pickedTopic_];
    return parseTopics(this.topic);
  }

  #visibleTips(all: Tip[] = this.#allTips()): Tip[] {
    return filterTips(all, { topics: this.#activeTopics(), age: parseAge(this.age) });
  }

  // On connect the id is taken as it is (host tips may still be loading); on a later hash change
  // only a known id moves the card, so a stray link never loses the tip being read.
  #applyHash = (event?: Event) => {
    const id = tipIdFromHash(location.hash);
    if (id && (!event || this.#allTips().some((t) => t.id === id))) this.currentId_ = id;
  };

  #move(reason: RepairTipsChangeReason): void {
    const tips = this.#visibleTips();
    if (tips.length === 0) return;
    const current = this.#currentIndex(tips);
    let next = current;
    if (reason === 'next') next = (current + 1) % tips.length;
    else if (reason === 'previous') next = (current - 1 + tips.length) % tips.length;
    else if (tips.length > 1) {
      next = Math.floor(Math.random() * (tips.length - 1));
      if (next >= current) next += 1;
    }
    this.currentId_ = tips[next]!.id;
    this.#navigated = true;
    this.copiedLink_ = null;
    this.copyFailed_ = false;
    this.#announce(tips, next);
    this.dispatchEvent(
      new RepairTipsChangeEvent({ tipId: this.currentId_, topic: this.#pickedTopicOrNull(), reason }),
    );
  }

  #pickedTopicOrNull(): string | null {
    return this.pickedTopic_ && this.pickedTopic_ !== 'all' ? this.pickedTopic_ : null;
  }

  #announce(tips: Tip[], index: number): void {
    const tip = tips[index]!;
    this.announcement_ = `${this.#positionText(index, tips.length)}: ${tip.title}`;
  }

  #currentIndex(tips: Tip[]): number {
    const byId = this.currentId_ ? tips.findIndex((t) => t.id === this.currentId_) : -1;
    return byId >= 0 ? byId : Math.max(0, tipOfTheDayIndex(tips, new Date()));
  }

  #handlePrevious = () => this.#move('previous');
  #handleNext = () => this.#move('next');
  #handleAnother = () => this.#move('another');

  #handleTopic = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.pickedTopic_ = isTipTopic(value) ? value : 'all';
    const tips = this.#visibleTips();
    const index = tipOfTheDayIndex(tips, new Date());
    this.currentId_ = index >= 0 ? tips[index]!.id : null;
    this.#navigated = true;
    const locale = activeMessageLocale();
    const count = formatNumber(tips.length, formattingLocale(this));
    this.announcement_ = plural(tips.length, locale, {
      zero: () =>
        msg(str`No tips to show.`, {
          id: 'hm.repair-tips.count.zero',
          desc: 'Announced after picking a topic; the count is zero.',
        }),
      one: () =>
        msg(str`Showing ${count} tip.`, {
          id: 'hm.repair-tips.count.one',
          desc: 'Announced after picking a topic. Plural category “one”.',
        }),
      two: () =>
        msg(str`Showing ${count} tips.`, {
          id: 'hm.repair-tips.count.two',
          desc: 'Announced after picking a topic. Plural category “two” (Welsh, Arabic…).',
        }),
      few: () =>
        msg(str`Showing ${count} tips.`, {
          id: 'hm.repair-tips.count.few',
          desc: 'Announced after picking a topic. Plural category “few”.',
        }),
      many: () =>
        msg(str`Showing ${count} tips.`, {
          id: 'hm.repair-tips.count.many',
          desc: 'Announced after picking a topic. Plural category “many”.',
        }),
      other: () =>
        msg(str`Showing ${count} tips.`, {
          id: 'hm.repair-tips.count.other',
          desc: 'Announced after picking a topic. Plural category “other”.',
        }),
    });
    this.dispatchEvent(
      new RepairTipsChangeEvent({
        tipId: this.currentId_,
        topic: this.#pickedTopicOrNull(),
        reason: 'topic',
      }),
    );
  };

  #handleCopy = async () => {
    const id = this.#currentTip(this.#visibleTips(), this.#allTips())?.id;
    if (!id) return;
    const url = new URL(location.href);
    url.hash = `${HASH_KEY}=${id}`;
    const link = url.href;
    this.copyFailed_ = false;
    try {
      await navigator.clipboard.writeText(link);
      this.copiedLink_ = link;
      this.announcement_ = msg('Link copied.', {
        id: 'hm.repair-tips.copy.done',
        desc: 'Announced after the link to a tip was copied.',
      });
    } catch {
      // No clipboard (insecure page, denied permission): show the link to copy by hand.
      this.copiedLink_ = link;
      this.copyFailed_ = true;
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input');
      input?.focus();
      input?.select();
    }
  };

  // Tips are rebuilt on every render (msg() must follow the locale), so compare them by id.
  #currentTip(tips: Tip[], all: Tip[]): Tip | undefined {
    if (tips.length === 0) return undefined;
    const inList = tips.find((t) => t.id === this.currentId_);
    if (inList) return inList;
    // A deep link or `tip` attribute may point outside the current filter: still honour it.
    const pinned = this.currentId_ ? all.find((t) => t.id === this.currentId_) : undefined;
    return pinned ?? tips[this.#currentIndex(tips)];
  }

  #positionText(index: number, total: number): string {
    const locale = formattingLocale(this);
    const n = formatNumber(index + 1, locale);
    const of = formatNumber(total, locale);
    return msg(str`Tip ${n} of ${of}`, {
      id: 'hm.repair-tips.position',
      desc: 'Which tip is shown, e.g. “Tip 3 of 22”.',
    });
  }

  protected override render() {
    const locale = activeMessageLocale();
    const all = this.#allTips();
    const tips = this.#visibleTips(all);
    const tip = this.#currentTip(tips, all);
    const index = tip ? tips.findIndex((t) => t.id === tip.id) : -1;
    const isTipOfTheDay = !!tip && !this.#navigated && !this.currentId_;
    const error = this.error;
    return html`
      <section
        class="card frame"
        part="card"
        lang=${locale}
        dir=${directionOf(locale)}
        aria-busy=${this.loading_ || this.pending_ > 0 ? 'true' : 'false'}
      >
        ${this.showTopics ? this.#renderPicker() : nothing}
        <!-- Above the tip, so the reason for seeing built-in tips comes first. -->
        ${error ? this.#renderError(error) : nothing}
        ${
          (this.loading_ || this.pending_ > 0) && this.replaceBuiltIn
            ? html`<p>
                ${msg('Loading tips…', { id: 'hm.repair-tips.loading', desc: 'Shown while the page’s own tips are downloading.' })}
              </p>`
            : tip
              ? this.#renderTip(tip, index, tips.length, isTipOfTheDay)
              : this.#renderEmpty()
        }
        <div role="status" class="visually-hidden">${this.announcement_}</div>
      </section>
    `;
  }

  #renderPicker() {
    const value =
      this.pickedTopic_ ?? (parseTopics(this.topic).length === 1 ? parseTopics(this.topic)[0] : 'all');
    return html`
      <div class="picker">
        <label for="topic"
          >${msg('Show tips about', { id: 'hm.repair-tips.picker.label', desc: 'Label of the topic picker.' })}</label
        >
        <select id="topic" @change=${this.#handleTopic}>
          <option value="all" ?selected=${value === 'all'}>
            ${msg('All topics', { id: 'hm.repair-tips.picker.all', desc: 'Topic picker option that shows every tip.' })}
          </option>
          ${TIP_TOPICS.map((t) => html`<option value=${t} ?selected=${value === t}>${topicLabel(t)}</option>`)}
        </select>
      </div>
    `;
  }

  #renderTip(tip: Tip, index: number, total: number, isTipOfTheDay: boolean) {
    const single = total <= 1;
    const position = index >= 0 ? this.#positionText(index, total) : '';
    return html`
      <p class="label">
        ${
          isTipOfTheDay
            ? html`${msg('Tip of the day', { id: 'hm.repair-tips.today', desc: 'Label above the tip chosen for today.' })}${position ? ' · ' : ''}`
            : nothing
        }${position}
      </p>
      <div lang=${tip.lang || activeMessageLocale()}>
        ${heading(this.headingLevel, tip.title, 'tip-title')}
        <ol part="steps">
          ${tip.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        ${
          tip.why
            ? html`<p class="why" part="why">
                <strong
                  >${msg('Why it helps:', { id: 'hm.repair-tips.why', desc: 'Label before the line that explains why the tip helps.' })}</strong
                >
                ${tip.why}
              </p>`
            : nothing
        }
      </div>
      ${
        single
          ? nothing
          : html`<div
              class="nav"
              part="nav"
              role="group"
              aria-label=${msg('More tips', { id: 'hm.repair-tips.nav.label', desc: 'Accessible name of the group of buttons that change the tip.' })}
            >
              <button type="button" class="button" @click=${this.#handlePrevious}>
                <span class="arrow" aria-hidden="true">←</span>
                ${msg('Previous tip', { id: 'hm.repair-tips.nav.previous', desc: 'Button.' })}
              </button>
              <button type="button" class="button" @click=${this.#handleAnother}>
                ${msg('Another tip', { id: 'hm.repair-tips.nav.another', desc: 'Button that shows a different tip at random.' })}
              </button>
              <button type="button" class="button primary" @click=${this.#handleNext}>
                ${msg('Next tip', { id: 'hm.repair-tips.nav.next', desc: 'Button.' })}
                <span class="arrow" aria-hidden="true">→</span>
              </button>
            </div>`
      }
      <div class="actions">
        <button type="button" class="button" @click=${this.#handleCopy}>
          ${msg('Copy a link to this tip', { id: 'hm.repair-tips.copy', desc: 'Button that copies a web address that opens this same tip.' })}
        </button>
      </div>
      ${
        this.copiedLink_ && this.copyFailed_
          ? html`<div class="copy-fallback">
              <label for="copy-link"
                >${msg('Copy this link:', { id: 'hm.repair-tips.copy.manual', desc: 'Shown with the link when the browser did not allow copying automatically.' })}</label
              >
              <input id="copy-link" type="text" readonly .value=${this.copiedLink_} />
            </div>`
          : nothing
      }
      ${this.#renderSources(tip)}
    `;
  }

  #renderSources(tip: Tip) {
    const { sources } = tip;
    if (sources.length === 0) return nothing;
    return html`
      <details part="sources">
        <summary>
          ${msg('Where this tip comes from', { id: 'hm.repair-tips.sources.summary', desc: 'Expandable section listing the documents a tip is based on.' })}
        </summary>
        <p class="reviewed">
          ${msg('Based on:', { id: 'hm.repair-tips.sources.based-on', desc: 'Followed by a list of source documents.' })}
        </p>
        <ul>
          ${sources.map((s) => html`<li><span lang="en">${s.organisation}${s.title ? `, “${s.title}”` : ''}</span></li>`)}
        </ul>
        ${
          tip.origin === 'built-in'
            ? html`<p class="reviewed">${reviewedLine(TIPS_CONTENT_REVIEWED, formattingLocale(this))}</p>`
            : nothing
        }
      </details>
    `;
  }

  #renderEmpty() {
    return html`<p>
      ${msg('There are no tips for this topic and age yet. Try another topic.', { id: 'hm.repair-tips.empty', desc: 'Shown when no tip matches the chosen topic and age.' })}
    </p>`;
  }

  #renderError(error: HeldInMindError) {
    return html`<p class="message-error" part="error">
      ${msg('Some tips from this website could not be shown.', { id: 'hm.repair-tips.error', desc: 'Shown when the page’s own tips could not be loaded or read. Followed by the reason.' })}
      ${hostTips.current?.errorMessage(error)}
      ${
        this.replaceBuiltIn && this.srcTips_.length + this.propTips_.length + this.lightTips_.length === 0
          ? msg('Here are our own tips instead.', {
              id: 'hm.repair-tips.error.fallback',
              desc: 'Follows the error when the built-in tips are shown instead.',
            })
          : nothing
      }
    </p>`;
  }
}
