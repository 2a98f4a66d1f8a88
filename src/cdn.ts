// The drop-in bundle: registers every element and takes the language from <html lang>.
import { followDocumentLang, loadLocalization } from './i18n/follow-document-lang.js';

export * from './all.js';
/** Resolves to the localisation controller (getLocale / setLocale), loading it if needed. */
export { loadLocalization };

followDocumentLang();
