// Loaded first by every documented snippet's page (/snippets/<n>.html from the fixture server):
// records errors and files that failed to load, and answers the framing test with what the
// snippet shows: each element's heading, and each embed frame's height and title.
(() => {
  const errors = [];
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  // capture: a <script> or <link> that fails to load fires a non-bubbling error on itself
  addEventListener(
    'error',
    (e) =>
      errors.push(
        e.target === window ? String(e.message) : `could not load ${e.target.src || e.target.href}`,
      ),
    true,
  );
  const words = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const report = () => ({
    errors,
    elements: Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.localName.startsWith('hm-'))
      .map((el) => ({
        tag: el.localName,
        defined: !!customElements.get(el.localName),
        heading: words(el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')),
        label: words(el.shadowRoot?.querySelector('label')),
      })),
    frames: Array.from(document.querySelectorAll('iframe'), (f) => ({
      title: f.title,
      height: f.style.height,
      embed: f.hasAttribute('data-hm-embed'),
    })),
    stylesheets: Array.from(document.querySelectorAll('link[rel="stylesheet"]'), (l) => ({
      href: l.href,
      rules: l.sheet ? l.sheet.cssRules.length : 0,
    })),
  });
  const done = (r) =>
    r.elements.every((e) => e.heading || e.label) && r.frames.every((f) => !f.embed || /px$/.test(f.height));
  addEventListener('message', async (event) => {
    let r = report();
    for (let i = 0; i < 270 && !done(r); i++) {
      // Scroll to the first frame not yet sized, as a reader would: engines pause rendering in
      // cross-origin frames far off screen, so they would not measure themselves until then.
      Array.from(document.querySelectorAll('iframe[data-hm-embed]'))
        .find((f) => !/px$/.test(f.style.height))
        ?.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 50));
      r = report();
    }
    event.source.postMessage(r, event.origin);
  });
})();
