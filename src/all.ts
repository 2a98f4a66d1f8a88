// Registers every element.
export * from './components/repair-tips/hm-repair-tips.js';
