// The embed builder is a tool for the web editors who place the elements, not for families: its
// interface is offered in English, Welsh and Arabic only. The i18n check, the translation status
// table and the localisation build all read that rule from here.
export const BUILDER_LOCALES = ['cy', 'ar'];
export const isBuilderMessage = (id) => id.startsWith('hm.builder.');
