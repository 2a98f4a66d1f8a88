// Loaded first (a classic script, allowed under the strict policy) by the host-page tests: records
// errors and policy violations, and answers the framing test page with what each element shows.
(() => {
  const errors = [];
  const violations = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.type)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const PROBE = '<b>probe</b>';
  document.addEventListener('securitypolicyviolation', (e) => {
    // the report's own check that Trusted Types are enforced is not the elements' doing
    if (!e.sample?.includes(PROBE))
      violations.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim());
  });
  const TAGS = 'hm-repair-tips, hm-secure-signs, hm-group-finder, hm-episode-player, hm-language-switch';

  function describe(el) {
    const root = el.shadowRoot;
    // the language switch has no heading: its label names it
    const heading = root?.querySelector(
      el.localName === 'hm-language-switch' ? 'label' : 'h1, h2, h3, h4, h5, h6',
    );
    // Targets as WCAG 2.5.8 counts them: a radio or checkbox with its label; links inside a
    // sentence are exempt.
    const targets = Array.from(root?.querySelectorAll('button, select, input, a[href]') ?? [])
      .filter((t) => t.getClientRects().length > 0 && !(t.localName === 'a' && t.closest('p, li')))
      .map((t) => (/^(radio|checkbox)$/.test(t.type) && t.closest('label')) || t);
    const sizes = targets.map((t) => {
      const box = t.getBoundingClientRect();
      return {
        size: Math.min(box.width, box.height),
        what: `${t.localName}.${t.className} ${t.textContent.trim().slice(0, 30)}`,
      };
    });
    const smallest = sizes.sort((a, b) => a.size - b.size)[0];
    // the smallest text anyone has to read: elements with their own visible words
    const sizes2 = Array.from(root?.querySelectorAll('*') ?? [])
      .filter((n) => n.getClientRects().length > 0 && !n.closest('.visually-hidden'))
      .filter((n) => Array.from(n.childNodes).some((c) => c.nodeType === 3 && c.textContent.trim()))
      .map((n) => parseFloat(getComputedStyle(n).fontSize));
    return {
      tag: el.localName,
      defined: !!customElements.get(el.localName),
      heading: (heading?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      lang: root?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      textSize: sizes2.length ? Math.min(...sizes2) : 0,
      smallestTarget: smallest?.size ?? 0,
      smallestTargetIs: smallest?.what ?? '',
      overflows: Array.from(root?.querySelectorAll('*') ?? []).some(
        (node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
      ),
    };
  }

  addEventListener('message', async (event) => {
    // own properties only: on the polluted page every object "has" lang 'ar' (see pollute.js)
    const asked = (key) => (event.data && Object.hasOwn(event.data, key) ? event.data[key] : undefined);
    if (asked('lang')) document.documentElement.lang = asked('lang');
    const wanted = asked('expect');
    let report;
    for (let i = 0; i < 150; i++) {
      const elements = Array.from(document.querySelectorAll(TAGS)).map(describe);
      report = {
        elements,
        errors,
        violations,
        trustedTypesEnforced: (() => {
          if (!window.trustedTypes) return null;
          try {
            document.createElement('div').innerHTML = PROBE;
            return false;
          } catch {
            return true;
          }
        })(),
        pollutionVisible: Object.prototype.hasOwnProperty.call(Object.prototype, 'src'),
        requests: performance.getEntriesByType('resource').map((r) => r.name),
      };
      if (elements.length && elements.every((e) => e.heading && e.heading !== wanted)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    event.source.postMessage(report, event.origin);
  });
})();
