import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '../../core/localize.js';
import { baseStyles, frameStyles } from '../../core/styles.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { clampHeadingLevel, heading } from '../../core/heading.js';
import { LocaleController } from '../../core/locale-controller.js';
import { lazy, type Lazy } from '../../core/lazy.js';
import { activeMessageLocale, directionOf, formattingLocale } from '../../core/locale.js';
import { formatDate, formatDistance, formatList, formatNumber } from '../../core/format.js';
import { toHeldInMindError, type HeldInMindError } from '../../core/errors.js';
import { GROUP_TYPES, isGroupType, type GroupType } from '../../data/directory/group-types.js';
import type { DirectoryGroup } from '../../data/directory/model.js';
import type { GroupResult, SearchResults } from '../../data/directory/search.js';
import { UK_TIME_ZONE } from '../../data/directory/london-time.js';
import { milesToKm, type LatLon } from '../../data/directory/geo.js';
import type { Place } from '../../data/directory/places.js';
import type { DirectoryFormat } from '../../data/directory/read-directory.js';
import type { Origin, SourceConfig } from './source.js';
import type { PanelContext } from './panels.js';
import { emptyState, type FinderState } from './finder-state.js';
import {
  agesLabel,
  attendanceLabel,
  bookingLabel,
  checkedLabel,
  costLabel,
  countText,
  sessionWhen,
  typeLabel,
} from './labels.js';
import {
  GroupFinderSearchEvent,
  GroupFinderSelectEvent,
  type GroupFinderSelectAction,
} from './group-finder.events.js';

// Everything the first paint does not need loads on use: the readers and the sample directory,
// a group's details (with the calendar file), and the map.
const source = lazy(() => import('./source.js'));
const details = lazy(() => import('./details.js'));
const map = lazy(() => import('./map.js'));
const panels = lazy(() => import('./panels.js'));

const PAGE = 20;
const RADII = [1, 2, 5, 10, 20, 50];

const warn = (what: string, detail: unknown) => console.warn(`<hm-group-finder>: ${what}`, detail);

/** A position source for hosts with their own (and for tests): resolves to a point or rejects. */
export type PositionProvider = () => Promise<LatLon>;

type Locating = 'idle' | 'explain' | 'asking';

/**
 * Finds local groups for babies and their carers (baby massage, stay and play, peer support,
 * family-hub sessions…) near a postcode, a place or the person's location, from an Open Referral
 * UK feed, a JSON file or a spreadsheet's CSV. Private by default: with no geocoder configured no
 * postcode leaves the page, and location is asked for only when the person clicks for it.
 *
 * @summary What's on near me for my baby: a private, accessible local-group finder.
 *
 * @slot - A host `<form>` with a postcode field: it works without JavaScript, and its value is
 *   searched when the element upgrades.
 * @slot signposting - Where else to ask when nothing is found (family hub, health visitor).
 *
 * @csspart finder - The box around the finder.
 * @csspart heading - The finder's title.
 * @csspart search - The search form.
 * @csspart filters - The filters.
 * @csspart results - The list of groups.
 * @csspart result - One group in the list.
 * @csspart details - A group's details.
 * @csspart map - The map, when shown.
 * @csspart notice - A message about the directory (sample data, a feed that is down).
 *
 * @cssprop --hm-group-finder-background - Background (falls back to --hm-color-surface).
 * @cssprop --hm-group-finder-border-color - Borders (falls back to --hm-color-border).
 * @cssprop --hm-group-finder-accent - Accent colour (falls back to --hm-color-accent).
 *
 * @fires {GroupFinderSearchEvent} hm-group-finder-search - The person searched or changed a filter.
 * @fires {GroupFinderSelectEvent} hm-group-finder-select - The person opened a group's details or used one of its actions.
 */
export class HmGroupFinder extends LitElement {
  static override styles = [baseStyles, frameStyles('group-finder'), groupFinderStyles];

  // Declared without decorators: smaller output, and no decorator settings for tools to get wrong.
  // Internal state ends in `_`: the drop-in build shortens those names (esbuild mangleProps).
  static override properties = {
    src: {},
    oruk: {},
    format: {},
    proxy: {},
    geocoder: {},
    outcodes: {},
    categories: {},
    radius: { type: Number },
    units: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    nation: {},
    reportUrl: { attribute: 'report-url' },
    reportEmail: { attribute: 'report-email' },
    tileUrl: { attribute: 'tile-url' },
    tileAttribution: { attribute: 'tile-attribution' },
    now: { attribute: false },
    positionProvider: { attribute: false },
    groups_: { state: true },
    sample_: { state: true },
    loading_: { state: true },
    loadError_: { state: true },
    loadedAt_: { state: true },
    failed_: { state: true },
    state_: { state: true },
    origin_: { state: true },
    whereError_: { state: true },
    locating_: { state: true },
    locationError_: { state: true },
    shown_: { state: true },
    open_: { state: true },
    announcement_: { state: true },
    mapOpen_: { state: true },
    copied_: { state: true },
    places_: { state: true },
    filtersOpen_: { state: true },
    pending_: { state: true },
  };

