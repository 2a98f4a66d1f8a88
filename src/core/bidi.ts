// Left-to-right and right-to-left overrides (U+202D, U+202E) reverse how following text is shown,
// which only ever disguises it ("gpj.exe" shown as "exe.jpg"). Text from outside drops them;
// embeddings and isolates, which real mixed-direction text uses, stay.
const OVERRIDES = /[\u202D\u202E]/g;

export const stripBidiOverrides = (text: string): string =>
  text.includes('\u202D') || text.includes('\u202E') ? text.replace(OVERRIDES, '') : text;
