import { msg } from '../../core/localize.js';
import { errorMessage } from '../../core/error-messages.js';
import type { HeldInMindError } from '../../core/errors.js';
import { playbackFailed } from './playback-failed.js';

/** A problem the player shows: what went wrong for the listener, and what the page owner can do. */
export interface Problem {
  text: string;
  owner: string;
}

export type MediaProblemKind = 'not-found' | 'unsupported' | 'no-range' | 'unknown' | 'no-media';

const corsAdvice = () =>
  msg('Ask the feed’s host to allow other websites to read it (CORS), or set the player’s proxy attribute.', {
    id: 'hm.episode-player.owner.cors',
    desc: 'Advice for the website owner when another server blocks the feed or transcript (CORS).',
  });

export const retry = () =>
  msg('Try again', {
    id: 'hm.episode-player.retry',
    desc: 'Button that loads the episode again after a problem.',
  });

export function feedProblem(error: HeldInMindError): Problem {
  if (error.code === 'not-found')
    return {
      text: msg('This episode is not in the podcast’s feed.', {
        id: 'hm.episode-player.error.episode-missing',
        desc: 'Shown when the feed loaded but the chosen episode is not in it.',
      }),
      owner: msg('Check the episode’s guid or number, or leave both out to show the newest episode.', {
        id: 'hm.episode-player.owner.episode-missing',
        desc: 'Advice for the website owner when the chosen episode is not in the feed.',
      }),
    };
  return {
    text: `${msg('The podcast could not be loaded.', {
      id: 'hm.episode-player.error.feed',
      desc: 'Shown when the podcast feed could not be loaded or read. Followed by the reason.',
    })} ${errorMessage(error)}`,
    owner:
      error.code === 'cors'
        ? corsAdvice()
        : error.code === 'http' || error.code === 'invalid'
          ? msg('Check the address in the feed attribute.', {
              id: 'hm.episode-player.owner.feed-address',
              desc: 'Advice for the website owner when the feed address is wrong or answers with an error.',
            })
          : msg('Check that the feed attribute points to a podcast RSS or Atom feed.', {
              id: 'hm.episode-player.owner.feed-format',
              desc: 'Advice for the website owner when the feed could not be read.',
            }),
  };
}

export function mediaProblem(kind: MediaProblemKind): Problem {
  switch (kind) {
    case 'not-found':
      return {
        text: msg('The episode’s audio or video file could not be found.', {
          id: 'hm.episode-player.error.media-missing',
          desc: 'Shown when the media file answers 404 (not found).',
        }),
        owner: msg('Check the address of the media file.', {
          id: 'hm.episode-player.owner.media-missing',
          desc: 'Advice for the website owner when the media file is missing.',
        }),
      };
    case 'unsupported':
      return {
        text: msg('This browser cannot play the episode’s file format.', {
          id: 'hm.episode-player.error.unsupported',
          desc: 'Shown when the browser cannot play the media file.',
        }),
        owner: msg('Offer the episode as MP3 as well, or another widely supported format.', {
          id: 'hm.episode-player.owner.unsupported',
          desc: 'Advice for the website owner when the format is not playable.',
        }),
      };
    case 'no-range':
      return {
        text: msg(
          'Jumping to a point in this episode may not work: the server that holds the file does not allow it.',
          {
            id: 'hm.episode-player.warning.no-range',
            desc: 'Shown when the media server does not support range requests, so seeking fails.',
          },
        ),
        owner: msg('Turn on byte-range requests on the media server.', {
          id: 'hm.episode-player.owner.no-range',
          desc: 'Advice for the website owner: the server must answer HTTP Range requests.',
        }),
      };
    case 'no-media':
      return {
        text: msg('This episode has no audio or video to play.', {
          id: 'hm.episode-player.error.no-media',
          desc: 'Shown when no media file was given or none is usable.',
        }),
        owner: msg('Give the player a feed, a src attribute or an audio or video element.', {
          id: 'hm.episode-player.owner.no-media',
          desc: 'Advice for the website owner when the player has nothing to play.',
        }),
      };
    default:
      return {
        text: playbackFailed(),
        owner: msg('Check that the media file exists and can be reached from this page.', {
          id: 'hm.episode-player.owner.media',
          desc: 'Advice for the website owner when the media failed for an unknown reason.',
        }),
      };
  }
}

export function textProblem(what: 'transcript' | 'chapters', error: HeldInMindError): Problem {
  return {
    text: `${
      what === 'transcript'
        ? msg('The transcript could not be loaded.', {
            id: 'hm.episode-player.error.transcript',
            desc: 'Shown in the transcript panel when the transcript failed. Followed by the reason.',
          })
        : msg('The chapters could not be loaded.', {
            id: 'hm.episode-player.error.chapters',
            desc: 'Shown when the chapters file failed. Followed by the reason.',
          })
    } ${errorMessage(error)}`,
    owner:
      error.code === 'cors'
        ? corsAdvice()
        : msg('Check the file’s address and format.', {
            id: 'hm.episode-player.owner.file',
            desc: 'Advice for the website owner when a transcript or chapters file failed.',
          }),
  };
}
