import { HmEmbedBuilder } from './embed-builder.js';

export { HmEmbedBuilder };

if (!customElements.get('hm-embed-builder')) customElements.define('hm-embed-builder', HmEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'hm-embed-builder': HmEmbedBuilder;
  }
}
