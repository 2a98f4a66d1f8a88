// The operating system's media controls (lock screen, headset keys, notification). Only the
// player that is playing owns them; every call is guarded because engines support different
// actions and some have no Media Session at all.

export interface SessionInfo {
  title: string;
  show?: string;
  chapter?: string;
  artwork?: string;
}

export interface SessionActions {
  play(): void;
  pause(): void;
  seekTo(time: number): void;
  seekBy(seconds: number): void;
  previous(): void;
  next(): void;
  skipBack: number;
  skipForward: number;
}

const session = (): MediaSession | undefined =>
  typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : undefined;

function handle(
  s: MediaSession,
  action: MediaSessionAction,
  handler: MediaSessionActionHandler | null,
): void {
  try {
    s.setActionHandler(action, handler);
  } catch {
    // this engine does not know the action
  }
}

export function claimMediaSession(info: SessionInfo, actions: SessionActions): void {
  const s = session();
  if (!s) return;
  try {
    s.metadata = new MediaMetadata({
      title: info.chapter ? `${info.chapter} · ${info.title}` : info.title,
      artist: info.show ?? '',
      album: info.show ?? '',
      artwork: info.artwork ? [{ src: info.artwork }] : [],
    });
  } catch {
    // no MediaMetadata constructor
  }
  handle(s, 'play', () => actions.play());
  handle(s, 'pause', () => actions.pause());
  handle(s, 'seekto', (d) => d.seekTime !== undefined && actions.seekTo(d.seekTime));
  handle(s, 'seekbackward', (d) => actions.seekBy(-(d.seekOffset ?? actions.skipBack)));
  handle(s, 'seekforward', (d) => actions.seekBy(d.seekOffset ?? actions.skipForward));
  handle(s, 'previoustrack', () => actions.previous());
  handle(s, 'nexttrack', () => actions.next());
}

export function setSessionState(playing: boolean, duration: number, rate: number, position: number): void {
  const s = session();
  if (!s) return;
  try {
    s.playbackState = playing ? 'playing' : 'paused';
    if (Number.isFinite(duration) && duration > 0)
      s.setPositionState({
        duration,
        playbackRate: rate,
        position: Math.min(Math.max(0, position), duration),
      });
  } catch {
    // position state not supported
  }
}
