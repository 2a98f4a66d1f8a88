// `held-in-mind/data`: pure functions and types, usable without any element.
export * from './age-bands.js';
export * from './sources.js';
export * from './tips.js';
export { HeldInMindError, isHeldInMindError } from '../core/errors.js';
export type { HeldInMindErrorCode, HeldInMindErrorDetails } from '../core/errors.js';
export * from './tip-validation.js';
export * from './secure-signs.js';
export * from './secure-signs-validation.js';
export * from './help-validation.js';