  constructor() {
    super();
    new LocaleController(this);
  }

  private groups_: DirectoryGroup[] = [];
  private sample_ = false;
  private loading_ = false;
  private loadError_: HeldInMindError | null = null;
  private loadedAt_: Date | null = null;
  private failed_: HeldInMindError[] = [];
  private state_: FinderState = emptyState();
  private origin_: Origin | null = null;
  private whereError_ = '';
  private locating_: Locating = 'idle';
  private locationError_ = '';
  private shown_ = PAGE;
  private open_: ReadonlySet<string> = new Set();
  private announcement_ = '';
  /** The language an announcement was made in: after a language change it is stale, not repeated. */
  #announcedIn = '';
  private mapOpen_ = false;
  private copied_ = '';
  private places_: Place[] = [];
  private filtersOpen_ = false;
  private pending_ = 0;
  #loadKey: string | null = null;
  #warnings: readonly string[] = [];
  #loadController: AbortController | null = null;
  #loaded: Promise<void> = Promise.resolve();
  #data: Promise<void> = Promise.resolve();
  #geocodeController: AbortController | null = null;
  #hashRead = false;
  #focusAfter: string | null = null;
  #requested = new Set<Lazy<unknown>>();
  #loadingParts = 0;
  #searchSeq = 0;

  /** URL of a directory in the library's JSON format or CSV (see schemas/). */
  src = '';

  /** One or more Open Referral UK API roots (space-separated); read whole and merged. */
  oruk = '';

  /** The format of `src` / `oruk`: auto (default), oruk1, oruk3, json or csv. */
  format: DirectoryFormat = 'auto';

  /** A CORS proxy URL template with `{url}`, for feeds that send no CORS headers. */
  proxy = '';

  /** A postcodes.io-compatible geocoder root. Unset by default: no postcode leaves the page. */
  geocoder = '';

  /** URL of an outward-code table (`{ "BS1": [51.45, -2.59] }`) for postcode search without a geocoder. */
  outcodes = '';

  /** Which group types to offer (space-separated ids, e.g. `baby-massage stay-play`); all by default. */
  categories = '';

  /** The starting search radius in `units` (0 = any distance). */
  radius = 5;

  /** `miles` (default) or `km`. */
  units = 'miles';

  /** The heading level of the finder's title (2–6), to fit the page's outline. */
  headingLevel = 2;

  /** england, wales, scotland or northern-ireland: which services the "nothing found" advice names. */
  nation = '';

  /** Where "Report something wrong" goes: a URL (the group id and name are added as `group` and `name`). */
  reportUrl = '';

  /** Or an email address for reports (used when `report-url` is not set). */
  reportEmail = '';

  /** Map tiles URL template (`https://tiles.example/{z}/{x}/{y}.png`). The map is offered only when set. */
  tileUrl = '';

  /** The tiles' attribution, shown on the map (plain text). */
  tileAttribution = '';

  /** "Now" for next sessions; the current time when unset (for tests and previews). */
  now: Date | undefined = undefined;

  /**
   * Where "Use my location" gets a position; the browser's geolocation when unset. For hosts with
   * their own location source, and for tests in browsers without a position override.
   */
  positionProvider: PositionProvider | undefined = undefined;

  /** The groups currently loaded (normalised; see `held-in-mind/data`). */
  get groups(): readonly DirectoryGroup[] {
    return this.groups_;
  }

  /** The last problem loading the directory, or null. */
  get error(): HeldInMindError | null {
    return this.loadError_;
  }

  /** What was skipped or repaired while reading the directory (English, for developers), or none. */
  get warnings(): readonly string[] {
    return this.#warnings;
  }

