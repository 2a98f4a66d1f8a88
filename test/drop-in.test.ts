import { expect } from '@open-wc/testing';
import { askFrame, framePage } from './frames.js';

interface Report {
  defined: boolean;
  title: string;
  next: string;
  dir: string | null;
  lang: string | null;
  hostTitle: string;
  hostHeading: string | null;
  errors: string[];
}

/**
 * The built dist/cdn/held-in-mind.js, served untouched from another origin and loaded by a plain
 * HTML page with one script tag, exactly as a web editor would paste it (npm test builds it first).
 */
describe('drop-in bundle (dist/cdn/held-in-mind.js, unmodified)', () => {
  let frame: HTMLIFrameElement;

  const ask = (message: { lang?: string; expect?: string }) => askFrame<Report>(frame, message);

  before(async () => {
    frame = await framePage('/pages/drop-in.html', 'drop-in page');
  });

  after(() => frame.remove());

  it('defines and renders the element in English from <html lang="en-GB">', async () => {
    const report = await ask({});
    expect(report.errors).to.deep.equal([]);
    expect(report.defined).to.equal(true);
    expect(report.title).to.equal('Coming back together after a hard moment');
    expect(report.next).to.equal('Next tip →');
    expect(report.lang).to.equal('en-GB');
    expect(report.hostTitle).to.equal('Nap when your baby naps');
    expect(report.hostHeading).to.equal('h3');
  });

  it('follows a change of <html lang> to Welsh, loading the Welsh chunk', async () => {
    const report = await ask({ lang: 'cy-GB', expect: 'Coming back together after a hard moment' });
    expect(report.errors).to.deep.equal([]);
    expect(report.lang).to.equal('cy');
    expect(report.title).to.not.equal('Coming back together after a hard moment');
    expect(report.next).to.not.include('Next tip');
    // Host tips stay in the host's language.
    expect(report.hostTitle).to.equal('Nap when your baby naps');
  });

  it('and to Arabic, right to left', async () => {
    const welsh = await ask({});
    const report = await ask({ lang: 'ar', expect: welsh.title });
    expect(report.errors).to.deep.equal([]);
    expect(report.lang).to.equal('ar');
    expect(report.dir).to.equal('rtl');
    expect(report.title).to.match(/[\u0600-\u06FF]/);
  });
});

interface SignsReport {
  defined: boolean;
  repairTipsDefined: boolean;
  title: string;
  items: number;
  lang: string | null;
  dir: string | null;
  chunks: string[];
  errors: string[];
}

describe('one element alone (dist/cdn/hm-secure-signs.js, unmodified)', () => {
  let frame: HTMLIFrameElement;
  const ask = (message: { lang?: string; expect?: string }) => askFrame<SignsReport>(frame, message);

  before(async () => {
    frame = await framePage('/pages/drop-in-signs.html', 'secure signs drop-in page');
  });

  after(() => frame.remove());

  it('defines only its own element and renders the built-in and page items', async () => {
    const report = await ask({});
    expect(report.errors).to.deep.equal([]);
    expect(report.defined).to.equal(true);
    expect(report.repairTipsDefined).to.equal(false);
    expect(report.title).to.equal('Signs of a secure bond');
    expect(report.items).to.equal(7);
  });

  it('switches to Welsh with the page, loading only its own messages', async () => {
    const report = await ask({ lang: 'cy', expect: 'Signs of a secure bond' });
    expect(report.errors).to.deep.equal([]);
    expect(report.lang).to.equal('cy');
    expect(report.title).to.not.equal('Signs of a secure bond');
    expect(report.items).to.equal(7);
    const catalogues = report.chunks.filter((c) => c.startsWith('cy-'));
    expect(catalogues.map((c) => c.replace(/-[\w-]{8}\.js$/, ''))).to.have.members([
      'cy-core',
      'cy-secure-signs',
      'cy-secure-signs-content',
    ]);
  });
});

/**
 * The built dist/cdn/hm-episode-player.js alone, on a page that enforces Trusted Types: the feed
 * reader, chapters, show notes (DOMPurify) and playback all come from lazy chunks of the build.
 */
describe('episode player drop-in (dist/cdn/hm-episode-player.js, unmodified)', () => {
  interface PlayerReport {
    defined: boolean;
    title: string;
    chapters: number;
    notes: string;
    time: number;
    nativeControls: boolean;
    error: string;
    errors: string[];
  }
  let frame: HTMLIFrameElement;
  const ask = (action?: string) => askFrame<PlayerReport>(frame, { action });

  before(async () => {
    frame = await framePage('/pages/drop-in-player.html', 'episode player drop-in page');
  });

  after(() => frame.remove());

  it('reads the feed and chapters, shows sanitised notes through its policy and plays', async () => {
    const first = await ask();
    expect(first.errors).to.deep.equal([]);
    expect(first.defined).to.equal(true);
    expect(first.title).to.equal('Good enough is enough');
    expect(first.chapters).to.equal(4);
    expect(first.nativeControls).to.equal(false);
    const notes = await ask('notes');
    expect(notes.notes).to.contain('secure attachment');
    const played = await ask('play');
    expect(played.time).to.be.above(0);
    expect(played.errors).to.deep.equal([]);
  });

  it('shows a problem in words, with Try again (the minified build renames private fields)', async () => {
    const broken = await ask('broken');
    expect(broken.error).to.contain('The podcast could not be loaded.');
    expect(broken.error).to.contain('could not be found at its address');
    expect(broken.error).to.contain('Try again');
    expect(broken.errors).to.deep.equal([]);
  });
});
