// Loaded first by each framework check page (react.html, vue.html, plain.html). Answers the
// framing test page (another origin): `{ act: false }` reports what each element shows;
// `{ act: true }` does what a person would (next tip, answer a sign, search, play, pick Welsh)
// and reports which events the page's own code heard, as the framework rendered them.
(() => {
  const errors = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.type)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const TAGS = [
    'hm-language-switch',
    'hm-repair-tips',
    'hm-secure-signs',
    'hm-group-finder',
    'hm-episode-player',
  ];
  const $ = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector) ?? null;
  const words = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function describe(tag) {
    const el = document.querySelector(tag);
    const heading = el?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
    return {
      tag,
      defined: !!customElements.get(tag),
      heading: heading ? `${heading.localName} ${words(heading)}` : '',
      label: words(el?.shadowRoot?.querySelector('label')),
      lang: el?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
    };
  }
  const report = () => ({
    elements: TAGS.map(describe),
    log: Array.from(document.querySelectorAll('#log li'), words),
    errors,
  });
  const ready = () =>
    TAGS.every((tag) => describe(tag).heading || describe(tag).label) &&
    $('hm-episode-player', 'button.play:not([disabled])') &&
    $('hm-secure-signs', '.item input[value="often"]') &&
    $('hm-group-finder', 'form.search button[type="submit"]');

  async function act() {
    $('hm-repair-tips', '.nav .primary').click();
    $('hm-secure-signs', '.item input[value="often"]').click();
    $('hm-group-finder', '#keyword').value = 'massage';
    $('hm-group-finder', 'form.search button[type="submit"]').click();
    $('hm-episode-player', 'button.play').click();
    const select = $('hm-language-switch', 'select');
    select.value = 'cy';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // until the page heard all five and every element speaks Welsh (or 10 s)
    for (let i = 0; i < 200; i++) {
      const r = report();
      if (new Set(r.log).size >= 5 && r.elements.every((e) => e.lang === 'cy')) break;
      await sleep(50);
    }
    document.querySelector('hm-episode-player')?.pause();
  }

  // `expect`: the headings the test is waiting for (host tips and locale chunks load lazily).
  const settled = (expected) =>
    ready() && (!expected || TAGS.every((tag) => !expected[tag] || describe(tag).heading === expected[tag]));

  addEventListener('message', async (event) => {
    for (let i = 0; i < 200 && !settled(event.data?.expect); i++) await sleep(50);
    if (event.data?.act) await act();
    event.source.postMessage(report(), event.origin);
  });
})();
