import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/repair-tips/hm-repair-tips.js';
import '../../src/components/secure-signs/hm-secure-signs.js';
import '../../src/components/episode-player/hm-episode-player.js';
import '../../src/components/group-finder/hm-group-finder.js';
import '../../src/components/language-switch/hm-language-switch.js';
import { configureHeldInMindLocalization } from '../../src/i18n/localization.js';

// 1,000 connect/disconnect cycles per element, then count (after garbage collection, through the
// DevTools protocol) the element instances still alive and the listeners left on window and
// document. A controller or listener that outlives its element shows up as growth.

interface HeapStats {
  instances: number;
  windowListeners: number;
  documentListeners: number;
  heapUsed: number;
}

const stats = (tag: string) => executeServerCommand<HeapStats, { tag: string }>('hm-heap-stats', { tag });
const CYCLES = 1000;

async function cycle(tag: string, setup: (el: HTMLElement) => void, times: number): Promise<void> {
  const host = document.createElement('div');
  document.body.append(host);
  for (let i = 0; i < times; i++) {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    setup(el);
    host.append(el);
    await el.updateComplete;
    // the same element is also moved and re-attached once, as frameworks do
    el.remove();
    host.append(el);
    await el.updateComplete;
    el.remove();
  }
  host.remove();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

const ELEMENTS: [string, (el: HTMLElement) => void][] = [
  ['hm-repair-tips', (el) => el.setAttribute('show-topics', '')],
  ['hm-secure-signs', (el) => el.setAttribute('age', '6-12m')],
  [
    'hm-episode-player',
    (el) => {
      el.setAttribute('src', '/demo/media/episode.mp3');
      el.setAttribute('episode-title', 'Good enough is enough');
      el.setAttribute('chapters', '/demo/media/chapters.json');
    },
  ],
  ['hm-group-finder', () => {}],
  // it listens to every other element's language change: those listeners must go with it
  ['hm-language-switch', () => {}],
];

describe('no leaks over 1,000 connect/disconnect cycles (Chromium, DevTools protocol)', function () {
  // 2,000 renders per element: seconds on an idle machine, much longer on a loaded one
  this.timeout(300_000);
  before(async () => {
    // the localisation runtime adds its own window listener once: load it before the baseline
    await configureHeldInMindLocalization().setLocale('cy');
    await configureHeldInMindLocalization().setLocale('en-GB');
  });

  for (const [tag, setup] of ELEMENTS) {
    it(`<${tag}>: no instance, window or document listener left behind`, async () => {
      await cycle(tag, setup, 20); // warm up: lazy chunks, caches, first-use listeners
      const before = await stats(tag);
      await cycle(tag, setup, CYCLES);
      const after = await stats(tag);
      expect(after.instances, 'live instances').to.be.at.most(before.instances);
      expect(after.instances, 'live instances').to.be.at.most(1);
      expect(after.windowListeners, 'window listeners').to.equal(before.windowListeners);
      expect(after.documentListeners, 'document listeners').to.equal(before.documentListeners);
    });
  }

  it('the counter sees a leak when there is one (an element kept alive on purpose)', async () => {
    const kept: HTMLElement[] = [];
    const setup = ELEMENTS[0]![1];
    const before = await stats('hm-repair-tips');
    await cycle('hm-repair-tips', (el) => (setup(el), kept.push(el)), 25);
    const listener = () => {};
    addEventListener('hm-test-leak', listener);
    const after = await stats('hm-repair-tips');
    expect(after.instances - before.instances).to.equal(25);
    expect(after.windowListeners - before.windowListeners).to.equal(1);
    removeEventListener('hm-test-leak', listener);
    kept.length = 0;
  });
});
