import type { Episode } from './feed-types.js';

/** Which episode to show: by guid, by episode number (optionally in a season), or the newest. */
export interface EpisodeChoice {
  guid?: string;
  episode?: number;
  season?: number;
}

const playable = (episode: Episode): boolean =>
  episode.enclosure !== undefined || episode.alternateEnclosures.length > 0;

/** The newest of `episodes` by publication date; undated ones count as oldest, ties go to feed order. */
function newest(episodes: readonly Episode[]): Episode | undefined {
  let best: Episode | undefined;
  for (const episode of episodes) {
    if (!best || (episode.published?.getTime() ?? -Infinity) > (best.published?.getTime() ?? -Infinity)) {
      best = episode;
    }
  }
  return best;
}

/**
 * Picks an episode from a feed's episodes. With a `guid`, the episode with that guid (or
 * id); with an `episode` number, the newest episode with that number (in `season`, if given);
 * otherwise the newest playable episode (or the newest of all if none has media). Returns
 * undefined when the requested episode is not in the feed: never a different one.
 */
export function chooseEpisode(episodes: readonly Episode[], choice: EpisodeChoice = {}): Episode | undefined {
  if (choice.guid !== undefined) {
    const guid = choice.guid.trim();
    return episodes.find((e) => e.guid?.trim() === guid) ?? episodes.find((e) => e.id === guid);
  }
  if (choice.episode !== undefined) {
    return newest(
      episodes.filter(
        (e) => e.episode === choice.episode && (choice.season === undefined || e.season === choice.season),
      ),
    );
  }
  return newest(episodes.filter(playable)) ?? newest(episodes);
}
