// A test-runner command that sets the browser's own geolocation permission and position, so the
// group finder's "Use my location" is tested through the real navigator.geolocation. Chromium
// only (through the launcher's puppeteer page and the DevTools protocol); other engines answer
// { ok: false } and the tests there use the element's injected position provider instead.
const sessions = new WeakMap();

export function geolocationPlugin() {
  return {
    name: 'hm-geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hm-geolocation') return undefined;
      const launcher = session.browser;
      if (typeof launcher.getPage !== 'function' || !/chrom/i.test(launcher.name ?? '')) return { ok: false };
      try {
        const page = launcher.getPage(session.id);
        const origin = new URL(page.url()).origin;
        // One session per page: emulation ends when the session that set it is closed.
        let cdp = sessions.get(page);
        if (!cdp) {
          cdp = await page.createCDPSession();
          sessions.set(page, cdp);
        }
        const context = page.browserContext();
        const browserContextId = context.id;
        await cdp.send('Browser.setPermission', {
          permission: { name: 'geolocation' },
          setting: payload.allow ? 'granted' : 'denied',
          origin,
          ...(browserContextId ? { browserContextId } : {}),
        });
        if (payload.allow) {
          await cdp.send('Emulation.setGeolocationOverride', {
            latitude: payload.lat,
            longitude: payload.lon,
            accuracy: 10,
          });
        }
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: String(error) };
      }
    },
  };
}
