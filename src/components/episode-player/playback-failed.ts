import { msg } from '../../core/localize.js';

/** The general "could not be played" sentence (also the fallback when the extras chunk is unreachable). */
export const playbackFailed = (): string =>
  msg('The episode could not be played.', {
    id: 'hm.episode-player.error.media',
    desc: 'Shown when the media file failed for a reason the player could not find out.',
  });
