import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { baseStyles } from '../../core/styles.js';
import { repairTipsStyles } from './repair-tips.styles.js';
import { heading } from '../../core/heading.js';
import { LangObserverController } from '../../core/lang-observer.js';
import { activeMessageLocale, directionOf, formattingLocale } from '../../core/locale.js';
import { formatDate, formatNumber, plural } from '../../core/format.js';
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

type HostTipsModule = typeof import('./host-tips.js');
let hostTipsModule: HostTipsModule | null = null;
let hostTipsLoading: Promise<HostTipsModule> | null = null;
// Host tips are optional, so their code (validation, fetching, error text) loads only when used.
const loadHostTipsModule = (): Promise<HostTipsModule> =>
  (hostTipsLoading ??= import('./host-tips.js').then((m) => (hostTipsModule = m)));

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
@localized()
export class HmRepairTips extends LitElement {
  static override styles = [baseStyles, repairTipsStyles];

  constructor() {
    super();
    new LangObserverController(this);
  }

  @state() private currentId: string | null = null;
  @state() private pickedTopic: TipTopic | 'all' | null = null;
  @state() private srcTips: Tip[] = [];
  @state() private propTips: Tip[] = [];
  @state() private lightTips: Tip[] = [];
  @state() private loading = false;
  @state() private announcement = '';
  @state() private copiedLink: string | null = null;
  @state() private copyFailed = false;
  private srcError: HeldInMindError | null = null;
  private tipsError: HeldInMindError | null = null;
  private loadController: AbortController | null = null;
  private lightRead = false;
  @state() private pending = 0;
  private loadedSrc: string | null = null;
  private navigated = false;

  /** Only show tips on these topics: any of repair, grace, breaks, support, bonding (space-separated). */
  @property() topic = '';

  /** Only show tips for this age: a band (pregnancy, 0-3m, 3-6m, 6-12m, 12-24m, 2-5y) or months ("8"). */
  @property() age = '';

  /** The heading level of the tip's title (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Show a topic picker inside the card. */
  @property({ type: Boolean, attribute: 'show-topics' }) showTopics = false;

  /** URL of a JSON file of extra tips (schemas/repair-tips.schema.json). */
  @property() src = '';

  /** Host tips as data: an array or `{ tips: [...] }`, validated like `src`. */
  @property({ attribute: false }) tips: unknown = undefined;

  /** Use only the host's tips instead of adding them to the built-in ones. */
  @property({ type: Boolean, attribute: 'replace-built-in' }) replaceBuiltIn = false;

  /** Start on this tip id instead of the tip of the day. */
  @property() tip = '';

  /** The last problem with host tips (`src`, `tips` or light DOM), or null. */
  get error(): HeldInMindError | null {
    return this.srcError ?? this.tipsError;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.lightRead && this.querySelector('[data-tip]')) {
      this.lightRead = true;
      void this.track(async () => {
        const m = await loadHostTipsModule();
        this.lightTips = this.validate(m, m.readLightDomTips(this), 'light');
      });
    }
    this.applyHash();
    window.addEventListener('hashchange', this.handleHashChange);
    if (this.src && this.loadedSrc !== this.src) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    if (this.loading) {
      this.loadController?.abort();
      this.loadedSrc = null;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tips')) this.applyPropertyTips(this.tips);
    if (changed.has('tip') && this.tip) this.currentId = this.tip;
    if (changed.has('src') && this.isConnected && this.loadedSrc !== this.src) this.load();
  }

  /** Shows the tip with this id; returns false if there is no such tip. */
  showTip(id: string): boolean {
    if (!this.allTips().some((t) => t.id === id)) return false;
    this.currentId = id;
    return true;
  }

  /** Runs host-tip work while counting it as pending, so `replace-built-in` shows "Loading". */
  private async track(work: () => Promise<void>): Promise<void> {
    this.pending++;
    try {
      await work();
    } catch {
      // A failed chunk load is as if the host gave no tips: the built-ins stay.
    } finally {
      this.pending--;
    }
  }

  private applyPropertyTips(input: unknown): void {
    if (input === undefined || input === null) {
      this.propTips = [];
      this.tipsError = null;
      return;
    }
    void this.track(async () => {
      const m = await loadHostTipsModule();
      if (this.tips !== input) return; // replaced while the module loaded
      this.tipsError = null;
      this.propTips = this.validate(m, input, 'property');
    });
  }

  private validate(m: HostTipsModule, input: unknown, origin: 'light' | 'property'): Tip[] {
    try {
      const { tips, problems } = m.validateHostTips(input);
      if (problems.length) console.warn(`<hm-repair-tips>: some ${origin} tips were skipped`, problems);
      return tips;
    } catch (error) {
      this.tipsError = toHeldInMindError(error, 'invalid');
      console.warn(`<hm-repair-tips>: ${origin} tips could not be used`, this.tipsError.problems);
      return [];
    }
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    const src = this.src;
    this.loadedSrc = src;
    this.srcError = null;
    this.srcTips = [];
    if (!src) {
      this.loading = false;
      return;
    }
    const controller = (this.loadController = new AbortController());
    this.loading = true;
    try {
      const m = await loadHostTipsModule();
      const { tips, problems } = await m.fetchHostTips(src, controller.signal);
      if (controller.signal.aborted) return;
      if (problems.length) console.warn(`<hm-repair-tips>: some tips in ${src} were skipped`, problems);
      this.srcTips = tips;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.srcError = toHeldInMindError(error, 'network');
      console.warn(`<hm-repair-tips>: ${src} could not be used`, error);
    } finally {
      if (!controller.signal.aborted) this.loading = false;
    }
  }

