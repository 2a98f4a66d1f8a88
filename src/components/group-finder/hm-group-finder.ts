import { HmGroupFinder } from './group-finder.js';
import { needCatalogue } from '../../i18n/needed-catalogues.js';

export { HmGroupFinder };
export * from './group-finder.events.js';

needCatalogue('group-finder');

// Guarded: a page may load the drop-in bundle and the npm build, or two copies of either.
if (!customElements.get('hm-group-finder')) customElements.define('hm-group-finder', HmGroupFinder);

declare global {
  interface HTMLElementTagNameMap {
    'hm-group-finder': HmGroupFinder;
  }
}