  /** Resolves once the directory has loaded (or failed). */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#handleHistory);
    window.addEventListener('hashchange', this.#handleHistory);
    this.#maybeLoad();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#handleHistory);
    window.removeEventListener('hashchange', this.#handleHistory);
    if (this.loading_) {
      this.#loadController?.abort();
      this.#loadKey = null;
    }
    this.#geocodeController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed as Map<PropertyKey, unknown>).has('announcement_'))
      this.#announcedIn = activeMessageLocale();
    if (!this.hasUpdated) this.state_ = emptyState(this.#defaultRadius());
    if (changed.has('radius') && this.hasUpdated)
      this.state_ = { ...this.state_, radius: this.#defaultRadius() };
    if (
      this.isConnected &&
      (changed.has('src') || changed.has('oruk') || changed.has('format') || changed.has('proxy'))
    )
      this.#maybeLoad();
  }

  protected override updated(): void {
    if (this.#focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfter)?.focus();
      this.#focusAfter = null;
    }
  }

  /** Reads the directory again (after a feed was down, say); the last results stay until it arrives. */
  reload(): Promise<void> {
    this.#loadKey = null;
    this.#maybeLoad();
    return this.#loaded;
  }

  #config(): SourceConfig {
    return {
      src: this.src.trim(),
      oruk: this.oruk.split(/\s+/).filter(Boolean),
      format: this.format,
      proxy: this.proxy || undefined,
    };
  }

  #defaultRadius(): number {
    const r = Number(this.radius);
    return Number.isFinite(r) && r >= 0 ? r : 5;
  }

  #maybeLoad(): void {
    const config = this.#config();
    const key = JSON.stringify(config);
    if (key === this.#loadKey) return;
    this.#loadKey = key;
    const data = (this.#data = this.#load(config));
    // Not once removed: a load cut short by removal reads the fragment when it is back.
    this.#loaded = data.then(() => (this.isConnected ? this.#readInitialState() : undefined));
  }

  // Once, after the first directory arrives: the fragment or the host form's value.
  async #readInitialState(): Promise<void> {
    if (this.#hashRead) return;
    this.#hashRead = true;
    await this.#applyInitialState();
  }

  async #load(config: SourceConfig): Promise<void> {
    this.#loadController?.abort();
    const controller = (this.#loadController = new AbortController());
    this.loading_ = true;
    try {
      const m = await source.load();
      const directory = await m.loadDirectory(config, controller.signal);
      if (controller.signal.aborted) return;
      if (directory.warnings.length) warn('some of the directory was skipped', directory.warnings);
      this.#warnings = directory.warnings;
      this.groups_ = directory.groups;
      this.places_ = m.placesIn(directory.groups);
      this.sample_ = directory.sample;
      this.failed_ = directory.failed;
      this.loadError_ = null;
      this.loadedAt_ = this.#now();
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loadError_ = toHeldInMindError(error, 'network');
      warn('could not load the directory', error);
      // Keep the last groups (shown with their date) rather than an empty list.
      if (this.#loadKey !== JSON.stringify(config)) return;
    } finally {
      if (!controller.signal.aborted) this.loading_ = false;
    }
  }

  #now(): Date {
    return this.now instanceof Date && Number.isFinite(this.now.getTime()) ? this.now : new Date();
  }

  // The fragment wins (a shared link, the back button); otherwise a value the host's own form
  // carried (a server may have filled it in after a no-JavaScript submit).
  async #applyInitialState(): Promise<void> {
    if (source.current?.hasFinderState(location.hash)) {
      await this.#applyHashState();
      return;
    }
    const field = this.querySelector<HTMLInputElement>(
      'form input[name="postcode"], form input[type="search"], form input[type="text"], form input:not([type])',
    );
    const value = field?.value.trim();
    if (value) {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#where');
      if (input) input.value = value;
      await this.#search(value, this.state_.keyword, false);
    }
  }

  async #applyHashState(): Promise<void> {
    const m = source.current;
    if (!m) return;
    const state = m.readState(location.hash, this.#defaultRadius());
    const where = state.near || state.place;
    this.state_ = state;
    this.shown_ = PAGE;
    if (state.group) this.open_ = new Set([state.group]);
    if (state.group) void details.load().then(() => this.requestUpdate());
    const input = this.renderRoot.querySelector<HTMLInputElement>('#where');
    if (input) input.value = where;
    const keyword = this.renderRoot.querySelector<HTMLInputElement>('#keyword');
    if (keyword) keyword.value = state.keyword;
    this.whereError_ = '';
    if (!where) {
      if (this.origin_?.kind !== 'location') this.origin_ = null;
    } else {
      const origin = await this.#resolve(where);
      if (typeof origin === 'string') {
        this.origin_ = null;
        this.whereError_ = origin;
      } else this.origin_ = origin;
    }
    this.#announce();
  }

  #handleHistory = () => {
    if (!this.#hashRead) return;
    void this.#applyHashState();
  };

  /** A point for what was typed, or the message to show under the field. */
  async #resolve(text: string): Promise<Origin | string> {
    await this.#data;
    this.#geocodeController?.abort();
    const controller = (this.#geocodeController = new AbortController());
    this.pending_++;
    try {
      const m = await source.load();
      return await m.resolveWhere(text, this.groups_, {
        outcodes: this.outcodes,
        geocoder: this.geocoder,
        signal: controller.signal,
      });
    } finally {
      this.pending_--;
    }
  }

  /** Runs a search for a place or postcode and a keyword, as the person asked. */
  async #search(where: string, keyword: string, push: boolean): Promise<void> {
    this.pending_++;
    try {
      await this.#runSearch(where, keyword, push);
    } finally {
      this.pending_--;
    }
  }

  async #runSearch(where: string, keyword: string, push: boolean): Promise<void> {
    const text = where.trim();
    let origin: Origin | null = null;
    const seq = ++this.#searchSeq;
    if (text) {
      const resolved = await this.#resolve(text);
      // A newer search has started (or the element left the page): this answer is stale.
      if (seq !== this.#searchSeq || !this.isConnected) return;
      if (typeof resolved === 'string') {
        this.whereError_ = resolved;
        this.announcement_ = resolved;
        this.#focusAfter = '#where';
        return;
      }
      origin = resolved;
    } else if (this.origin_?.kind === 'location') origin = this.origin_;
    this.whereError_ = '';
    this.origin_ = origin;
    this.state_ = {
      ...this.state_,
      near: origin?.kind === 'postcode' ? origin.label : '',
      place: origin?.kind === 'place' ? text : '',
      keyword: keyword.trim(),
      sort: origin ? 'distance' : this.state_.sort,
      group: '',
    };
    this.#afterChange(push, true);
  }

