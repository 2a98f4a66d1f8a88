import { HmRepairTips } from './repair-tips.js';
import { needCatalogue } from '../../i18n/needed-catalogues.js';

export { HmRepairTips };
export * from './repair-tips.events.js';

needCatalogue('repair-tips');

// Guarded: a page may load the drop-in bundle and the npm build, or two copies of either.
if (!customElements.get('hm-repair-tips')) customElements.define('hm-repair-tips', HmRepairTips);

declare global {
  interface HTMLElementTagNameMap {
    'hm-repair-tips': HmRepairTips;
  }
}
