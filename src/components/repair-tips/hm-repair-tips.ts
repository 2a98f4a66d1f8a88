import { HmRepairTips } from './repair-tips.js';

export { HmRepairTips };
export * from './repair-tips.events.js';

// Guarded: a page may load the drop-in bundle and the npm build, or two copies of either.
if (!customElements.get('hm-repair-tips')) customElements.define('hm-repair-tips', HmRepairTips);

declare global {
  interface HTMLElementTagNameMap {
    'hm-repair-tips': HmRepairTips;
  }
}
