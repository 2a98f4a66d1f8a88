// Reading a podcast feed is only needed when the host gives `feed`, so the feed reader
// (about 9 KB) is its own chunk.
import { HeldInMindError } from '../../core/errors.js';
import { fetchFeed } from '../../data/podcast/fetch-feed.js';
import { chooseEpisode, type EpisodeChoice } from '../../data/podcast/choose-episode.js';
import { fromData, type PlayerEpisode } from './source.js';

export async function episodeFromFeed(
  feedUrl: string,
  choice: EpisodeChoice,
  options: { proxy?: string; signal: AbortSignal },
): Promise<Partial<PlayerEpisode>> {
  const feed = await fetchFeed(feedUrl, { proxy: options.proxy || undefined, signal: options.signal });
  // A feed with no episodes at all is broken (or cut off), not missing the one asked for.
  if (!feed.episodes.length) throw new HeldInMindError('parse', 'The feed has no episodes', { url: feedUrl });
  const episode = chooseEpisode(feed.episodes, choice);
  if (!episode) throw new HeldInMindError('not-found', 'The episode is not in the feed', { url: feedUrl });
  const base = episode.enclosure?.url ?? feedUrl;
  const data = fromData(
    {
      ...episode,
      lang: feed.language,
      show: feed.title,
      funding: feed.funding,
      image: episode.image ?? feed.image,
    } as unknown as Record<string, unknown>,
    base,
  );
  return { ...data, key: `${feedUrl}#${episode.id}`, chapters: episode.chapters, notesBase: feedUrl };
}
