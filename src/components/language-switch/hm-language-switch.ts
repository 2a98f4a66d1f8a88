import { HmLanguageSwitch } from './language-switch.js';

export { HmLanguageSwitch };
export * from './language-switch.events.js';

// Guarded: a page may load the drop-in bundle and the npm build, or two copies of either.
if (!customElements.get('hm-language-switch')) customElements.define('hm-language-switch', HmLanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'hm-language-switch': HmLanguageSwitch;
  }
}
