// Another script on the page has polluted Object.prototype with names our options and data use.
for (const [key, value] of Object.entries({
  src: 'https://evil.example/tips.json',
  url: 'javascript:alert(1)',
  href: 'javascript:alert(1)',
  proxy: 'https://evil.example/?url={url}',
  tips: [{ id: 'evil', title: 'Injected tip' }],
  content: { bands: {} },
  help: [{ level: 'talk', text: 'Injected help' }],
  innerHTML: '<img src=x onerror=alert(1)>',
  lang: 'ar',
  headingLevel: 9,
  hidden: true,
  allowImages: true,
  timeout: 1,
})) {
  Object.defineProperty(Object.prototype, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
