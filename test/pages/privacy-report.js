// Loaded before the elements: records every storage write, cookie write and storage-like API
// call from page load on, and answers the framing test with them and with every request made.
(() => {
  // ?lang=cy: the page is in that language from the start, as a Welsh page would be
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang) document.documentElement.lang = lang;
  const writes = [];
  const wrap = (object, name, label) => {
    const original = object[name];
    object[name] = function (...args) {
      writes.push(`${label}(${String(args[0]).slice(0, 60)})`);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'Storage.setItem');
  wrap(Storage.prototype, 'removeItem', 'Storage.removeItem');
  wrap(Storage.prototype, 'clear', 'Storage.clear');
  if (window.indexedDB) wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  if (window.caches) wrap(CacheStorage.prototype, 'open', 'caches.open');
  if (navigator.serviceWorker) wrap(ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => {
      writes.push(`document.cookie=${String(value).slice(0, 60)}`);
      cookie.set.call(document, value);
    },
  });
  const errors = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.type)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

  // what shows an element has rendered: its heading (the language switch has only a label)
  const named = (tag) => (tag === 'hm-language-switch' ? 'label' : 'h1, h2, h3, h4, h5, h6');
  addEventListener('message', async (event) => {
    const tags = event.data?.tags ?? [];
    // wait until every element has rendered something (or 7.5 s)
    for (let i = 0; i < 150; i++) {
      const ready = tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector(named(tag)));
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything deferred gets its chance
    event.source.postMessage(
      {
        rendered: tags.filter((tag) => document.querySelector(tag)?.shadowRoot?.querySelector(named(tag))),
        requests: performance.getEntriesByType('resource').map((r) => r.name),
        origin: location.origin,
        writes,
        errors,
        localStorageKeys: (() => {
          try {
            return Object.keys(localStorage);
          } catch {
            return ['(localStorage unavailable)'];
          }
        })(),
        cookies: document.cookie,
      },
      event.origin,
    );
  });
})();