  /** After any change the person made: first page, URL, announcement, event. */
  #afterChange(push: boolean, focusResults: boolean): void {
    this.shown_ = PAGE;
    const hash = source.current?.writeState(location.hash, this.state_, this.#defaultRadius());
    const url = `${location.pathname}${location.search}${hash}`;
    if (hash !== undefined && url !== `${location.pathname}${location.search}${location.hash}`) {
      if (push) history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    }
    const { total } = this.#search_(1);
    this.#announce(total);
    if (focusResults) this.#focusAfter = '#results-heading';
    this.dispatchEvent(
      new GroupFinderSearchEvent({
        near: this.origin_ && this.origin_.kind !== 'location' ? this.origin_.label : null,
        kind: this.origin_?.kind ?? null,
        keyword: this.state_.keyword,
        total,
      }),
    );
  }

  #announce(total = this.#search_(1).total): void {
    this.announcement_ = `${this.#countLine(total)}. ${this.#nearLine()}`.trim();
  }

  #offered(): GroupType[] {
    const wanted = this.categories.split(/[\s,]+/).filter(isGroupType);
    return wanted.length ? wanted : [...GROUP_TYPES];
  }

  #radiusKm(radius: number): number | undefined {
    if (!this.origin_ || !(radius > 0)) return undefined;
    return this.units === 'km' ? radius : milesToKm(radius);
  }

  #search_(limit: number, withoutRadius = false): SearchResults {
    // the search code arrives with the directory (source chunk); before that there is nothing to find
    const searchGroups = source.current?.searchGroups;
    if (!searchGroups) return { results: [], total: 0 };
    const s = this.state_;
    const offered = this.#offered();
    const radiusKm = withoutRadius ? undefined : this.#radiusKm(s.radius);
    return searchGroups(this.groups_, {
      text: s.keyword,
      categories: s.types.length ? s.types : offered.length < GROUP_TYPES.length ? offered : undefined,
      ...(s.age === '' ? {} : { ageMonths: s.age }),
      days: s.days,
      timesOfDay: s.times,
      freeOnly: s.free,
      stepFree: s.stepFree,
      language: s.language,
      ...(s.attendance ? { attendance: s.attendance } : {}),
      ...(this.origin_ ? { near: this.origin_ } : {}),
      ...(radiusKm === undefined ? {} : { radiusKm }),
      sort: this.origin_ && s.sort === 'distance' ? 'distance' : 'next',
      limit,
      from: this.#now(),
    });
  }

  #filterCount(): number {
    const s = this.state_;
    return (
      s.types.length +
      (s.age === '' ? 0 : 1) +
      s.days.length +
      s.times.length +
      Number(s.free) +
      Number(s.stepFree) +
      Number(!!s.language) +
      Number(!!s.attendance)
    );
  }

  #countLine(total: number): string {
    return countText(total, formattingLocale(this), activeMessageLocale());
  }

  #nearLine(): string {
    const o = this.origin_;
    if (!o) return '';
    if (o.kind === 'location')
      return msg('Nearest to your location.', {
        id: 'hm.group-finder.near.location',
        desc: 'Under the result count after “Use my location”.',
      });
    const place = o.label;
    return msg(str`Near ${place}.`, {
      id: 'hm.group-finder.near.place',
      desc: 'Under the result count: the postcode area or place searched, e.g. “Near BS1.”',
    });
  }

  #select(group: DirectoryGroup, action: GroupFinderSelectAction): void {
    this.dispatchEvent(new GroupFinderSelectEvent({ groupId: group.id, name: group.name, action }));
  }

  // Handlers

  #handleSubmit = (event: Event) => {
    event.preventDefault();
    const where = this.renderRoot.querySelector<HTMLInputElement>('#where')?.value ?? '';
    const keyword = this.renderRoot.querySelector<HTMLInputElement>('#keyword')?.value ?? '';
    void this.#search(where, keyword, true);
  };

  #handleExplainLocation = () => {
    this.locating_ = 'explain';
    this.locationError_ = '';
    this.#focusAfter = '#share-location';
  };

  #handleCancelLocation = () => {
    this.locating_ = 'idle';
    this.#focusAfter = '#use-location';
  };

  #handleShareLocation = async () => {
    this.locating_ = 'asking';
    try {
      const point = await (this.positionProvider ?? browserPosition)();
      if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) throw new Error('no position');
      this.locating_ = 'idle';
      this.origin_ = { lat: point.lat, lon: point.lon, kind: 'location', label: '' };
      const where = this.renderRoot.querySelector<HTMLInputElement>('#where');
      if (where) where.value = '';
      this.whereError_ = '';
      this.state_ = { ...this.state_, near: '', place: '', sort: 'distance', group: '' };
      this.#afterChange(true, true);
    } catch (error) {
      this.locating_ = 'idle';
      const denied = (error as GeolocationPositionError | null)?.code === 1;
      this.locationError_ = denied
        ? msg(
            'Your location was not shared, so we cannot use it. You can search by postcode or place instead.',
            {
              id: 'hm.group-finder.location.denied',
              desc: 'Shown when the person (or the browser) refused to share their location.',
            },
          )
        : msg('Your location could not be found just now. You can search by postcode or place instead.', {
            id: 'hm.group-finder.location.failed',
            desc: 'Shown when the browser could not work out the location.',
          });
      this.announcement_ = this.locationError_;
      this.#focusAfter = '#use-location';
    }
  };

  #update(patch: Partial<FinderState>): void {
    this.state_ = { ...this.state_, ...patch, group: '' };
    this.#afterChange(false, false);
  }

  #handleSort = (event: Event) =>
    this.#update({ sort: (event.target as HTMLSelectElement).value === 'next' ? 'next' : 'distance' });

  #panelContext(): PanelContext {
    return {
      state: this.state_,
      locale: formattingLocale(this),
      units: this.units,
      update: (patch) => {
        this.#update(patch);
        if ('radius' in patch && this.state_.radius !== this.#defaultRadius())
          this.#focusAfter = '#results-heading';
      },
      clear: () => {
        const { near, place, keyword, sort } = this.state_;
        this.#update({ ...emptyState(this.#defaultRadius()), near, place, keyword, sort });
        this.#focusAfter = '#results-heading';
      },
    };
  }

  /** A lazy module for this render, or null while it loads (the element renders again when it arrives). */
  #need<T>(module: Lazy<T>): T | null {
    if (module.current) return module.current;
    if (!this.#requested.has(module)) {
      this.#requested.add(module);
      this.#loadingParts++;
      module
        .load()
        .catch((error: unknown) => warn('a part of the finder could not load', error))
        .finally(() => {
          this.#loadingParts--;
          this.requestUpdate();
        });
    }
    return null;
  }

  #handleFiltersToggle = (event: Event) => {
    this.filtersOpen_ = (event.target as HTMLDetailsElement).open;
  };

  #handleMore = () => {
    const first = this.shown_;
    this.shown_ += PAGE;
    this.#focusAfter = `#g-${first}-name`;
    const shown = Math.min(this.shown_, this.#search_(1).total);
    const n = formatNumber(shown, formattingLocale(this));
    this.announcement_ = msg(str`Showing ${n} groups.`, {
      id: 'hm.group-finder.more.done',
      desc: 'Announced after “Show more”: how many groups are now in the list.',
    });
  };

  #handleDetails = async (group: DirectoryGroup) => {
    const open = new Set(this.open_);
    if (open.has(group.id)) open.delete(group.id);
    else {
      open.add(group.id);
      this.#select(group, 'details');
    }
    this.open_ = open;
    if (!details.current) {
      this.pending_++;
      try {
        await details.load();
      } finally {
        this.pending_--;
      }
    }
  };

  #handleRetry = () => {
    void this.reload();
  };

  #handlePrint = () => window.print();

  #handleMap = async () => {
    this.mapOpen_ = !this.mapOpen_;
    if (this.mapOpen_) {
      this.pending_++;
      try {
        await map.load();
      } catch (error) {
        warn('the map could not load', error);
        this.mapOpen_ = false;
      } finally {
        this.pending_--;
      }
    }
  };

  /** From the map: open a group's details in the list and move there. */
  #handleMarker = (index: number, group: DirectoryGroup) => {
    if (!this.open_.has(group.id)) void this.#handleDetails(group);
    this.#select(group, 'map');
    this.#focusAfter = `#g-${index}-name`;
    this.requestUpdate();
  };

  #handleCopy = async (group: DirectoryGroup) => {
    const hash = source.current?.writeState('', { ...emptyState(), group: group.id }, 0) ?? '';
    const link = `${location.origin}${location.pathname}${location.search}${hash}`;
    this.#select(group, 'copy-link');
    // The link is shown at once (and stays), so the person sees what is copied and can copy it
    // by hand when the browser refuses.
    this.copied_ = link;
    let ok = false;
    try {
      await navigator.clipboard.writeText(link);
      ok = true;
    } catch {
      // No clipboard (insecure page, denied permission).
    }
    this.announcement_ = ok
      ? msg('Link copied.', {
          id: 'hm.group-finder.copy.done',
          desc: 'Announced after a link to a group was copied.',
        })
      : '';
    if (!ok) this.#focusAfter = '.copy-fallback input';
  };

  // Rendering

  protected override render() {
    const locale = activeMessageLocale();
    const level = clampHeadingLevel(this.headingLevel);
    // Parts first: rendering them may start loading a lazy part, which counts as busy.
    const parts = [this.#renderNotices(), this.#renderForm(), this.#renderLocation(), this.#renderFilters()];
    const results = this.#renderResults(level);
    const busy = this.loading_ || this.pending_ > 0 || this.#loadingParts > 0;
    return html`
      <section
        class="finder frame"
        part="finder"
        lang=${locale}
        dir=${directionOf(locale)}
        aria-busy=${busy ? 'true' : 'false'}
        aria-labelledby="finder-title"
      >
        ${heading(level, msg('Find a group near you', { id: 'hm.group-finder.title', desc: 'Title of the group finder.' }), 'finder-title')}
        ${parts} ${results}
        <div role="status" class="visually-hidden">
          ${this.#announcedIn === locale ? this.announcement_ : ''}
        </div>
      </section>
    `;
  }

  #renderNotices() {
    const locale = formattingLocale(this);
    const notices = [];
    if (this.sample_)
      notices.push(
        html`<p class="notice" part="notice">
          ${msg('These are example groups that show how the finder works. They are not real.', {
            id: 'hm.group-finder.sample',
            desc: 'Shown when the page has not set up its own directory and the built-in examples are shown.',
          })}
        </p>`,
      );
    if (this.loadError_) {
      const reason = source.current?.errorMessage(this.loadError_) ?? '';
      const stale = this.groups_.length > 0 && this.loadedAt_;
      const when = stale
        ? formatDate(this.loadedAt_!, locale, {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: UK_TIME_ZONE,
          })
        : '';
      notices.push(
        html`<div class="message-error" part="notice">
          <p>
            ${
              stale
                ? msg(
                    str`The list of groups could not be updated. These are the groups as they were on ${when}.`,
                    {
                      id: 'hm.group-finder.error.stale',
                      desc: 'Shown when the directory could not be read again; the older list is still shown.',
                    },
                  )
                : msg('The list of groups could not be loaded.', {
                    id: 'hm.group-finder.error.load',
                    desc: 'Shown when the directory could not be read at all. Followed by the reason.',
                  })
            }
            ${reason}
          </p>
          <button type="button" class="button" @click=${this.#handleRetry}>
            ${msg('Try again', { id: 'hm.group-finder.error.retry', desc: 'Button that reads the directory again.' })}
          </button>
        </div>`,
      );
    } else if (this.failed_.length) {
      notices.push(
        html`<p class="notice" part="notice">
          ${msg('Some directories could not be reached, so some groups may be missing.', {
            id: 'hm.group-finder.error.partial',
            desc: 'Shown when one of several directories failed and the others are shown.',
          })}
        </p>`,
      );
    }
    return notices;
  }

  #renderForm() {
    const places = this.places_;
    const error = this.whereError_;
    return html`
      <form class="search" part="search" role="search" @submit=${this.#handleSubmit} novalidate>
        <div class="field">
          <label for="where"
            >${msg('Postcode or place', { id: 'hm.group-finder.where.label', desc: 'Label of the search field.' })}</label
          >
          <p class="hint" id="where-hint">
            ${msg(
              'For example BS1 4DJ, or a town. Only the first part of a postcode is kept in the page address.',
              {
                id: 'hm.group-finder.where.hint',
                desc: 'Hint under the search field.',
              },
            )}
          </p>
          ${error ? html`<p class="field-error" id="where-error">${error}</p>` : nothing}
          <input
            id="where"
            name="where"
            type="text"
            list="places"
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${error ? 'where-hint where-error' : 'where-hint'}
            aria-invalid=${error ? 'true' : 'false'}
          />
          <datalist id="places">${places.map((p) => html`<option value=${p.name}></option>`)}</datalist>
        </div>
        <div class="field">
          <label for="keyword"
            >${msg('Keyword (optional)', { id: 'hm.group-finder.keyword.label', desc: 'Label of the keyword field, e.g. “yoga”.' })}</label
          >
          <input id="keyword" name="keyword" type="search" autocomplete="off" />
        </div>
        <div class="row">
          <button type="submit" class="button primary">
            ${msg('Search', { id: 'hm.group-finder.search', desc: 'Button that runs the search.' })}
          </button>
          <button
            type="button"
            class="button"
            id="use-location"
            aria-expanded=${this.locating_ !== 'idle' ? 'true' : 'false'}
            aria-controls="location-panel"
            @click=${this.#handleExplainLocation}
          >
            ${msg('Use my location', { id: 'hm.group-finder.location.button', desc: 'Button that offers to use the device’s location.' })}
          </button>
        </div>
      </form>
    `;
  }

  #renderLocation() {
    return html`<div
      id="location-panel"
      class="location"
      ?hidden=${this.locating_ === 'idle' && !this.locationError_}
    >
      ${
        this.locating_ !== 'idle'
          ? html`<p>${this.#need(panels)?.locationExplanation()}</p>
              <div class="row">
                <button
                  type="button"
                  class="button primary"
                  id="share-location"
                  ?disabled=${this.locating_ === 'asking'}
                  @click=${this.#handleShareLocation}
                >
                  ${
                    this.locating_ === 'asking'
                      ? msg('Finding your location…', {
                          id: 'hm.group-finder.location.asking',
                          desc: 'Shown while waiting for the location.',
                        })
                      : msg('Share my location', {
                          id: 'hm.group-finder.location.share',
                          desc: 'Button that asks the browser for the location.',
                        })
                  }
                </button>
                <button type="button" class="button" @click=${this.#handleCancelLocation}>
                  ${msg('Cancel', { id: 'hm.group-finder.location.cancel', desc: 'Button that closes the location explanation.' })}
                </button>
              </div>`
          : nothing
      }
      ${this.locationError_ ? html`<p class="message-error">${this.locationError_}</p>` : nothing}
    </div>`;
  }

  #renderFilters() {
    const locale = formattingLocale(this);
    const count = this.#filterCount();
    const n = formatNumber(count, locale);
    const open = this.filtersOpen_ || count > 0;
    const panel = open ? this.#need(panels) : null;
    return html`
      <details class="filters" part="filters" ?open=${open} @toggle=${this.#handleFiltersToggle}>
        <summary>
          ${msg('Filters', { id: 'hm.group-finder.filters', desc: 'Heading of the filters section.' })}${
            count
              ? html` <span class="badge"
                  >${msg(str`(${n} chosen)`, { id: 'hm.group-finder.filters.count', desc: 'How many filters are in use.' })}</span
                >`
              : nothing
          }
        </summary>
        ${
          panel
            ? panel.renderFilters({
                ...this.#panelContext(),
                offered: this.#offered(),
                languages: [...new Set(this.groups_.flatMap((g) => g.languages))].sort(),
                radii: [...new Set([...RADII, this.#defaultRadius()])]
                  .filter((r) => r > 0)
                  .sort((a, b) => a - b),
                filterCount: count,
              })
            : nothing
        }
      </details>
    `;
  }

  #renderResults(level: number) {
    if (this.loading_ && this.groups_.length === 0)
      return html`<p class="loading">
        ${msg('Loading groups…', { id: 'hm.group-finder.loading', desc: 'Shown while the directory downloads.' })}
      </p>`;
    if (this.groups_.length === 0)
      return this.loadError_
        ? nothing
        : html`<p class="notice" part="notice">${this.#need(panels)?.emptyDirectory()}</p>`;
    const locale = formattingLocale(this);
    const { results, total } = this.#search_(this.shown_);
    const pinned = this.state_.group ? this.groups_.find((g) => g.id === this.state_.group) : undefined;
    const list: GroupResult[] =
      pinned && !results.some((r) => r.group === pinned) ? [{ group: pinned }, ...results] : results;
    const canMap = !!this.tileUrl && list.some((r) => r.group.venue?.lat !== undefined);
    return html`
      <div class="results-bar">
        ${resultHeading(level + 1, this.#countLine(total), 'results-heading')}
        <p class="near">${this.#nearLine()}</p>
        ${list.length || this.mapOpen_ ? this.#renderTools(canMap) : nothing}
      </div>
      ${
        this.mapOpen_ && map.current
          ? map.current.renderMap({
              results: list,
              origin: this.origin_,
              tileUrl: this.tileUrl,
              attribution: this.tileAttribution,
              label: msg('Map of the groups in the list', {
                id: 'hm.group-finder.map.label',
                desc: 'Accessible name of the map.',
              }),
              markerLabel: (i, g) => `${formatNumber(i + 1, locale)}. ${g.name}`,
              onSelect: this.#handleMarker,
            })
          : nothing
      }
      ${total === 0 && !pinned ? this.#renderEmpty() : nothing}
      <ol class="results" part="results">
        ${list.map((r, i) => this.#renderResult(r, i, level + 2))}
      </ol>
      ${
        total > this.shown_
          ? html`<button type="button" class="button more" @click=${this.#handleMore}>
              ${msg('Show more groups', { id: 'hm.group-finder.more', desc: 'Button that adds the next 20 groups to the list.' })}
            </button>`
          : nothing
      }
    `;
  }

  #renderResult(result: GroupResult, index: number, level: number) {
    const locale = formattingLocale(this);
    const { group } = result;
    const now = this.#now();
    const next = result.next ?? source.current?.nextSessions(group, now, 1)[0];
    const venue = group.venue;
    const open = this.open_.has(group.id);
    const id = `g-${index}`;
    const distance =
      result.distanceKm !== undefined
        ? formatDistance(result.distanceKm, locale, this.units === 'km' ? 'kilometer' : 'mile')
        : '';
    const where = [venue?.name, venue?.postcode ?? venue?.outward].filter(Boolean).join(', ');
    const ages = agesLabel(group.ages, locale);
    const types = formatList(group.categories.map(typeLabel), locale, 'unit');
    return html`<li class="result" part="result">
      <article aria-labelledby="${id}-name">
        ${resultHeading(level, html`<span class="num" aria-hidden="true">${formatNumber(index + 1, locale)}</span> <bdi>${group.name}</bdi>`, `${id}-name`)}
        <p class="types">${[types, attendanceLabel(group.attendance)].filter(Boolean).join(' · ')}</p>
        <ul class="facts">
          ${
            distance
              ? html`<li>
                  ${msg(str`${distance} away`, { id: 'hm.group-finder.result.distance', desc: 'How far away the group meets, e.g. “1.2 miles away”.' })}
                </li>`
              : nothing
          }
          <li>
            ${
              next
                ? msg(str`Next: ${sessionWhen(next, now, locale)}`, {
                    id: 'hm.group-finder.result.next',
                    desc: 'The next session, e.g. “Next: Tomorrow, 10:00–11:00”.',
                  })
                : msg('Ask the group for its next date', {
                    id: 'hm.group-finder.result.no-date',
                    desc: 'Shown when the directory gives no dates.',
                  })
            }
          </li>
          <li>
            ${group.cost === 'paid' && group.costText ? `${costLabel('paid')}: ${group.costText}` : costLabel(group.cost)}
          </li>
          ${group.booking ? html`<li>${bookingLabel(group.booking)}</li>` : nothing}
          ${ages ? html`<li>${msg(str`Ages: ${ages}`, { id: 'hm.group-finder.result.ages', desc: 'Who the group is for, e.g. “Ages: 0–11 months”.' })}</li>` : nothing}
          ${where ? html`<li><bdi>${where}</bdi></li>` : nothing}
          ${venue?.accessibility.length ? html`<li><bdi>${formatList(venue.accessibility, locale, 'unit')}</bdi></li>` : nothing}
          ${group.lastChecked ? html`<li class="checked">${checkedLabel(group.lastChecked, locale)}</li>` : nothing}
        </ul>
        <button
          type="button"
          class="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${id}-details"
          aria-describedby="${id}-name"
          @click=${() => this.#handleDetails(group)}
        >
          ${
            open
              ? msg('Hide details', {
                  id: 'hm.group-finder.details.hide',
                  desc: 'Button that closes a group’s details.',
                })
              : msg('Show details', {
                  id: 'hm.group-finder.details.show',
                  desc: 'Button that opens a group’s details.',
                })
          }
        </button>
        <div id="${id}-details" class="details" part="details" ?hidden=${!open}>
          ${
            open
              ? (details.current?.renderDetails(group, {
                  now,
                  locale,
                  level: level + 1,
                  idPrefix: id,
                  reportUrl: this.reportUrl,
                  reportEmail: this.reportEmail,
                  copied: this.copied_,
                  onCopy: () => this.#handleCopy(group),
                  onAction: (action) => this.#select(group, action),
                }) ??
                html`<p>
                  ${msg('Loading…', { id: 'hm.group-finder.details.loading', desc: 'Shown while a group’s details load.' })}
                </p>`)
              : nothing
          }
        </div>
      </article>
    </li>`;
  }

  // Sorting, mapping and printing an empty list would only be noise.
  #renderTools(canMap: boolean) {
    return html`<div class="row tools">
      <label for="sort"
        >${msg('Sort by', { id: 'hm.group-finder.sort', desc: 'Label of the sort order picker.' })}</label
      >
      <select id="sort" @change=${this.#handleSort}>
        ${
          this.origin_
            ? html`<option value="distance" ?selected=${this.state_.sort === 'distance'}>
                ${msg('Nearest first', { id: 'hm.group-finder.sort.distance', desc: 'Sort option.' })}
              </option>`
            : nothing
        }
        <option value="next" ?selected=${!this.origin_ || this.state_.sort === 'next'}>
          ${msg('Soonest first', { id: 'hm.group-finder.sort.next', desc: 'Sort option: by next session.' })}
        </option>
      </select>
      ${
        canMap
          ? html`<button
              type="button"
              class="button"
              aria-expanded=${this.mapOpen_ ? 'true' : 'false'}
              @click=${this.#handleMap}
            >
              ${
                this.mapOpen_
                  ? msg('Hide map', { id: 'hm.group-finder.map.hide', desc: 'Button.' })
                  : msg('Show map', {
                      id: 'hm.group-finder.map.show',
                      desc: 'Button that loads a map of the results.',
                    })
              }
            </button>`
          : nothing
      }
      <button type="button" class="button" @click=${this.#handlePrint}>
        ${msg('Print the list', { id: 'hm.group-finder.print', desc: 'Button that prints the results.' })}
      </button>
    </div>`;
  }

  #renderEmpty() {
    const panel = this.#need(panels);
    if (!panel) return nothing;
    const s = this.state_;
    const distanceApplies = this.#radiusKm(s.radius) !== undefined;
    return panel.renderEmpty({
      ...this.#panelContext(),
      beyond: distanceApplies ? this.#search_(3, true).results : [],
      wider: distanceApplies ? RADII.find((r) => r > s.radius) : undefined,
      filterCount: this.#filterCount(),
      nation: this.nation,
    });
  }
}

/** A heading that focus can be moved to from code (the results count, a group's name). */
function resultHeading(level: number, content: unknown, id: string) {
  switch (Math.min(6, level)) {
    case 3:
      return html`<h3 id=${id} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id} tabindex="-1">${content}</h6>`;
  }
}

function browserPosition(): Promise<LatLon> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject(new Error('no geolocation'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude }),
      reject,
      { timeout: 20_000, maximumAge: 300_000 },
    );
  });
}
