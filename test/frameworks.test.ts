import { expect } from '@open-wc/testing';
import { askFrame, framePage } from './frames.js';

// The framework check: a React 19 page, a Vue 3 page and a plain HTML page, each using the npm
// build through the package's exports (bundled by scripts/build-frameworks.mjs, which `npm test`
// runs), each rendering every element, setting properties and listening to events. Reports
// come from test/frameworks/driver.js inside each page.

interface ElementReport {
  tag: string;
  defined: boolean;
  heading: string;
  label: string;
  lang: string | null;
}
interface FrameworkReport {
  elements: ElementReport[];
  log: string[];
  errors: string[];
}

const EVENTS = [
  'hm-repair-tips-change',
  'hm-secure-signs-change',
  'hm-group-finder-search',
  'hm-episode-player-play',
  'hm-language-change',
];

const PROPERTIES_SET = {
  'hm-repair-tips': 'h3 Sing while you tidy up',
  'hm-episode-player': 'h3 Our health visitors on sleep',
};

const shown = (report: FrameworkReport) =>
  Object.fromEntries(report.elements.map((e) => [e.tag, e.heading || e.label]));

for (const page of ['react', 'vue', 'plain']) {
  describe(`framework check: ${page}`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame?.remove());

    it('renders every element with the properties the page set, hears each event and switches to Welsh', async () => {
      frame = await framePage(`/frameworks/${page}.html`, `${page} page`, 800);
      const before = await askFrame<FrameworkReport>(frame, { act: false, expect: PROPERTIES_SET });
      expect(before.errors, 'errors on the page').to.deep.equal([]);
      expect(before.elements.every((e) => e.defined)).to.equal(true);
      // Arrays and objects arrive as properties; headingLevel as a number (h3, not the default h2).
      expect(shown(before)).to.deep.equal({
        'hm-language-switch': 'Language',
        'hm-repair-tips': 'h3 Sing while you tidy up',
        'hm-secure-signs': 'h3 Signs of a secure bond',
        'hm-group-finder': 'h3 Find a group near you',
        'hm-episode-player': 'h3 Our health visitors on sleep',
      });
      expect(before.log, 'no events before anyone acts').to.deep.equal([]);

      const after = await askFrame<FrameworkReport>(frame, { act: true });
      expect(after.errors, 'errors on the page').to.deep.equal([]);
      expect([...new Set(after.log)]).to.have.members(EVENTS);
      // The page's handler for hm-language-change called setLocale: every element is in Welsh.
      expect(
        after.elements.map((e) => [e.tag, e.lang]),
        JSON.stringify(after.elements),
      ).to.deep.equal(after.elements.map((e) => [e.tag, 'cy']));
      expect(shown(after)['hm-secure-signs']).to.not.equal('h3 Signs of a secure bond');
    });
  });
}
