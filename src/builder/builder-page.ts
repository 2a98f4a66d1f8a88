// dist/cdn/embed-builder.js, the builder page's script: its language from ?lang= (the page
// itself is the tool, so a link can open it in Welsh or Arabic), then the builder's catalogue.
import { directionOf } from '../core/locale.js';
import { LOCALE_STATUS_EVENT } from '../core/localize.js';
import { followDocumentLang } from '../i18n/follow-document-lang.js';
import { builderTitle } from './labels.js';
import './hm-embed-builder.js';

const lang = new URLSearchParams(location.search).get('lang');
if (lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}
window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') document.title = builderTitle();
});
followDocumentLang();