  private allTips(): Tip[] {
    const host = [...this.lightTips, ...this.propTips, ...this.srcTips];
    return mergeTips(builtInTips(), host, this.replaceBuiltIn);
  }

  private activeTopics(): TipTopic[] {
    if (this.pickedTopic === 'all') return [];
    if (this.pickedTopic) return [this.pickedTopic];
    return parseTopics(this.topic);
  }

  private visibleTips(all: Tip[] = this.allTips()): Tip[] {
    return filterTips(all, { topics: this.activeTopics(), age: parseAge(this.age) });
  }

  private applyHash(): void {
    const id = tipIdFromHash(location.hash);
    if (id) this.currentId = id;
  }

  private handleHashChange = () => {
    const id = tipIdFromHash(location.hash);
    if (id && this.allTips().some((t) => t.id === id)) {
      this.currentId = id;
      this.navigated = true;
    }
  };

  private move(reason: RepairTipsChangeReason): void {
    const tips = this.visibleTips();
    if (tips.length === 0) return;
    const current = this.currentIndex(tips);
    let next = current;
    if (reason === 'next') next = (current + 1) % tips.length;
    else if (reason === 'previous') next = (current - 1 + tips.length) % tips.length;
    else if (tips.length > 1) {
      next = Math.floor(Math.random() * (tips.length - 1));
      if (next >= current) next += 1;
    }
    this.currentId = tips[next]!.id;
    this.navigated = true;
    this.copiedLink = null;
    this.copyFailed = false;
    this.announce(tips, next);
    this.dispatchEvent(
      new RepairTipsChangeEvent({ tipId: this.currentId, topic: this.pickedTopicOrNull(), reason }),
    );
  }

  private pickedTopicOrNull(): string | null {
    return this.pickedTopic && this.pickedTopic !== 'all' ? this.pickedTopic : null;
  }

  private announce(tips: Tip[], index: number): void {
    const tip = tips[index]!;
    this.announcement = `${this.positionText(index, tips.length)}: ${tip.title}`;
  }

  private currentIndex(tips: Tip[]): number {
    const byId = this.currentId ? tips.findIndex((t) => t.id === this.currentId) : -1;
    return byId >= 0 ? byId : Math.max(0, tipOfTheDayIndex(tips, new Date()));
  }

  private handlePrevious = () => this.move('previous');
  private handleNext = () => this.move('next');
  private handleAnother = () => this.move('another');

  private handleTopic = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.pickedTopic = isTipTopic(value) ? value : 'all';
    const tips = this.visibleTips();
    const index = tipOfTheDayIndex(tips, new Date());
    this.currentId = index >= 0 ? tips[index]!.id : null;
    this.navigated = true;
    const locale = activeMessageLocale();
    const count = formatNumber(tips.length, formattingLocale(this));
    this.announcement = plural(tips.length, locale, {
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
      new RepairTipsChangeEvent({ tipId: this.currentId, topic: this.pickedTopicOrNull(), reason: 'topic' }),
    );
  };

  private handleCopy = async () => {
    const id = this.currentTip(this.visibleTips(), this.allTips())?.id;
    if (!id) return;
    const url = new URL(location.href);
    url.hash = `${HASH_KEY}=${id}`;
    const link = url.href;
    this.copyFailed = false;
    try {
      await navigator.clipboard.writeText(link);
      this.copiedLink = link;
      this.announcement = msg('Link copied.', {
        id: 'hm.repair-tips.copy.done',
        desc: 'Announced after the link to a tip was copied.',
      });
    } catch {
      // No clipboard (insecure page, denied permission): show the link to copy by hand.
      this.copiedLink = link;
      this.copyFailed = true;
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input');
      input?.focus();
      input?.select();
    }
  };

  // Tips are rebuilt on every render (msg() must follow the locale), so compare them by id.
  private currentTip(tips: Tip[], all: Tip[]): Tip | undefined {
    if (tips.length === 0) return undefined;
    const inList = tips.find((t) => t.id === this.currentId);
    if (inList) return inList;
    // A deep link or `tip` attribute may point outside the current filter: still honour it.
    const pinned = this.currentId ? all.find((t) => t.id === this.currentId) : undefined;
    return pinned ?? tips[this.currentIndex(tips)];
  }

