import { LitElement, html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../core/localize.js';
import { baseStyles, frameStyles } from '../../core/styles.js';
import { episodePlayerStyles } from './episode-player.styles.js';
import { heading } from '../../core/heading.js';
import { LocaleController } from '../../core/locale-controller.js';
import { lazy } from '../../core/lazy.js';
import { activeMessageLocale, directionOf, formattingLocale, primaryLanguage } from '../../core/locale.js';
import { formatClock, formatDuration, formatNumber } from '../../core/format.js';
import { toHeldInMindError } from '../../core/errors.js';
import { safeStorage } from '../../core/storage.js';
import { safeUrl } from '../../core/safe-url.js';
import { copyText } from '../../core/clipboard.js';
import { setSanitisedHtml } from '../../core/trusted-html.js';
import { readTimeFragment, withTimeFragment } from '../../data/podcast/media-fragment.js';
import type { Chapter } from '../../data/podcast/chapters.js';
import type { Cue, TranscriptMatch } from '../../data/podcast/transcript.js';
import type { TranscriptLink } from '../../data/podcast/feed-types.js';
import {
  fromData,
  fromMediaElement,
  isVideo,
  playableSource,
  preferredTranscript,
  preferredVersion,
  type PlayerEpisode,
} from './source.js';
import type { Problem } from './messages.js';
import { playbackFailed } from './playback-failed.js';
import { claimMediaSession, setSessionState } from './media-session.js';
import {
  EpisodePlayerChapterEvent,
  EpisodePlayerEndedEvent,
  EpisodePlayerPauseEvent,
  EpisodePlayerPlayEvent,
  EpisodePlayerSeekEvent,
} from './episode-player.events.js';

// Only what a given episode needs is downloaded: the feed reader for `feed`, the transcript and
// chapter parsers when the episode has them, the sanitiser when show notes are opened.
const feedSource = lazy(() => import('./feed-source.js'));
const extras = lazy(() => import('./extras.js'));
const showNotes = lazy(() => import('../../data/podcast/show-notes.js'));
const help = lazy(() => import('./help.js'));
type Extras = typeof import('./extras.js');
// Problems are set through closures, never `this[name]`: the drop-in build renames `…_` fields.
type ProblemSlot = (problem?: Problem) => Problem | null;

const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];
const STORAGE_PREFIX = 'episode-player:';
const MEDIA_EVENTS = [
  'play',
  'pause',
  'ended',
  'timeupdate',
  'durationchange',
  'loadedmetadata',
  'waiting',
  'playing',
  'canplay',
  'seeked',
  'volumechange',
  'error',
] as const;

// Every player on the page, so that starting one can pause the others.
const players = new Set<HmEpisodePlayer>();

// iOS and some embedded engines ignore `volume` (the hardware buttons own it): hide the slider there.
let volumeWorks: boolean | undefined;
function canSetVolume(): boolean {
  if (volumeWorks === undefined) {
    const probe = document.createElement('audio');
    probe.volume = 0.5;
    volumeWorks = probe.volume === 0.5;
  }
  return volumeWorks;
}

const AUTONYMS: Record<string, string> = { en: 'English', cy: 'Cymraeg', ar: 'العربية' };
/** A language's own name for itself ("Cymraeg"), for the "Listen in" switch. */
function autonym(lang: string | undefined): string {
  if (!lang) return '?';
  const primary = primaryLanguage(lang);
  if (AUTONYMS[primary]) return AUTONYMS[primary];
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(primary) ?? lang;
  } catch {
    return lang;
  }
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) &&
  (target as HTMLInputElement).type !== 'range';

