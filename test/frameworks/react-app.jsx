// A React 19 page using the npm build: React sets properties on custom elements (arrays, objects,
// numbers) and listens to their events through `on<event-name>` props, with no wrapper.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'held-in-mind/all.js';
import { configureHeldInMindLocalization } from 'held-in-mind/i18n';

const l10n = configureHeldInMindLocalization();

const ourTips = [
  {
    id: 'sing-while-you-tidy',
    title: 'Sing while you tidy up',
    steps: ['Pick a song you both know.', 'Sing it slowly while you put things away.'],
    why: 'A shared song turns a chore into time together.',
  },
];
const episode = { src: '/media/episode.mp3', title: 'Our health visitors on sleep', duration: 130 };

function App() {
  const [events, setEvents] = useState([]);
  const log = (event) => setEvents((list) => [...list, event.type]);
  return (
    <>
      <hm-language-switch
        locales="en-GB cy ar"
        onhm-language-change={(event) => {
          log(event);
          l10n.setLocale(event.detail.locale);
        }}
      ></hm-language-switch>
      <hm-repair-tips
        tips={ourTips}
        tip="sing-while-you-tidy"
        headingLevel={3}
        onhm-repair-tips-change={log}
      />
      <hm-secure-signs age="3-6m" headingLevel={3} onhm-secure-signs-change={log} />
      <hm-group-finder headingLevel={3} radius={0} onhm-group-finder-search={log} />
      <hm-episode-player episode={episode} headingLevel={3} onhm-episode-player-play={log} />
      <h2>What the page heard</h2>
      <ol id="log">
        {events.map((type, i) => (
          <li key={i}>{type}</li>
        ))}
      </ol>
    </>
  );
}

createRoot(document.getElementById('app')).render(<App />);
