// Runs every test in Chromium, Firefox ESR and WebKitGTK's MiniBrowser, all from Debian packages
// (nothing downloads a browser). WebKit needs an X display and a running WebKitWebDriver, which
// `npm test` provides through `xvfb-run -a scripts/wtr-webkit.sh`. WTR_BROWSERS=chromium,firefox
// picks a subset for quick runs.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/servers/summary-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { startFixtureServer } from './test/servers/fixture-server.mjs';
import { heapPlugin } from './test/servers/heap-plugin.mjs';
import { geolocationPlugin } from './test/servers/geolocation-plugin.mjs';

const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());
const browsers = [];

const chromium = wanted.includes('chromium')
  ? chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        // Tests start playback from code, which is not a user gesture; real pages play on a click.
        args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'],
      },
    })
  : undefined;
if (chromium) browsers.push(chromium);

if (wanted.includes('firefox')) {
  // Firefox over WebDriver BiDi through puppeteer-core (a dependency of @web/test-runner-chrome);
  // Debian has no geckodriver.
  const firefox = chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
  });
  firefox.name = 'Firefox';
  browsers.push(firefox);
}

if (wanted.includes('webkit') && process.env.WTR_WEBKIT === '1') {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for BiDi by default; WebKitWebDriver 2.50 then refuses the session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

// A second origin for real HTTP: slow, failing, malformed, oversized and non-CORS responses,
// and the built drop-in bundle served byte for byte.
const fixtures = await startFixtureServer();

export default {
  // test/corpus/ needs ../shared/corpus and runs on its own (web-test-runner.corpus.config.mjs).
  files: [
    'test/**/*.test.ts',
    '!test/corpus/**',
    '!test/leaks/**',
    '!test/chromium/**',
    '!test/frameworks.test.ts',
  ],
  // Leak counting needs the DevTools protocol (heap queries, listener lists), and layout shift
  // the Layout Instability API: Chromium only. The framework check (React, Vue, plain pages on
  // the npm build) is about the frameworks, not the engines, which every other test covers.
  groups: chromium
    ? [
        { name: 'leaks', files: 'test/leaks/*.test.ts', browsers: [chromium] },
        { name: 'chromium-only', files: 'test/chromium/*.test.ts', browsers: [chromium] },
        { name: 'frameworks', files: 'test/frameworks.test.ts', browsers: [chromium] },
      ]
    : [],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  // mocha's default 2 s is too short for axe on a busy 2-core machine
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><script>window.HM_FIXTURES = ${JSON.stringify(fixtures.url)}; window.HM_CLOSED_URL = ${JSON.stringify(fixtures.closedUrl)};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      // Without this, esbuild's transform API never sees tsconfig.json and compiles decorators
      // as TC39 standard decorators.
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    { name: 'hm-fixture-server', serverStop: () => fixtures.close() },
    heapPlugin(),
    // "Use my location" through the browser's own permission and position (Chromium).
    geolocationPlugin(),
    // JSON modules under src/ (the sample directory) as bundlers serve them: a default export.
    {
      name: 'hm-json-modules',
      resolveMimeType: (context) => (/^\/src\/.*\.json$/.test(context.path) ? 'js' : undefined),
      transform: (context) =>
        /^\/src\/.*\.json$/.test(context.path) ? { body: `export default ${context.body};` } : undefined,
    },
    // papaparse ships only a UMD build; wrap it as an ES module (bundlers do this themselves).
    {
      name: 'hm-papaparse-esm',
      transform(context) {
        if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
        return {
          body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
        };
      },
    },
  ],
  reporters: [defaultReporter(), summaryReporter()],
  browsers,
};
