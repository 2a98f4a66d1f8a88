// dist/cdn/embed-builder.js, the builder page's script: its language from ?lang= (the page
// itself is the tool, so a link can open it in Welsh or Arabic), else from <html lang>.
import { directionOf } from '../core/locale.js';
import { LOCALE_STATUS_EVENT } from '../core/localize.js';
import { builderLocalization } from './builder-localization.js';
import { builderTitle } from './labels.js';
import './hm-embed-builder.js';

const root = document.documentElement;
const lang = new URLSearchParams(location.search).get('lang');
if (lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) {
  root.lang = lang;
  root.dir = directionOf(lang);
}
window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
  if ((event as CustomEvent<{ status: string }>).detail.status === 'ready') document.title = builderTitle();
});
void builderLocalization()(root.lang);
