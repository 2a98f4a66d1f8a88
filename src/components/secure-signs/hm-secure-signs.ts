import { HmSecureSigns } from './secure-signs.js';
import { needCatalogue } from '../../i18n/needed-catalogues.js';

export { HmSecureSigns };
export * from './secure-signs.events.js';

needCatalogue('secure-signs');

// Guarded: a page may load the drop-in bundle and the npm build, or two copies of either.
if (!customElements.get('hm-secure-signs')) customElements.define('hm-secure-signs', HmSecureSigns);

declare global {
  interface HTMLElementTagNameMap {
    'hm-secure-signs': HmSecureSigns;
  }
}