  private positionText(index: number, total: number): string {
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
    const all = this.allTips();
    const tips = this.visibleTips(all);
    const tip = this.currentTip(tips, all);
    const index = tip ? tips.findIndex((t) => t.id === tip.id) : -1;
    const isTipOfTheDay = !!tip && !this.navigated && !this.currentId;
    const error = this.error;
    return html`
      <section
        class="card"
        part="card"
        lang=${locale}
        dir=${directionOf(locale)}
        aria-busy=${this.loading || this.pending > 0 ? 'true' : 'false'}
      >
        ${this.showTopics ? this.renderPicker() : nothing}
        ${
          (this.loading || this.pending > 0) && this.replaceBuiltIn
            ? html`<p>
                ${msg('Loading tips…', { id: 'hm.repair-tips.loading', desc: 'Shown while the page’s own tips are downloading.' })}
              </p>`
            : tip
              ? this.renderTip(tip, index, tips.length, isTipOfTheDay)
              : this.renderEmpty()
        }
        ${error ? this.renderError(error) : nothing}
        <div role="status" class="visually-hidden">${this.announcement}</div>
      </section>
    `;
  }

  private renderPicker() {
    const value =
      this.pickedTopic ?? (parseTopics(this.topic).length === 1 ? parseTopics(this.topic)[0] : 'all');
    return html`
      <div class="picker">
        <label for="topic"
          >${msg('Show tips about', { id: 'hm.repair-tips.picker.label', desc: 'Label of the topic picker.' })}</label
        >
        <select id="topic" @change=${this.handleTopic}>
          <option value="all" ?selected=${value === 'all'}>
            ${msg('All topics', { id: 'hm.repair-tips.picker.all', desc: 'Topic picker option that shows every tip.' })}
          </option>
          ${TIP_TOPICS.map((t) => html`<option value=${t} ?selected=${value === t}>${topicLabel(t)}</option>`)}
        </select>
      </div>
    `;
  }

  private renderTip(tip: Tip, index: number, total: number, isTipOfTheDay: boolean) {
    const single = total <= 1;
    const position = index >= 0 ? this.positionText(index, total) : '';
    return html`
      <p class="label">
        ${
          isTipOfTheDay
            ? html`${msg('Tip of the day', { id: 'hm.repair-tips.today', desc: 'Label above the tip chosen for today.' })}${position ? ' · ' : ''}`
            : nothing
        }${position}
      </p>
      <div lang=${ifDefined(tip.lang)}>
        ${heading(this.headingLevel, tip.title, { id: 'tip-title' })}
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
              <button type="button" class="button" @click=${this.handlePrevious}>
                <span class="arrow" aria-hidden="true">←</span>
                ${msg('Previous tip', { id: 'hm.repair-tips.nav.previous', desc: 'Button.' })}
              </button>
              <button type="button" class="button" @click=${this.handleAnother}>
                ${msg('Another tip', { id: 'hm.repair-tips.nav.another', desc: 'Button that shows a different tip at random.' })}
              </button>
              <button type="button" class="button primary" @click=${this.handleNext}>
                ${msg('Next tip', { id: 'hm.repair-tips.nav.next', desc: 'Button.' })}
                <span class="arrow" aria-hidden="true">→</span>
              </button>
            </div>`
      }
      <div class="actions">
        <button type="button" class="button" @click=${this.handleCopy}>
          ${msg('Copy a link to this tip', { id: 'hm.repair-tips.copy', desc: 'Button that copies a web address that opens this same tip.' })}
        </button>
      </div>
      ${
        this.copiedLink && this.copyFailed
          ? html`<div class="copy-fallback">
              <label for="copy-link"
                >${msg('Copy this link:', { id: 'hm.repair-tips.copy.manual', desc: 'Shown with the link when the browser did not allow copying automatically.' })}</label
              >
              <input id="copy-link" type="text" readonly .value=${this.copiedLink} />
            </div>`
          : nothing
      }
      ${this.renderSources(tip)}
    `;
  }

  private renderSources(tip: Tip) {
    const { sources } = tip;
    if (sources.length === 0) return nothing;
    const reviewed = formatDate(new Date(`${TIPS_CONTENT_REVIEWED}T12:00:00`), formattingLocale(this), {
      dateStyle: 'long',
    });
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
            ? html`<p class="reviewed">
                ${msg(str`Written in our own words. Last reviewed ${reviewed}.`, { id: 'hm.repair-tips.sources.reviewed', desc: 'The date is when the tips were last checked against their sources.' })}
              </p>`
            : nothing
        }
      </details>
    `;
  }

  private renderEmpty() {
    return html`<p>
      ${msg('There are no tips for this topic and age yet. Try another topic.', { id: 'hm.repair-tips.empty', desc: 'Shown when no tip matches the chosen topic and age.' })}
    </p>`;
  }

  private renderError(error: HeldInMindError) {
    return html`<p class="message-error" part="error">
      ${msg('Some tips from this website could not be shown.', { id: 'hm.repair-tips.error', desc: 'Shown when the page’s own tips could not be loaded or read. Followed by the reason.' })}
      ${hostTipsModule?.errorMessage(error)}
      ${
        this.replaceBuiltIn && this.srcTips.length + this.propTips.length + this.lightTips.length === 0
          ? msg('Here are our own tips instead.', {
              id: 'hm.repair-tips.error.fallback',
              desc: 'Follows the error when the built-in tips are shown instead.',
            })
          : nothing
      }
    </p>`;
  }
}
