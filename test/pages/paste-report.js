// Loaded first by /paste (a blank page with a pasted snippet): answers the framing test page with
// what a person would see of each Held in Mind element, on the page or inside an embed frame
// (same origin, so its document can be read), and each frame's title and height.
(() => {
  const errors = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.type)));
  const TAGS = 'hm-repair-tips, hm-secure-signs, hm-group-finder, hm-episode-player';
  const describe = (el, where) => {
    const heading = el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
    return {
      tag: el.localName,
      where,
      heading: (heading?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      headingLevel: heading ? Number(heading.localName.slice(1)) : 0,
      dir: el.shadowRoot?.querySelector('[dir]')?.getAttribute('dir') ?? null,
    };
  };
  const look = () => {
    const elements = Array.from(document.querySelectorAll(TAGS)).map((el) => describe(el, 'page'));
    const frames = Array.from(document.querySelectorAll('iframe')).map((frame) => {
      let inside = [];
      try {
        inside = Array.from(frame.contentDocument?.querySelectorAll(TAGS) ?? []).map((el) =>
          describe(el, 'frame'),
        );
      } catch {
        /* another origin: nothing to read */
      }
      elements.push(...inside);
      return { title: frame.title, height: frame.style.height };
    });
    return { elements, frames, errors };
  };
  addEventListener('message', async (event) => {
    const wanted = event.data?.heading;
    // done when the element shows the wanted heading and embed-host.js has sized every frame
    const done = (r) =>
      r.elements.some((e) => e.heading === wanted) && r.frames.every((f) => /px$/.test(f.height));
    let report = look();
    for (let i = 0; i < 300 && !done(report); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      report = look();
    }
    event.source.postMessage(report, event.origin);
  });
})();
