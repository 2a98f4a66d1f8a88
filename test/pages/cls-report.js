// Records layout shifts (Chromium's Layout Instability API) from page load on, and answers the
// framing test with the cumulative score and the checklist's size once it has rendered.
(() => {
  let score = 0;
  const shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      score += entry.value;
      shifts.push(Math.round(entry.value * 10000) / 10000);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // The drop-in arrives after the page has painted, as on a slow connection: a shift only counts
  // once there is something on screen to move (a cached script could otherwise win the race).
  // (A timer, not requestAnimationFrame: Chromium pauses that in frames out of view.)
  addEventListener('load', () =>
    setTimeout(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/cdn/held-in-mind.js';
      document.head.append(script);
    }, 300),
  );
  addEventListener('message', async (event) => {
    const el = document.querySelector('hm-secure-signs');
    for (let i = 0; i < 150 && !el.shadowRoot?.querySelector('h2'); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 1000)); // late shifts (fonts, chunks) count too
    event.source.postMessage(
      {
        supported: PerformanceObserver.supportedEntryTypes.includes('layout-shift'),
        rendered: !!el.shadowRoot?.querySelector('h2'),
        score,
        shifts,
        height: el.getBoundingClientRect().height,
        fontSize: parseFloat(getComputedStyle(el).fontSize),
      },
      event.origin,
    );
  });
})();
