import { HmEmbedBuilder } from './embed-builder.js';
import { needCatalogue } from '../i18n/needed-catalogues.js';

export { HmEmbedBuilder };

needCatalogue('builder');

if (!customElements.get('hm-embed-builder')) customElements.define('hm-embed-builder', HmEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'hm-embed-builder': HmEmbedBuilder;
  }
}
