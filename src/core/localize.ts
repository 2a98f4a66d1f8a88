// The parts of @lit/localize that elements need, by deep import. The package index also
// re-exports the runtime (configureLocalization), and a bundler keeps a statically imported
// module graph whole; importing from here keeps that runtime out of an English page's first
// load. The modules are the same instances the index re-exports, so one copy still loads.
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
export { LOCALE_STATUS_EVENT } from '@lit/localize/internal/locale-status-event.js';
