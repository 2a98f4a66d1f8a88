import { expect } from '@open-wc/testing';
import { askFrame, framePage } from './frames.js';

// The built drop-in bundles on host pages that make life hard: a strict Content-Security-Policy
// with Trusted Types, a theme that unsets everything, two copies of the bundle (two copies of
// Lit, every tag defined twice) and a polluted Object.prototype. Reports come from
// test/pages/host-report.js inside each page.

interface ElementReport {
  tag: string;
  defined: boolean;
  heading: string;
  lang: string | null;
  textSize: number;
  smallestTarget: number;
  smallestTargetIs: string;
  overflows: boolean;
}

interface HostReport {
  elements: ElementReport[];
  errors: string[];
  violations: string[];
  trustedTypesEnforced: boolean | null;
  pollutionVisible: boolean;
  requests: string[];
}

const ENGLISH = {
  'hm-repair-tips': 'Coming back together after a hard moment',
  'hm-secure-signs': 'Signs of a secure bond',
  'hm-episode-player': 'Good enough is enough',
  'hm-group-finder': 'Find a group near you',
  'hm-language-switch': 'Language',
};

function expectWorking(report: HostReport): void {
  expect(report.errors, 'errors on the page').to.deep.equal([]);
  expect(report.elements.map((e) => e.tag)).to.have.members(Object.keys(ENGLISH));
  for (const element of report.elements) {
    expect(element.defined, element.tag).to.equal(true);
    expect(element.heading, element.tag).not.to.equal('');
  }
}

describe('host pages', () => {
  const frames: HTMLIFrameElement[] = [];
  const open = async (path: string, width = 800) => {
    const frame = await framePage(path, path, width);
    frames.push(frame);
    return frame;
  };
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it('a strict CSP with Trusted Types enforced: renders, switches language, no violation', async () => {
    const frame = await open('/strict/strict.html');
    const english = await askFrame<HostReport>(frame, {});
    expectWorking(english);
    for (const element of english.elements)
      expect(element.heading).to.equal(ENGLISH[element.tag as keyof typeof ENGLISH]);
    // Where the engine has Trusted Types, prove the policy is really enforced on this page.
    if (english.trustedTypesEnforced !== null) expect(english.trustedTypesEnforced).to.equal(true);
    const welsh = await askFrame<HostReport>(frame, { lang: 'cy', expect: ENGLISH['hm-repair-tips'] });
    expectWorking(welsh);
    expect(
      welsh.elements.every((e) => e.lang === 'cy'),
      JSON.stringify(welsh.elements),
    ).to.equal(true);
    expect(welsh.violations, 'policy violations').to.deep.equal([]);
  });

  it('a theme with `* { all: unset }` and a 10px root: text at least 12px, 24px targets, no overflow at 320px', async () => {
    const frame = await open('/pages/hostile-css.html', 320);
    const report = await askFrame<HostReport>(frame, {});
    expectWorking(report);
    for (const element of report.elements) {
      // body text has a 14px floor; small print (0.875em and the like) stays at 12px or more
      expect(element.textSize, `${element.tag} smallest text`).to.be.at.least(12);
      expect(element.smallestTarget, `${element.tag}: ${element.smallestTargetIs}`).to.be.at.least(24);
      expect(element.overflows, `${element.tag} overflows 320px`).to.equal(false);
    }
  });

  it('two copies of the bundles (two copies of Lit, each tag defined twice): no error, one working element each', async () => {
    const frame = await open('/pages/twice.html');
    const report = await askFrame<HostReport>(frame, {});
    expectWorking(report);
    for (const element of report.elements)
      expect(element.heading).to.equal(ENGLISH[element.tag as keyof typeof ENGLISH]);
  });

  it('a polluted Object.prototype changes nothing: built-in content, English, no outside request', async () => {
    const frame = await open('/pages/polluted.html');
    const report = await askFrame<HostReport>(frame, {});
    expect(report.pollutionVisible, 'the page really is polluted').to.equal(true);
    expectWorking(report);
    for (const element of report.elements) {
      expect(element.heading).to.equal(ENGLISH[element.tag as keyof typeof ENGLISH]);
      expect(element.lang).to.equal('en-GB');
    }
    expect(report.requests.filter((r) => r.includes('evil.example'))).to.deep.equal([]);
  });
});
