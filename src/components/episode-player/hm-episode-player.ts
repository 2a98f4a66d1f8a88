import { HmEpisodePlayer } from './episode-player.js';
import { needCatalogue } from '../../i18n/needed-catalogues.js';

export { HmEpisodePlayer };
export * from './episode-player.events.js';

needCatalogue('episode-player');

// Guarded: a page may load the drop-in bundle and the npm build, or two copies of either.
if (!customElements.get('hm-episode-player')) customElements.define('hm-episode-player', HmEpisodePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'hm-episode-player': HmEpisodePlayer;
  }
}
