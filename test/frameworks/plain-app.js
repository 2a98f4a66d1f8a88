// A plain page using the npm build through a bundler: the elements are in the HTML; this script
// sets the properties that have no attribute and listens to the events.
import 'held-in-mind/all.js';
import { configureHeldInMindLocalization } from 'held-in-mind/i18n';

const l10n = configureHeldInMindLocalization();
const log = (event) => {
  const item = document.createElement('li');
  item.textContent = event.type;
  document.getElementById('log').append(item);
};

const tips = document.querySelector('hm-repair-tips');
tips.tips = [
  {
    id: 'sing-while-you-tidy',
    title: 'Sing while you tidy up',
    steps: ['Pick a song you both know.', 'Sing it slowly while you put things away.'],
    why: 'A shared song turns a chore into time together.',
  },
];
tips.tip = 'sing-while-you-tidy';
tips.addEventListener('hm-repair-tips-change', log);
document.querySelector('hm-secure-signs').addEventListener('hm-secure-signs-change', log);
document.querySelector('hm-group-finder').addEventListener('hm-group-finder-search', log);
const player = document.querySelector('hm-episode-player');
player.episode = { src: '/media/episode.mp3', title: 'Our health visitors on sleep', duration: 130 };
player.addEventListener('hm-episode-player-play', log);
document.querySelector('hm-language-switch').addEventListener('hm-language-change', (event) => {
  log(event);
  l10n.setLocale(event.detail.locale);
});
