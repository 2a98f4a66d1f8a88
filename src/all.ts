// Registers every element.
export * from './components/repair-tips/hm-repair-tips.js';
export * from './components/secure-signs/hm-secure-signs.js';
export * from './components/episode-player/hm-episode-player.js';
export * from './components/group-finder/hm-group-finder.js';
export * from './components/language-switch/hm-language-switch.js';
