// The drop-in bundle: registers every element and takes the language from <html lang>.
import { followDocumentLang } from './i18n/follow-document-lang.js';

export * from './all.js';
export const localization = followDocumentLang();