const ICONS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  back: 'M12 5V1L7 6l5 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z',
  forward: 'M12 5V1l5 5-5 5V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z',
  previous: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
  volume: 'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z',
  muted:
    'M3 9v6h4l5 5V4L7 9zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z',
};
const icon = (path: string) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d=${path}></path>
  </svg>`;

/**
 * The podcast episode player: one episode of a guidance podcast or a short film, from a feed or
 * from attributes, with chapters, a synced and searchable transcript, show notes, speed, share at a
 * time and (when allowed) resume. Audio and video. Wrap an `<audio controls>` or `<video controls>`
 * so the page has a working player before the element upgrades or without JavaScript.
 *
 * @summary A podcast episode player with chapters, a searchable transcript and share-at-time.
 *
 * @slot - An optional `<audio controls>` or `<video controls>` with `<source>`s and `<track>`s:
 *   the player before upgrade and without JavaScript; afterwards the element drives it.
 *
 * @csspart player - The whole player.
 * @csspart heading - The episode title.
 * @csspart artwork - The episode artwork.
 * @csspart controls - The transport controls (always left to right).
 * @csspart timeline - The seek bar with its chapter markers.
 * @csspart chapters - The chapters panel.
 * @csspart transcript - The transcript panel.
 * @csspart notes - The show notes panel.
 * @csspart error - A problem with the episode, and what the page owner can do.
 * @csspart media - The player's own `<video>` (not a slotted one).
 *
 * @cssprop --hm-episode-player-background - Player background (falls back to --hm-color-surface).
 * @cssprop --hm-episode-player-border-color - Player border (falls back to --hm-color-border).
 * @cssprop --hm-episode-player-accent - Buttons and the played part of the timeline (falls back to --hm-color-accent).
 *
 * @fires {EpisodePlayerPlayEvent} hm-episode-player-play - Playback started.
 * @fires {EpisodePlayerPauseEvent} hm-episode-player-pause - Playback paused.
 * @fires {EpisodePlayerEndedEvent} hm-episode-player-ended - The episode played to its end.
 * @fires {EpisodePlayerChapterEvent} hm-episode-player-chapter - Playback moved into another chapter.
 * @fires {EpisodePlayerSeekEvent} hm-episode-player-seek - The person moved the playing position.
 */
export class HmEpisodePlayer extends LitElement {
  static override styles = [baseStyles, frameStyles('episode-player'), episodePlayerStyles];

  static override properties = {
    feed: {},
    guid: {},
    episode: {},
    proxy: {},
    src: {},
    episodeTitle: { attribute: 'episode-title' },
    artwork: {},
    duration: { type: Number },
    transcript: {},
    transcriptType: { attribute: 'transcript-type' },
    chapters: {},
    chaptersType: { attribute: 'chapters-type' },
    skipBack: { type: Number, attribute: 'skip-back' },
    skipForward: { type: Number, attribute: 'skip-forward' },
    preload: {},
    resume: { type: Boolean },
    allowOverlap: { type: Boolean, attribute: 'allow-overlap' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    episode_: { state: true },
    loading_: { state: true },
    problem_: { state: true },
    warning_: { state: true },
    version_: { state: true },
    video_: { state: true },
    playing_: { state: true },
    buffering_: { state: true },
    time_: { state: true },
    mediaDuration_: { state: true },
    rate_: { state: true },
    muted_: { state: true },
    volume_: { state: true },
    chapters_: { state: true },
    chaptersProblem_: { state: true },
    cues_: { state: true },
    transcriptLink_: { state: true },
    transcriptProblem_: { state: true },
    follow_: { state: true },
    query_: { state: true },
    matches_: { state: true },
    match_: { state: true },
    notes_: { state: true },
    resumeAt_: { state: true },
    copied_: { state: true },
    announcement_: { state: true },
    helpReady_: { state: true },
    windowStart_: { state: true },
  };

  constructor() {
    super();
    new LocaleController(this);
  }

  private episode_: PlayerEpisode | null = null;
  private loading_ = false;
  private problem_: Problem | null = null;
  private warning_: Problem | null = null;
  private version_ = 0;
  private video_ = false;
  private playing_ = false;
  private buffering_ = false;
  private time_ = 0;
  private mediaDuration_ = NaN;
  private rate_ = 1;
  private muted_ = false;
  private volume_ = 1;
  private chapters_: Chapter[] = [];
  private chaptersProblem_: Problem | null = null;
  private cues_: Cue[] | null = null;
  private transcriptLink_: TranscriptLink | null = null;
  private transcriptProblem_: Problem | null = null;
  private follow_ = true;
  private query_ = '';
  private matches_: TranscriptMatch[] = [];
  private match_ = 0;
  private notes_: 'closed' | 'loading' | 'shown' | 'failed' = 'closed';
  private resumeAt_: number | null = null;
  private copied_: { link: string; failed: boolean } | null = null;
  private announcement_ = '';
  private helpReady_ = false;
  private windowStart_ = 0;
  #media: HTMLMediaElement | null = null;
  #ownMedia: HTMLMediaElement | null = null;
  #restoreControls = false;
  #resolving: AbortController | null = null;
  #textLoads: AbortController | null = null;
  #pendingStart: number | null = null;
  #stopAt: number | null = null;
  #lastSaved = 0;
  #chapterIndex = -1;
  #probed = new Set<string>();
  /** Files of this episode the browser could not play ("maybe" from canPlayType, then no decoder). */
  #failedSources = new Set<string>();
  #activeCue = -1;
  #transcriptRequested = false;
  #scrollTo: number | null = null;

  /** Address of a podcast RSS or Atom feed (the episode comes from it). */
  feed = '';

  /** The episode's guid in the feed (default: the newest episode). */
  guid = '';

  /**
   * An episode number in the feed (attribute), or the episode as data (property): an episode as
   * parseFeed returns it, or `{ src, title, artwork, duration, transcript, chapters, notes }`.
   */
  episode: unknown = undefined;

  /** A CORS proxy URL template with `{url}`, for feeds and transcripts on servers without CORS. */
  proxy = '';

  /** Address of the media file, when there is no feed. */
  src = '';

  /** The episode title, when there is no feed (`title` would give the whole player a tooltip). */
  episodeTitle = '';

  /** Address of the episode artwork. */
  artwork = '';

  /** Length in seconds, shown until the media file says. */
  duration: number | undefined = undefined;

  /** Address of a transcript (WebVTT, SRT, Podcasting 2.0 JSON or HTML). */
  transcript = '';

  /** The transcript's media type, if its address does not tell. */
  transcriptType = '';

  /** Address of a chapters file (Podcasting 2.0 JSON, Podlove Simple Chapters or WebVTT chapters). */
  chapters = '';

  /** The chapters file's media type, if its address does not tell. */
  chaptersType = '';

  /** Seconds the "back" button skips. */
  skipBack = 15;

  /** Seconds the "forward" button skips. */
  skipForward = 30;

  /** The media preload hint: none (default: nothing is downloaded until the person presses play), metadata or auto. */
  preload = 'none';

  /** Remember the position on this device and offer to resume (off by default: nothing is stored). */
  resume = false;

  /** Keep playing when another player on the page starts (by default starting one pauses the others). */
  allowOverlap = false;

  /** The heading level of the episode title (2–6). */
  headingLevel = 2;

  /** The media element the player drives (the slotted one, or its own), once there is one. */
  get media(): HTMLMediaElement | null {
    return this.#media;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    players.add(this);
    const fragment = readTimeFragment(location.href);
    if (fragment) {
      this.#pendingStart = this.time_ = fragment.start;
      this.#stopAt = fragment.end ?? null;
    }
    void this.#resolve();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    players.delete(this);
    this.#resolving?.abort();
    this.#textLoads?.abort();
    this.#textLoads = null;
    this.#media?.pause();
    this.#detachMedia();
  }

  protected override willUpdate(): void {
    // Sources set after connecting (a page that sets `episode` just after adding the element, in
    // the same task, before the first render) or changed later: read them again.
    if (this.isConnected && this.#sources().some((value, i) => value !== this.#resolvedSources[i]))
      void this.#resolve();
    // Follow along: the line being spoken comes into the window now, and into view after render
    // (not while a search has matches: the list then stays on them).
    if (this.follow_ && this.cues_ && !this.matches_.length) {
      const cue = this.#currentCue();
      if (cue !== this.#activeCue) {
        this.#activeCue = cue;
        this.#revealCue(cue);
        this.#scrollTo = cue;
      }
    }
  }

  protected override updated(): void {
    if (this.#scrollTo !== null) this.#scrollList(this.#scrollTo);
    this.#scrollTo = null;
  }

  /** Starts playback; resolves when it has started (never rejects: a refusal leaves it paused). */
  async play(): Promise<void> {
    try {
      await this.#media?.play();
    } catch {
      // autoplay policy or no source: the play button stays available
    }
  }

  /** Pauses playback. */
  pause(): void {
    this.#media?.pause();
  }

  /** Moves to a time in seconds (as if the person had seeked, but without an event). */
  seek(time: number): void {
    this.#seekTo(time, false);
  }

  // ---- sources ----

  #slotted(): HTMLMediaElement | null {
    return this.querySelector(':scope > audio, :scope > video');
  }

  /** What the episode is read from; #resolve keeps the values it read. */
  #sources = (): unknown[] => [
    this.feed,
    this.guid,
    this.episode,
    this.src,
    this.episodeTitle,
    this.artwork,
    this.duration,
    this.transcript,
    this.chapters,
  ];
  #resolvedSources: unknown[] = [];

  async #resolve(): Promise<void> {
    this.#resolvedSources = this.#sources();
    this.#resolving?.abort();
    this.#textLoads?.abort();
    // Transcript and chapter loads for the new source need a live controller of their own.
    this.#textLoads = null;
    const controller = (this.#resolving = new AbortController());
    this.problem_ = this.warning_ = this.chaptersProblem_ = this.transcriptProblem_ = null;
    this.chapters_ = [];
    this.cues_ = null;
    this.#transcriptRequested = false;
    this.#chapterIndex = -1;
    let data: Partial<PlayerEpisode>;
    const slotted = this.#slotted();
    try {
      if (this.episode && typeof this.episode === 'object')
        data = fromData(this.episode as Record<string, unknown>);
      else if (this.feed) {
        this.loading_ = true;
        const n = Number(this.episode);
        const m = await feedSource.load();
        data = await m.episodeFromFeed(
          this.feed,
          this.guid ? { guid: this.guid } : Number.isInteger(n) && n > 0 ? { episode: n } : {},
          { proxy: this.proxy, signal: controller.signal },
        );
      } else if (this.src) data = fromData({ src: this.src });
      else data = slotted ? fromMediaElement(slotted) : {};
    } catch (error) {
      if (controller.signal.aborted) return;
      this.loading_ = false;
      this.#report(this.#problemSlot, (m) => m.feedProblem(toHeldInMindError(error, 'network')));
      return;
    }
    if (controller.signal.aborted) return;
    this.loading_ = false;
    // Attributes add to (or correct) what the source gave.
    const own = fromData({
      title: this.episodeTitle,
      artwork: this.artwork,
      duration: this.duration,
      transcript: this.transcript,
      transcriptType: this.transcriptType,
      chapters: this.chapters,
      chaptersType: this.chaptersType,
    });
    if (slotted && !data.versions?.length) data.versions = fromMediaElement(slotted).versions;
    const versions = data.versions ?? [];
    const episode: PlayerEpisode = {
      ...data,
      key: data.key ?? versions[0]?.sources[0]?.url ?? '',
      title: own.title ?? data.title ?? '',
      artwork: own.artwork ?? data.artwork,
      duration: own.duration ?? data.duration,
      versions,
      transcripts: [...(own.transcripts ?? []), ...(data.transcripts ?? [])],
      chaptersLink: own.chaptersLink ?? data.chaptersLink,
      chapters: data.chapters ?? [],
    };
    this.episode_ = episode;
    this.#failedSources.clear();
    this.version_ = preferredVersion(versions, activeMessageLocale());
    this.transcriptLink_ =
      preferredTranscript(episode.transcripts, activeMessageLocale(), episode.lang) ?? null;
    this.chapters_ = episode.chapters;
    this.#applySource(false);
    this.#checkResume();
    if (episode.chaptersLink && !episode.chapters.length) void this.#loadChapters(episode);
  }

  #applySource(keepPosition: boolean): void {
    const episode = this.episode_;
    if (!episode) return;
    const slotted = this.#slotted();
    const probe = slotted ?? this.#ownMedia ?? document.createElement('audio');
    const source = playableSource(episode.versions[this.version_], probe, this.#failedSources);
    if (!source) {
      this.#report(this.#problemSlot, (m) => m.mediaProblem('no-media'));
      return;
    }
    this.problem_ = null;
    const video = slotted ? slotted.localName === 'video' : isVideo(source.type);
    let media = slotted;
    if (!media) {
      if (!this.#ownMedia || (this.#ownMedia.localName === 'video') !== video) {
        this.#ownMedia = document.createElement(video ? 'video' : 'audio');
        this.#ownMedia.setAttribute('playsinline', '');
        this.#ownMedia.part.add('media');
      }
      media = this.#ownMedia;
    }
    if (media !== this.#media) {
      this.#detachMedia();
      this.#attachMedia(media);
    }
    this.video_ = video;
    if (!slotted || !slotted.hasAttribute('preload'))
      media.preload = this.preload as HTMLMediaElement['preload'];
    if (video && episode.artwork && !media.hasAttribute('poster'))
      media.setAttribute('poster', episode.artwork);
    if (media.getAttribute('src') !== source.url) {
      const wasPlaying = !media.paused;
      if (keepPosition) this.#pendingStart = media.currentTime;
      media.src = source.url;
      if (wasPlaying) void this.play();
    }
  }

  #attachMedia(media: HTMLMediaElement): void {
    this.#media = media;
    if (media.hasAttribute('controls')) {
      // The native controls were the no-JavaScript player; the element's own take over now.
      this.#restoreControls = true;
      media.removeAttribute('controls');
    }
    for (const type of MEDIA_EVENTS) media.addEventListener(type, this.#onMedia);
    this.muted_ = media.muted;
    this.volume_ = media.volume;
  }

  #detachMedia(): void {
    const media = this.#media;
    if (!media) return;
    for (const type of MEDIA_EVENTS) media.removeEventListener(type, this.#onMedia);
    if (this.#restoreControls) media.setAttribute('controls', '');
    this.#restoreControls = false;
    this.#media = null;
  }

  async #loadChapters(episode: PlayerEpisode): Promise<void> {
    const link = episode.chaptersLink!;
    const controller = (this.#textLoads ??= new AbortController());
    try {
      const m = await extras.load();
      const list = await m.loadChapters(link.url, link.type, this.proxy, episode.duration, controller.signal);
      if (this.episode_ === episode) this.chapters_ = list.chapters;
    } catch (error) {
      if (!controller.signal.aborted && this.episode_ === episode)
        this.#report(this.#chaptersSlot, (m) =>
          m.textProblem('chapters', toHeldInMindError(error, 'network')),
        );
    }
  }

  async #loadTranscript(): Promise<void> {
    const link = this.transcriptLink_;
    const episode = this.episode_;
    if (!link || this.#transcriptRequested) return;
    this.#transcriptRequested = true;
    const controller = (this.#textLoads ??= new AbortController());
    try {
      const m = await extras.load();
      const transcript = await m.loadTranscript(link.url, link.type, this.proxy, controller.signal);
      if (this.episode_ === episode) this.cues_ = transcript.cues;
    } catch (error) {
      if (!controller.signal.aborted && this.episode_ === episode)
        this.#report(this.#transcriptSlot, (m) =>
          m.textProblem('transcript', toHeldInMindError(error, 'network')),
        );
    }
  }

  // ---- time ----

  /** The length in seconds: the media's once known, else the feed's or attribute's, else NaN. */
  #duration(): number {
    const d = this.mediaDuration_;
    if (Number.isFinite(d) && d > 0) return d;
    return this.episode_?.duration ?? NaN;
  }

  #seekTo(time: number, byPerson: boolean): void {
    const media = this.#media;
    const duration = this.#duration();
    const to = Math.max(0, Number.isFinite(duration) ? Math.min(time, duration) : time);
    const from = this.time_;
    if (media && media.readyState >= 1) {
      this.#pendingStart = null;
      media.currentTime = to;
    } else this.#pendingStart = to;
    this.time_ = to;
    this.#stopAt = null;
    this.resumeAt_ = null;
    if (byPerson) this.dispatchEvent(new EpisodePlayerSeekEvent({ time: to, from }));
  }

  #skip(seconds: number): void {
    this.#seekTo(this.time_ + seconds, true);
  }

  #visibleChapters(): Chapter[] {
    return this.chapters_.filter((c) => !c.hidden);
  }

  /** Index into chapters_ of the chapter playing at `time`, or -1. */
  #chapterAt(time: number, list: Chapter[] = this.chapters_): number {
    let found = -1;
    list.forEach((c, i) => {
      if (c.start <= time + 0.25) found = i;
    });
    return found;
  }

  #moveChapter(step: 1 | -1): void {
    const list = this.#visibleChapters();
    const current = this.#chapterAt(this.time_, list);
    // "Previous" a few seconds into a chapter goes back to its start, as on a CD player.
    const target =
      step < 0 && current >= 0 && this.time_ - list[current]!.start > 3 ? current : current + step;
    const chapter = list[Math.max(0, Math.min(list.length - 1, target))];
    if (chapter) this.#seekTo(chapter.start, true);
  }

  /** The listed (not hidden) chapter playing now, for sharing and the system's media controls. */
  #currentChapter(): Chapter | undefined {
    const list = this.#visibleChapters();
    return list[this.#chapterAt(this.time_, list)];
  }

  #currentCue(): number {
    return this.cues_ && extras.current ? extras.current.activeCueIndex(this.cues_, this.time_) : -1;
  }

  // ---- media events ----

  #onMedia = (event: Event) => {
    const media = this.#media;
    if (!media) return;
    const time = media.currentTime;
    switch (event.type) {
      case 'loadedmetadata':
        // The wanted start (a #t= link, resume, a seek before loading) stays pending until a
        // seek lands: some engines ignore a seek made this early and need it again on `playing`.
        if (this.#pendingStart !== null) media.currentTime = this.#pendingStart;
        media.playbackRate = this.rate_; // some engines reset it when a source loads
        this.mediaDuration_ = media.duration;
        break;
      case 'durationchange':
        this.mediaDuration_ = media.duration;
        break;
      case 'play':
        this.playing_ = true;
        this.resumeAt_ = null;
        if (!this.allowOverlap)
          for (const other of players) if (other !== this && !other.allowOverlap) other.pause();
        if (media.playbackRate !== this.rate_) media.playbackRate = this.rate_;
        this.#claimSession();
        this.dispatchEvent(new EpisodePlayerPlayEvent({ time }));
        void this.#checkRanges(media.currentSrc);
        break;
      case 'pause':
        this.playing_ = false;
        this.buffering_ = false;
        this.#save(time);
        if (!media.ended) this.dispatchEvent(new EpisodePlayerPauseEvent({ time }));
        setSessionState(false, this.#duration(), this.rate_, time);
        break;
      case 'ended':
        this.playing_ = false;
        if (this.resume) safeStorage.remove(this.#storageKey());
        this.dispatchEvent(new EpisodePlayerEndedEvent({ time }));
        break;
      case 'waiting':
        this.buffering_ = true;
        break;
      case 'playing':
      case 'canplay':
      case 'seeked':
        // Only a seek that lands where we asked ends the wait (WebKit reports a seek to 0 on load).
        if (
          event.type === 'seeked' &&
          this.#pendingStart !== null &&
          Math.abs(time - this.#pendingStart) <= 0.5
        )
          this.#pendingStart = null;
        this.buffering_ = false;
        if (media.playbackRate !== this.rate_) media.playbackRate = this.rate_;
        if (this.#pendingStart === null) this.time_ = time;
        else if (Math.abs(time - this.#pendingStart) > 0.5) media.currentTime = this.#pendingStart;
        break;
      case 'timeupdate':
        if (this.#pendingStart !== null && Math.abs(time - this.#pendingStart) > 0.5) break;
        this.#pendingStart = null;
        this.time_ = time;
        if (this.#stopAt !== null && time >= this.#stopAt) {
          this.#stopAt = null;
          media.pause();
        }
        this.#chapterChanged(time);
        if (Math.abs(time - this.#lastSaved) >= 5) this.#save(time);
        setSessionState(!media.paused, this.#duration(), this.rate_, time);
        break;
      case 'volumechange':
        this.muted_ = media.muted;
        this.volume_ = media.volume;
        break;
      case 'error':
        void this.#explainError(media);
        break;
    }
  };

  #chapterChanged(time: number): void {
    const index = this.#chapterAt(time);
    if (index === this.#chapterIndex) return;
    this.#chapterIndex = index;
    const chapter = this.chapters_[index];
    if (!chapter) return;
    if (this.playing_) this.#claimSession();
    this.dispatchEvent(new EpisodePlayerChapterEvent({ time, index, title: chapter.title }));
  }

  async #explainError(media: HTMLMediaElement): Promise<void> {
    if (!media.error || media.error.code === MediaError.MEDIA_ERR_ABORTED) return;
    const src = media.currentSrc || media.src;
    // The feed's next file (a WebM beside an MP4) before any error: engines say "maybe" to
    // types they then cannot decode.
    const version = this.episode_?.versions[this.version_];
    const failed = version?.sources.find((s) => new URL(s.url, document.baseURI).href === src);
    if (failed && media === this.#ownMedia && media.error.code === MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED) {
      this.#failedSources.add(failed.url);
      if (playableSource(version, media, this.#failedSources)) {
        const wanted = this.playing_ || this.buffering_ || !media.paused;
        this.#applySource(true);
        if (wanted) void this.play();
        return;
      }
    }
    this.playing_ = this.buffering_ = false;
    let kind: 'not-found' | 'unsupported' | 'unknown' = 'unknown';
    try {
      const problem = await (await extras.load()).diagnoseMedia(src);
      kind = problem === 'no-range' ? 'unknown' : problem;
    } catch {
      // could not ask: stay with "unknown"
    }
    if (media === this.#media && (media.currentSrc || media.src) === src)
      this.#report(this.#problemSlot, (m) => m.mediaProblem(kind));
  }

  /** Once per file: warn when its server ignores range requests (seeking then fails). */
  async #checkRanges(src: string): Promise<void> {
    if (!src || this.#probed.has(src)) return;
    this.#probed.add(src);
    try {
      const problem = await (await extras.load()).diagnoseMedia(src);
      if (problem === 'no-range' && this.#media?.currentSrc === src)
        this.#report(this.#warningSlot, (m) => m.mediaProblem('no-range'));
    } catch {
      // no answer, no warning
    }
  }

  /**
   * Shows a problem. Its words live in the extras chunk (most listeners never see one), so the slot
   * holds a blank problem (controls already disabled) until they arrive.
   */
  #report(slot: ProblemSlot, make: (m: Extras) => Problem): void {
    const token: Problem = { text: '', owner: '' };
    slot(token);
    extras
      .load()
      .then(make, () => ({ text: playbackFailed(), owner: '' }))
      .then((problem) => {
        if (slot() === token) slot(problem);
      });
  }

  #problemSlot: ProblemSlot = (p) => (p ? (this.problem_ = p) : this.problem_);
  #warningSlot: ProblemSlot = (p) => (p ? (this.warning_ = p) : this.warning_);
  #chaptersSlot: ProblemSlot = (p) => (p ? (this.chaptersProblem_ = p) : this.chaptersProblem_);
  #transcriptSlot: ProblemSlot = (p) => (p ? (this.transcriptProblem_ = p) : this.transcriptProblem_);

  #handleRetry = () => {
    // The same address again: the media element must be told to fetch it afresh.
    this.#media?.removeAttribute('src');
    void this.#resolve();
  };

  #claimSession(): void {
    const episode = this.episode_;
    if (!episode) return;
    const chapter = this.#currentChapter();
    claimMediaSession(
      { title: episode.title, show: episode.show, chapter: chapter?.title, artwork: episode.artwork },
      {
        play: () => void this.play(),
        pause: () => this.pause(),
        seekTo: (t) => this.#seekTo(t, true),
        seekBy: (s) => this.#skip(s),
        previous: () => this.#moveChapter(-1),
        next: () => this.#moveChapter(1),
        skipBack: this.skipBack,
        skipForward: this.skipForward,
      },
    );
  }

  // ---- resume ----

  #storageKey(): string {
    return STORAGE_PREFIX + (this.episode_?.key ?? '');
  }

  #checkResume(): void {
    if (!this.resume || !this.episode_?.key) return;
    const saved = Number(safeStorage.get(this.#storageKey()));
    const duration = this.#duration();
    this.resumeAt_ =
      Number.isFinite(saved) && saved >= 5 && !(Number.isFinite(duration) && saved > duration - 5)
        ? saved
        : null;
  }

  #save(time: number): void {
    if (!this.resume || !this.episode_?.key || time < 5) return;
    this.#lastSaved = time;
    safeStorage.set(this.#storageKey(), String(Math.floor(time)));
  }

  // ---- handlers ----

  #handlePlay = () => {
    const media = this.#media;
    if (!media) return;
    if (media.paused) void this.play();
    else media.pause();
  };

  // A host may add its <audio>/<video> after the element is on the page.
  #handleSlotChange = () => {
    const slotted = this.#slotted();
    const fromHost = !this.feed && !this.src && !(this.episode && typeof this.episode === 'object');
    if (fromHost && slotted && slotted !== this.#media && this.isConnected) void this.#resolve();
  };

  #handleBack = () => this.#skip(-this.skipBack);
  #handleForward = () => this.#skip(this.skipForward);
  #handlePreviousChapter = () => this.#moveChapter(-1);
  #handleNextChapter = () => this.#moveChapter(1);

  #handleSeekInput = (event: Event) => {
    this.#seekTo(Number((event.target as HTMLInputElement).value), true);
  };

  #handleSeekKey = (event: KeyboardEvent) => {
    const duration = this.#duration();
    const steps: Record<string, number> = {
      ArrowRight: 5,
      ArrowUp: 5,
      ArrowLeft: -5,
      ArrowDown: -5,
      PageUp: 60,
      PageDown: -60,
    };
    let to: number | undefined;
    if (event.key in steps) to = this.time_ + steps[event.key]!;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End' && Number.isFinite(duration)) to = duration;
    if (to === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.#seekTo(to, true);
  };

  #handleSpeed = (event: Event) => {
    this.#setRate(Number((event.target as HTMLSelectElement).value));
  };

  #setRate(rate: number): void {
    this.rate_ = Math.min(2, Math.max(0.5, rate));
    if (this.#media) this.#media.playbackRate = this.rate_;
  }

  #handleMute = () => {
    if (this.#media) this.#media.muted = !this.#media.muted;
  };

  #handleVolume = (event: Event) => {
    const media = this.#media;
    if (!media) return;
    media.volume = Number((event.target as HTMLInputElement).value);
    media.muted = media.volume === 0;
  };

  #handleVersion = (index: number) => {
    if (index === this.version_) return;
    this.version_ = index;
    this.#applySource(true);
  };

  #handleChapter = (chapter: Chapter) => this.#seekTo(chapter.start, true);

  #handleCue = (cue: Cue) => this.#seekTo(cue.start, true);

  #handleTranscriptToggle = (event: Event) => {
    if ((event.target as HTMLDetailsElement).open) {
      void this.#loadTranscript();
      this.#activeCue = -2; // scroll to the current cue once the panel shows
    }
  };

  #handleShift = (step: -1 | 1) => {
    const size = extras.current?.CUE_WINDOW ?? 50;
    const total = this.cues_?.length ?? 0;
    this.follow_ = false; // the person is reading elsewhere: stop pulling them back
    this.windowStart_ = Math.max(0, Math.min(total - size, this.windowStart_ + step * (size - 10)));
  };

  #handleFollow = (event: Event) => {
    this.follow_ = (event.target as HTMLInputElement).checked;
  };

  #handleSearch = (event: Event) => {
    this.query_ = (event.target as HTMLInputElement).value;
    this.matches_ =
      this.cues_ && extras.current ? extras.current.searchTranscript(this.cues_, this.query_) : [];
    this.match_ = 0;
    this.announcement_ =
      this.query_.trim() && extras.current
        ? extras.current.matchCountText(this.matches_.length, formattingLocale(this))
        : '';
    if (this.matches_.length) this.#scrollCue(this.matches_[0]!.index);
  };

  #handleSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#moveMatch(event.shiftKey ? -1 : 1);
    }
  };

  #moveMatch(step: number): void {
    const total = this.matches_.length;
    if (!total) return;
    this.match_ = (this.match_ + step + total) % total;
    this.#scrollCue(this.matches_[this.match_]!.index);
    this.announcement_ =
      extras.current?.matchPositionText(this.match_, this.matches_.length, formattingLocale(this)) ?? '';
  }

  #handleNotesToggle = async (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    if (!details.open || this.notes_ !== 'closed' || !this.episode_?.notes) return;
    this.notes_ = 'loading';
    const episode = this.episode_;
    try {
      const m = await showNotes.load();
      const clean = await m.sanitizeShowNotes(episode.notes!, { baseUrl: episode.notesBase });
      await this.updateComplete;
      const target = this.renderRoot.querySelector('.notes-body');
      this.notes_ = target && setSanitisedHtml(target, clean) ? 'shown' : 'failed';
    } catch {
      this.notes_ = 'failed';
    }
  };

  #handleResume = () => {
    const at = this.resumeAt_;
    if (at === null) return;
    this.#seekTo(at, true);
    void this.play();
  };

  #handleStartOver = () => {
    safeStorage.remove(this.#storageKey());
    this.#seekTo(0, true);
    this.resumeAt_ = null;
  };

  async #copy(link: string): Promise<void> {
    const ok = await copyText(link);
    this.copied_ = { link, failed: !ok };
    if (ok)
      this.announcement_ = msg('Link copied.', {
        id: 'hm.episode-player.share.copied',
        desc: 'Announced after a link to a time in the episode was copied.',
      });
    else {
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('#copy-link');
      input?.focus();
      input?.select();
    }
  }

  #handleShareTime = () => void this.#copy(withTimeFragment(location.href, this.time_));

  #handleShareChapter = () => {
    const chapter = this.#currentChapter();
    if (chapter) void this.#copy(withTimeFragment(location.href, chapter.start, chapter.end));
  };

  #handleHelp = async () => {
    try {
      await help.load();
    } catch {
      return; // offline: the shortcuts still work, only their list is missing
    }
    this.helpReady_ = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#help');
    if (dialog && !dialog.open) dialog.showModal();
  };

  #handleHelpClose = () => this.renderRoot.querySelector<HTMLDialogElement>('#help')?.close();

  // Shortcuts work only while focus is inside this player, so they never fight the page's own.
  #handleKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const onControl =
      event.target instanceof HTMLElement && /^(BUTTON|A|SUMMARY|INPUT)$/.test(event.target.tagName);
    const actions: Record<string, () => void> = {
      k: this.#handlePlay,
      j: this.#handleBack,
      l: this.#handleForward,
      m: this.#handleMute,
      '>': () => this.#setRate(this.rate_ + 0.25),
      '<': () => this.#setRate(this.rate_ - 0.25),
      n: this.#handleNextChapter,
      p: this.#handlePreviousChapter,
      '?': this.#handleHelp,
    };
    if (!onControl) actions[' '] = this.#handlePlay;
    const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action || (event.target as Element).closest?.('dialog')) return;
    event.preventDefault();
    action();
  };

  // ---- helpers ----

  /** A long transcript shows a window of lines: move it so that this line is in it. */
  #revealCue(index: number): void {
    const size = extras.current?.CUE_WINDOW ?? Infinity;
    if (index >= 0 && (index < this.windowStart_ || index >= this.windowStart_ + size))
      this.windowStart_ = Math.max(0, index - 10);
  }

  #scrollCue(index: number): void {
    this.#revealCue(index);
    void this.updateComplete.then(() => this.#scrollList(index));
  }

  /** Scrolls the transcript list (never the page) so that the line sits a third of the way down. */
  #scrollList(index: number): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.cues');
    const cue = list?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!list || !cue || !list.clientHeight) return;
    list.scrollTop = cue.offsetTop - list.clientHeight / 3;
  }

  /** The direction of the episode's own text (chapter titles, notes), when its language is known. */
  #textDir(): 'ltr' | 'rtl' | undefined {
    const lang = this.episode_?.lang;
    return lang ? directionOf(lang) : undefined;
  }

  #clock(seconds: number): string {
    return formatClock(seconds, formattingLocale(this));
  }

  // ---- render ----

  protected override render() {
    const locale = activeMessageLocale();
    const episode = this.episode_;
    return html`
      <section
        class="player frame"
        part="player"
        lang=${locale}
        dir=${directionOf(locale)}
        aria-labelledby=${episode?.title ? 'title' : nothing}
        aria-busy=${this.loading_ || this.buffering_ ? 'true' : 'false'}
        @keydown=${this.#handleKey}
      >
        ${this.#renderHead(episode)}
        <div class="screen" ?hidden=${!this.video_}>
          <slot @slotchange=${this.#handleSlotChange}></slot>${this.#ownMedia ?? nothing}
        </div>
        ${this.problem_ ? this.#renderProblem(this.problem_, true) : nothing}
        ${this.warning_ ? this.#renderProblem(this.warning_) : nothing}
        ${this.resumeAt_ !== null ? this.#renderResume(this.resumeAt_) : nothing} ${this.#renderControls()}
        ${episode ? this.#renderVersions(episode) : nothing}
        <div class="panels">
          ${this.#renderChapters()} ${this.#renderTranscript()}
          ${episode?.notes ? this.#renderNotes() : nothing}
        </div>
        ${episode ? this.#renderActions(episode) : nothing} ${this.#renderHelp()}
        <div role="status" class="visually-hidden">${this.announcement_}</div>
      </section>
    `;
  }

  #renderHead(episode: PlayerEpisode | null) {
    if (this.loading_)
      return html`<p class="loading">
        ${msg('Loading the episode…', { id: 'hm.episode-player.loading', desc: 'Shown while the podcast feed downloads.' })}
      </p>`;
    if (!episode?.title) return nothing;
    const duration = this.#duration();
    return html`
      <div class="head">
        ${
          episode.artwork
            ? html`<img
                part="artwork"
                class="artwork"
                src=${episode.artwork}
                alt=""
                width="96"
                height="96"
              />`
            : nothing
        }
        <div class="titles" lang=${ifDefined(episode.lang)} dir=${ifDefined(this.#textDir())}>
          ${episode.show ? html`<p class="show">${episode.show}</p>` : nothing}
          ${heading(this.headingLevel, episode.title, 'title')}
          ${
            Number.isFinite(duration)
              ? // In the page's language, inside the episode's: its own lang and direction.
                html`<p class="meta">
                  <span lang=${activeMessageLocale()} dir=${directionOf(activeMessageLocale())}
                    >${formatDuration(duration, formattingLocale(this))}</span
                  >
                </p>`
              : nothing
          }
        </div>
      </div>
    `;
  }

  // "Try again" has its words in the extras chunk, which brought the problem's words.
  #renderProblem(problem: Problem, retry = false) {
    if (!problem.text) return nothing;
    return html`<div class="message-error" part="error" role="alert">
      <p>${problem.text}</p>
      ${
        retry && extras.current
          ? html`<button type="button" class="button" @click=${this.#handleRetry}>
              ${extras.current.retry()}
            </button>`
          : nothing
      }
      ${
        problem.owner
          ? html`<p class="owner">
              <strong
                >${msg('For the website owner:', { id: 'hm.episode-player.owner.label', desc: 'Label before advice meant for whoever runs the website.' })}</strong
              >
              ${problem.owner}
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderResume(at: number) {
    const time = this.#clock(at);
    return html`<div
      class="resume"
      role="group"
      aria-label=${msg('Carry on listening', { id: 'hm.episode-player.resume.label', desc: 'Accessible name of the resume prompt.' })}
    >
      <button type="button" class="button primary" @click=${this.#handleResume}>
        ${msg(str`Resume at ${time}`, { id: 'hm.episode-player.resume', desc: 'Button that continues from where the person stopped last time; the time is like 12:05.' })}
      </button>
      <button type="button" class="button" @click=${this.#handleStartOver}>
        ${msg('Start over', { id: 'hm.episode-player.start-over', desc: 'Button that forgets the saved position and starts from the beginning.' })}
      </button>
    </div>`;
  }

  #renderControls() {
    const locale = formattingLocale(this);
    const duration = this.#duration();
    const known = Number.isFinite(duration);
    const time = this.time_;
    const hasMedia = !!this.#media && !this.problem_;
    const chapters = this.#visibleChapters();
    const back = formatNumber(this.skipBack, locale);
    const forward = formatNumber(this.skipForward, locale);
    const position = formatDuration(time, locale);
    const total = known ? formatDuration(duration, locale) : '';
    const playLabel = this.playing_
      ? msg('Pause', { id: 'hm.episode-player.pause', desc: 'Button that pauses playback.' })
      : msg('Play', { id: 'hm.episode-player.play', desc: 'Button that starts playback.' });
    return html`
      <div
        class="controls"
        part="controls"
        dir="ltr"
        role="group"
        aria-label=${msg('Player controls', { id: 'hm.episode-player.controls', desc: 'Accessible name of the group of playback controls.' })}
      >
        <div class="timeline" part="timeline">
          <input
            id="seek"
            type="range"
            min="0"
            max=${known ? duration : 0}
            .step=${'any'}
            .value=${String(Math.min(time, known ? duration : time))}
            ?disabled=${!hasMedia || !known}
            aria-label=${msg('Position', { id: 'hm.episode-player.seek', desc: 'Accessible name of the seek bar.' })}
            aria-valuetext=${
              known
                ? msg(str`${position} of ${total}`, {
                    id: 'hm.episode-player.seek.value',
                    desc: 'Spoken value of the seek bar, e.g. “1 minute, 5 seconds of 2 minutes, 10 seconds”.',
                  })
                : position
            }
            @input=${this.#handleSeekInput}
            @keydown=${this.#handleSeekKey}
          />
          ${
            known && chapters.length > 1
              ? html`<svg class="markers" aria-hidden="true">
                  ${chapters.slice(1).map((c) => svg`<rect x=${`${(c.start / duration) * 100}%`} y="0" width="2" height="100%"></rect>`)}
                </svg>`
              : nothing
          }
        </div>
        <div class="times">
          <span class="elapsed">${this.#clock(time)}</span>
          <span aria-hidden="true">/</span>
          <span class="total">${this.#clock(duration)}</span>
          ${
            this.buffering_
              ? html`<span class="buffering"
                  >${msg('Loading…', { id: 'hm.episode-player.buffering', desc: 'Shown while playback waits for more of the file.' })}</span
                >`
              : nothing
          }
        </div>
        <div class="buttons">
          <span class="transport">
            <button
              type="button"
              class="button icon-button skip"
              ?disabled=${!hasMedia}
              @click=${this.#handleBack}
              aria-label=${msg(str`Back ${back} seconds`, { id: 'hm.episode-player.back', desc: 'Button that skips back; the number is seconds.' })}
            >
              ${icon(ICONS.back)}<span aria-hidden="true">${back}</span>
            </button>
            <button
              type="button"
              class="button primary play"
              ?disabled=${!hasMedia}
              @click=${this.#handlePlay}
            >
              ${icon(this.playing_ ? ICONS.pause : ICONS.play)}<span>${playLabel}</span>
            </button>
            <button
              type="button"
              class="button icon-button skip"
              ?disabled=${!hasMedia}
              @click=${this.#handleForward}
              aria-label=${msg(str`Forward ${forward} seconds`, { id: 'hm.episode-player.forward', desc: 'Button that skips forward; the number is seconds.' })}
            >
              ${icon(ICONS.forward)}<span aria-hidden="true">${forward}</span>
            </button>
          </span>
          <span class="transport">
            ${
              chapters.length > 1
                ? html`<button
                    type="button"
                    class="button icon-button"
                    ?disabled=${!hasMedia}
                    @click=${this.#handlePreviousChapter}
                    aria-label=${msg('Previous chapter', { id: 'hm.episode-player.chapter.previous', desc: 'Button.' })}
                  >
                    ${icon(ICONS.previous)}
                  </button>`
                : nothing
            }
            ${
              chapters.length > 1
                ? html`<button
                    type="button"
                    class="button icon-button"
                    ?disabled=${!hasMedia}
                    @click=${this.#handleNextChapter}
                    aria-label=${msg('Next chapter', { id: 'hm.episode-player.chapter.next', desc: 'Button.' })}
                  >
                    ${icon(ICONS.next)}
                  </button>`
                : nothing
            }
          </span>
          <span class="settings">
            <label class="speed">
              <span
                >${msg('Speed', { id: 'hm.episode-player.speed', desc: 'Label of the playback speed menu.' })}</span
              >
              <select @change=${this.#handleSpeed} ?disabled=${!hasMedia}>
                ${SPEEDS.map(
                  (s) =>
                    html`<option value=${s} ?selected=${s === this.rate_}>
                      ${formatNumber(s, locale)}×
                    </option>`,
                )}
              </select>
            </label>
            <button
              type="button"
              class="button icon-button"
              ?disabled=${!hasMedia}
              @click=${this.#handleMute}
              aria-pressed=${this.muted_ ? 'true' : 'false'}
              aria-label=${msg('Mute', { id: 'hm.episode-player.mute', desc: 'Toggle button that silences the sound.' })}
            >
              ${icon(this.muted_ ? ICONS.muted : ICONS.volume)}
            </button>
            ${
              canSetVolume()
                ? html`<input
                    class="volume"
                    type="range"
                    min="0"
                    max="1"
                    step="0.05"
                    .value=${String(this.muted_ ? 0 : this.volume_)}
                    ?disabled=${!hasMedia}
                    aria-label=${msg('Volume', { id: 'hm.episode-player.volume', desc: 'Accessible name of the volume slider.' })}
                    aria-valuetext=${formatNumber(this.muted_ ? 0 : this.volume_, locale, { style: 'percent' })}
                    @input=${this.#handleVolume}
                  />`
                : nothing
            }
          </span>
        </div>
      </div>
    `;
  }

  #renderVersions(episode: PlayerEpisode) {
    if (episode.versions.length < 2) return nothing;
    return html`<div class="versions" role="group" aria-labelledby="listen-in">
      <span id="listen-in"
        >${msg('Listen in:', { id: 'hm.episode-player.listen-in', desc: 'Label before the buttons that switch the episode’s language.' })}</span
      >
      ${episode.versions.map(
        (v, i) =>
          html`<button
            type="button"
            class="button"
            lang=${ifDefined(v.lang)}
            aria-pressed=${i === this.version_ ? 'true' : 'false'}
            @click=${() => this.#handleVersion(i)}
          >
            ${autonym(v.lang ?? episode.lang)}
          </button>`,
      )}
    </div>`;
  }

  #renderChapters() {
    const chapters = this.#visibleChapters();
    if (!chapters.length && !this.chaptersProblem_) return nothing;
    const current = this.#chapterAt(this.time_, chapters);
    const locale = formattingLocale(this);
    return html`<details class="panel" part="chapters" open>
      <summary>
        ${msg('Chapters', { id: 'hm.episode-player.chapters', desc: 'Heading of the chapters panel.' })}
      </summary>
      ${this.chaptersProblem_ ? this.#renderProblem(this.chaptersProblem_) : nothing}
      <ol class="chapters" lang=${ifDefined(this.episode_?.lang)} dir=${ifDefined(this.#textDir())}>
        ${chapters.map((c, i) => {
          const link = safeUrl(c.url);
          return html`<li>
            <button
              type="button"
              class="chapter"
              aria-current=${i === current ? 'true' : 'false'}
              @click=${() => this.#handleChapter(c)}
            >
              ${c.img ? html`<img src=${c.img} alt="" width="40" height="40" loading="lazy" />` : nothing}
              <span class="time" dir="ltr">${formatClock(c.start, locale)}</span>
              <span class="chapter-title">${c.title}</span>
            </button>
            ${
              link
                ? html`<a href=${link} rel="noopener noreferrer" target="_blank"
                    >${msg('Link', { id: 'hm.episode-player.chapter.link', desc: 'Link to a web page about a chapter.' })}<span
                      class="visually-hidden"
                      >: ${c.title}</span
                    ></a
                  >`
                : nothing
            }
          </li>`;
        })}
      </ol>
    </details>`;
  }

  #renderTranscript() {
    const link = this.transcriptLink_;
    if (!link) return nothing;
    const lang = link.language ?? this.episode_?.lang ?? 'en';
    const cues = this.cues_;
    const active = this.#currentCue();
    return html`<details class="panel" part="transcript" @toggle=${this.#handleTranscriptToggle}>
      <summary>
        ${msg('Transcript', { id: 'hm.episode-player.transcript', desc: 'Heading of the transcript panel.' })}
      </summary>
      ${this.transcriptProblem_ ? this.#renderProblem(this.transcriptProblem_) : nothing}
      ${
        !cues && !this.transcriptProblem_
          ? html`<p>
              ${msg('Loading the transcript…', { id: 'hm.episode-player.transcript.loading', desc: 'Shown while the transcript downloads.' })}
            </p>`
          : nothing
      }
      ${
        cues && extras.current
          ? extras.current.renderTranscriptBody({
              cues,
              active,
              matches: this.matches_,
              match: this.match_,
              query: this.query_,
              follow: this.follow_,
              lang,
              download: safeUrl(link.url),
              locale: formattingLocale(this),
              onSearch: this.#handleSearch,
              onSearchKey: this.#handleSearchKey,
              onMove: (step) => this.#moveMatch(step),
              onFollow: this.#handleFollow,
              onCue: this.#handleCue,
              start: this.windowStart_,
              onShift: this.#handleShift,
            })
          : nothing
      }
    </details>`;
  }

  #renderNotes() {
    return html`<details class="panel" part="notes" @toggle=${this.#handleNotesToggle}>
      <summary>
        ${msg('Show notes', { id: 'hm.episode-player.notes', desc: 'Heading of the panel with the episode’s notes.' })}
      </summary>
      ${
        this.notes_ === 'loading'
          ? html`<p>
              ${msg('Loading the show notes…', { id: 'hm.episode-player.notes.loading', desc: 'Shown while the show notes are prepared.' })}
            </p>`
          : nothing
      }
      ${
        this.notes_ === 'failed'
          ? html`<p class="message-error">
              ${msg('The show notes could not be shown.', { id: 'hm.episode-player.notes.failed', desc: 'Shown when the show notes could not be made safe to show.' })}
            </p>`
          : nothing
      }
      <div class="notes-body" lang=${ifDefined(this.episode_?.lang)} dir=${ifDefined(this.#textDir())}></div>
    </details>`;
  }

  #renderActions(episode: PlayerEpisode) {
    const source = this.#media?.currentSrc || episode.versions[this.version_]?.sources[0]?.url;
    const download = safeUrl(source);
    const chapter = this.#currentChapter();
    const funding = episode.funding;
    return html`<div class="actions">
        <button type="button" class="button" @click=${this.#handleShareTime}>
          ${msg('Copy a link to this moment', { id: 'hm.episode-player.share.time', desc: 'Button that copies a web address that opens the episode at the current time.' })}
        </button>
        ${
          chapter
            ? html`<button type="button" class="button" @click=${this.#handleShareChapter}>
                ${msg('Copy a link to this chapter', { id: 'hm.episode-player.share.chapter', desc: 'Button that copies a web address that plays the current chapter.' })}
              </button>`
            : nothing
        }
        ${
          download
            ? html`<a class="button" href=${download} download
                >${msg('Download the episode', { id: 'hm.episode-player.download', desc: 'Link to the media file.' })}</a
              >`
            : nothing
        }
        ${
          funding
            ? html`<a
                class="button"
                href=${funding.url}
                rel="noopener noreferrer"
                target="_blank"
                lang=${ifDefined(funding.title ? episode.lang : undefined)}
                >${
                  funding.title ||
                  msg('Support this podcast', {
                    id: 'hm.episode-player.support',
                    desc: 'Link to the podcast’s donation or support page.',
                  })
                }</a
              >`
            : nothing
        }
        <button type="button" class="button" aria-haspopup="dialog" @click=${this.#handleHelp}>
          ${msg('Keyboard shortcuts', { id: 'hm.episode-player.help', desc: 'Button that opens the list of keyboard shortcuts.' })}
        </button>
      </div>
      ${
        this.copied_?.failed
          ? html`<div class="copy-fallback">
              <label for="copy-link"
                >${msg('Copy this link:', { id: 'hm.episode-player.share.manual', desc: 'Shown with the link when the browser did not allow copying automatically.' })}</label
              >
              <input id="copy-link" type="text" readonly .value=${this.copied_.link} />
            </div>`
          : nothing
      }`;
  }

  #renderHelp() {
    return help.current && this.helpReady_ ? help.current.renderHelp(this.#handleHelpClose) : nothing;
  }
}
