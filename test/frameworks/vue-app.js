// A Vue 3 page using the npm build: `isCustomElement` tells Vue's template compiler that hm-*
// tags are custom elements; Vue then sets properties (arrays, objects) and listens to events.
import { createApp } from 'vue';
import 'held-in-mind/all.js';
import { configureHeldInMindLocalization } from 'held-in-mind/i18n';

const l10n = configureHeldInMindLocalization();

const app = createApp({
  data: () => ({
    events: [],
    ourTips: [
      {
        id: 'sing-while-you-tidy',
        title: 'Sing while you tidy up',
        steps: ['Pick a song you both know.', 'Sing it slowly while you put things away.'],
        why: 'A shared song turns a chore into time together.',
      },
    ],
    episode: { src: '/media/episode.mp3', title: 'Our health visitors on sleep', duration: 130 },
  }),
  methods: {
    log(event) {
      this.events.push(event.type);
    },
    changeLanguage(event) {
      this.log(event);
      l10n.setLocale(event.detail.locale);
    },
  },
  template: `
    <hm-language-switch locales="en-GB cy ar" @hm-language-change="changeLanguage"></hm-language-switch>
    <hm-repair-tips :tips="ourTips" tip="sing-while-you-tidy" :heading-level="3" @hm-repair-tips-change="log"></hm-repair-tips>
    <hm-secure-signs age="3-6m" :heading-level="3" @hm-secure-signs-change="log"></hm-secure-signs>
    <hm-group-finder :heading-level="3" :radius="0" @hm-group-finder-search="log"></hm-group-finder>
    <hm-episode-player :episode="episode" :heading-level="3" @hm-episode-player-play="log"></hm-episode-player>
    <h2>What the page heard</h2>
    <ol id="log"><li v-for="(type, i) in events" :key="i">{{ type }}</li></ol>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('hm-');
app.mount('#app');
