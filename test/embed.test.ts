import { expect, waitUntil } from '@open-wc/testing';
import { readEmbedRequest } from '../src/embed/embed-params.js';
import { fixtureUrl } from './helpers.js';

// The iframe embed (dist/cdn/embed.html + embed.js, and the optional embed-host.js on the framing
// page), built and served byte for byte from another origin, as a CMS that allows only iframes
// would use it.

const KNOWN = { 'hm-repair-tips': ['tip', 'topic', 'show-topics'], 'hm-secure-signs': ['age', 'nation'] };

describe('embed query string', () => {
  it('passes on only the attributes the element documents', () => {
    const request = readEmbedRequest(
      '?element=repair-tips&tip=reconnect&show-topics&onclick=alert(1)&style=position:fixed&slot=x&lang=cy&theme=nhs',
      KNOWN,
    );
    expect(request.tag).to.equal('hm-repair-tips');
    expect(request.attributes).to.deep.equal([
      ['tip', 'reconnect'],
      ['show-topics', ''],
    ]);
    expect(request.ignored).to.deep.equal(['onclick', 'style', 'slot']);
    expect([request.lang, request.theme]).to.deep.equal(['cy', 'nhs']);
  });

  it('refuses unknown elements, odd languages and themes, and prototype names', () => {
    expect(readEmbedRequest('?element=evil', KNOWN).tag).to.equal(null);
    expect(readEmbedRequest('?element=', KNOWN).tag).to.equal(null);
    expect(readEmbedRequest('?element=../hm-repair-tips', KNOWN).tag).to.equal(null);
    expect(readEmbedRequest('?element=constructor', KNOWN).tag).to.equal(null);
    const odd = readEmbedRequest('?element=secure-signs&lang="><script>&theme=../../evil', KNOWN);
    expect([odd.lang, odd.theme]).to.deep.equal([null, null]);
  });
});

describe('embed page in an iframe (built files, another origin)', () => {
  let hostScript: HTMLScriptElement;
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    hostScript = document.createElement('script');
    hostScript.src = fixtureUrl('/cdn/embed-host.js');
    const loaded = new Promise((resolve, reject) => {
      hostScript.onload = resolve;
      hostScript.onerror = reject;
    });
    document.head.append(hostScript);
    await loaded;
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  function embed(query: string, width: number, title = ''): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.dataset.hmEmbed = '';
    if (title) frame.title = title;
    frame.style.cssText = `width:${width}px;height:150px;border:0`;
    frame.src = fixtureUrl(`/cdn/embed.html?${query}`);
    document.body.append(frame);
    frames.push(frame);
    return frame;
  }

  it('renders the element in Welsh, sizes the frame to it and titles it with its heading', async () => {
    const frame = embed('element=repair-tips&tip=reconnect&lang=cy&theme=nhs', 600);
    const english = 'Coming back together after a hard moment';
    // English may show for a moment while the Welsh messages load; the title follows.
    await waitUntil(
      () => frame.title !== '' && frame.title !== english && parseFloat(frame.style.height) > 300,
      `title "${frame.title}", height ${frame.style.height}`,
      { timeout: 15000 },
    );
  });

  it('at 320px in Arabic the frame grows taller than at 600px, with an Arabic title', async () => {
    const wide = embed('element=secure-signs&age=6-12m&lang=ar', 600);
    const narrow = embed('element=secure-signs&age=6-12m&lang=ar', 320);
    await waitUntil(
      () => /[\u0600-\u06FF]/.test(narrow.title) && /[\u0600-\u06FF]/.test(wide.title),
      'titles',
      {
        timeout: 15000,
      },
    );
    await waitUntil(() => parseFloat(narrow.style.height) > parseFloat(wide.style.height), 'heights', {
      timeout: 5000,
    });
  });

  it('keeps a title the page gave, and shows a message for an unknown element', async () => {
    const titled = embed('element=repair-tips', 600, 'Tips from our health visitors');
    const wrong = embed('element=nothing', 600);
    await waitUntil(
      () => parseFloat(titled.style.height) > 300 && parseFloat(wrong.style.height) !== 150,
      'sizes',
      {
        timeout: 15000,
      },
    );
    expect(titled.title).to.equal('Tips from our health visitors');
    // the message is one line of text: small, and no heading to title the frame with
    expect(parseFloat(wrong.style.height)).to.be.below(120);
    expect(wrong.title).to.equal('');
  });
});
