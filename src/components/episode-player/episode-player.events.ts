export interface EpisodePlayerTimeDetail {
  /** Seconds from the start of the episode. */
  readonly time: number;
}

export interface EpisodePlayerChapterDetail extends EpisodePlayerTimeDetail {
  /** Index in the episode's chapter list (hidden chapters included). */
  readonly index: number;
  readonly title: string;
}

export interface EpisodePlayerSeekDetail extends EpisodePlayerTimeDetail {
  /** Where the person seeked from. */
  readonly from: number;
}

function named<D>(name: string) {
  return class extends Event {
    readonly detail: D;
    constructor(detail: D) {
      super(name, { bubbles: true, composed: true });
      this.detail = detail;
    }
  };
}

/** Playback started (by the person, a media key or the page). */
export class EpisodePlayerPlayEvent extends named<EpisodePlayerTimeDetail>('hm-episode-player-play') {
  static readonly eventName = 'hm-episode-player-play' as const;
}

/** Playback paused (not at the end: see `hm-episode-player-ended`). */
export class EpisodePlayerPauseEvent extends named<EpisodePlayerTimeDetail>('hm-episode-player-pause') {
  static readonly eventName = 'hm-episode-player-pause' as const;
}

/** The episode played to its end. */
export class EpisodePlayerEndedEvent extends named<EpisodePlayerTimeDetail>('hm-episode-player-ended') {
  static readonly eventName = 'hm-episode-player-ended' as const;
}

/** Playback moved into another chapter. */
export class EpisodePlayerChapterEvent extends named<EpisodePlayerChapterDetail>(
  'hm-episode-player-chapter',
) {
  static readonly eventName = 'hm-episode-player-chapter' as const;
}

/** The person moved the playing position (seek bar, skip, chapter, transcript, shortcut). */
export class EpisodePlayerSeekEvent extends named<EpisodePlayerSeekDetail>('hm-episode-player-seek') {
  static readonly eventName = 'hm-episode-player-seek' as const;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hm-episode-player-play': EpisodePlayerPlayEvent;
    'hm-episode-player-pause': EpisodePlayerPauseEvent;
    'hm-episode-player-ended': EpisodePlayerEndedEvent;
    'hm-episode-player-chapter': EpisodePlayerChapterEvent;
    'hm-episode-player-seek': EpisodePlayerSeekEvent;
  }
}
