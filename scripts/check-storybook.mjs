// Opens the built static Storybook (storybook-static/) in Chromium and checks that every story
// renders without errors (its play function included) and passes the a11y addon's axe run, that
// each element's docs page shows its API from the Custom Elements Manifest, that elements render
// in English, Welsh and Arabic (right to left), and that the theme toolbar reaches them.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

/* global document, getComputedStyle, window, customElements */
const target = (locale, id) => {
  const xml = fs.readFileSync(`locales/${locale}.xlf`, 'utf8');
  const unit = xml.match(
    new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">([\\s\\S]*?)</trans-unit>`),
  );
  return unit?.[1].match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1] ?? null;
};
const decode = (t) => t?.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
// [story id, element, title selector, expected title per locale]
const checks = [
  [
    'elements-repair-tips--fixed-tip',
    'hm-repair-tips',
    '#tip-title',
    'hm.repair-tips.tip.safe-pause.title',
    'Take a safe pause',
  ],
  [
    'elements-group-finder--sample-directory',
    'hm-group-finder',
    '#finder-title',
    'hm.group-finder.title',
    'Find a group near you',
    '.finder',
  ],
  [
    'elements-secure-signs--zero-to-three-months',
    'hm-secure-signs',
    '#band-heading',
    'hm.secure-signs.band.0-3m.heading',
    'Signs at 0 to 3 months',
  ],
  [
    'elements-episode-player--audio-from-feed',
    'hm-episode-player',
    '.play span',
    'hm.episode-player.play',
    'Play',
    '.player',
  ],
].flatMap(([story, tag, selector, id, english, box = '.card']) => [
  { story, tag, selector, box, locale: 'en-GB', title: english, dir: 'ltr' },
  { story, tag, selector, box, locale: 'cy', title: decode(target('cy', id)), dir: 'ltr' },
  { story, tag, selector, box, locale: 'ar', title: decode(target('ar', id)), dir: 'rtl' },
]);

const { server, url } = await serve('storybook-static');
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  // the Playing story starts playback from its play function, not from a click
  args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'],
});
let failed = 0;
let passed = 0;
const report = (ok, text) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
};

/** Opens a story and waits for Storybook's own verdict (render, play function, a11y report). */
async function openStory(id, globals = '') {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.evaluateOnNewDocument(() => {
    const timer = setInterval(() => {
      const channel = window.__STORYBOOK_PREVIEW__?.channel;
      if (!channel) return;
      clearInterval(timer);
      channel.on('storyFinished', (d) => {
        window.__hmFinished = {
          status: d.status,
          violations: d.reporters.flatMap((r) =>
            (r.result?.violations ?? []).map(
              (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            ),
          ),
        };
      });
      channel.on('storyThrewException', (e) => (window.__hmThrew = String(e?.message ?? e)));
      channel.on('playFunctionThrewException', (e) => (window.__hmThrew = String(e?.message ?? e)));
    }, 5);
  });
  await page.goto(`${url}iframe.html?id=${id}&viewMode=story${globals}`);
  const finished = await page
    .waitForFunction(
      () =>
        window.__hmFinished ??
        (window.__hmThrew && { status: 'threw', violations: [], threw: window.__hmThrew }),
      {
        timeout: 60000,
      },
    )
    .then((h) => h.jsonValue())
    .catch(() => ({ status: 'timed out', violations: [] }));
  return { page, errors, finished };
}

try {
  // Every story: Storybook says it finished without error, axe found nothing, no page error, and
  // each Held in Mind element in it is defined and has rendered.
  // The state a story is named for, as the element shows it.
  const STATES = {
    'elements-group-finder--results': '.result',
    'elements-group-finder--nothing-found': '.empty',
    'elements-group-finder--load-error': '.message-error',
    'elements-episode-player--playing': 'playing media',
    'elements-episode-player--transcript-search': 'mark',
    'elements-episode-player--feed-error': '[part="error"]',
    'elements-repair-tips--host-tips-missing': '.message-error',
  };
  const index = JSON.parse(fs.readFileSync('storybook-static/index.json', 'utf8'));
  const entries = Object.values(index.entries);
  for (const story of entries.filter((e) => e.type === 'story')) {
    const { page, errors, finished } = await openStory(story.id);
    const elements = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#storybook-root *'))
        .filter((n) => n.localName.startsWith('hm-'))
        .map((n) => ({
          tag: n.localName,
          rendered: Boolean(customElements.get(n.localName) && n.shadowRoot?.childElementCount),
        })),
    );
    const state = STATES[story.id];
    const shown = state
      ? await page.evaluate(
          (selector) =>
            selector === 'playing media'
              ? document.querySelector('hm-episode-player')?.media?.paused === false
              : Array.from(document.querySelectorAll('#storybook-root *')).some((n) =>
                  n.shadowRoot?.querySelector(selector),
                ),
          state,
        )
      : true;
    const ok =
      finished.status === 'success' &&
      finished.violations.length === 0 &&
      errors.length === 0 &&
      elements.length > 0 &&
      elements.every((e) => e.rendered) &&
      shown;
    report(
      ok,
      `story ${story.id}: ${finished.status}${finished.threw ? ` (${finished.threw})` : ''}; ` +
        `elements ${elements.map((e) => `${e.tag}${e.rendered ? '' : ' (not rendered)'}`).join(', ') || 'none'}` +
        `${shown ? '' : `; does not show ${state}`}` +
        `${finished.violations.length ? `; axe: ${finished.violations.join('; ')}` : ''}` +
        `${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
    );
    await page.close();
  }

  // Every element's docs page lists each attribute the manifest documents.
  const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  for (const docs of entries.filter((e) => e.type === 'docs')) {
    const component = entries.find((e) => e.type === 'story' && e.title === docs.title);
    if (!component) continue; // a guide (MDX), checked below
    const tag = `hm-${component.id.replace(/^elements-/, '').replace(/--.*$/, '')}`;
    const attributes = (declarations.find((d) => d.tagName === tag)?.attributes ?? []).map((a) => a.name);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'networkidle0' });
    const missing = await page
      .waitForFunction(
        (names) => {
          const text = document.querySelector('#storybook-docs')?.textContent ?? '';
          const missing = names.filter((n) => !text.includes(n));
          return text.length > 0 && missing.length === 0 ? [] : false;
        },
        { timeout: 30000 },
        attributes,
      )
      .then((h) => h.jsonValue())
      .catch(() =>
        page.evaluate((names) => {
          const text = document.querySelector('#storybook-docs')?.textContent ?? '';
          return names.filter((n) => !text.includes(n));
        }, attributes),
      );
    report(
      attributes.length > 0 && missing.length === 0 && errors.length === 0,
      `docs ${docs.id}: ${attributes.length} attributes of <${tag}>` +
        `${missing.length ? `, missing ${missing.join(', ')}` : ''}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
    );
    await page.close();
  }

  // The embed builder guide links to the builder page, which works in the built docs.
  {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}iframe.html?id=guides-embed-builder--docs&viewMode=docs`, {
      waitUntil: 'networkidle0',
    });
    const href = await page
      .waitForSelector('#storybook-docs a[href$="cdn/builder.html"]', { timeout: 30000 })
      .then((a) => a.evaluate((n) => n.href))
      .catch(() => null);
    let snippet = null;
    if (href) {
      await page.goto(href, { waitUntil: 'networkidle0' });
      snippet = await page
        .waitForFunction(
          () => document.querySelector('hm-embed-builder')?.shadowRoot?.querySelector('#code-script')?.value,
          { timeout: 30000 },
        )
        .then((h) => h.jsonValue())
        .catch(() => null);
    }
    report(
      Boolean(href && snippet?.includes('<hm-repair-tips>')) && errors.length === 0,
      `docs guide links to the embed builder (${href}), which makes code: ${JSON.stringify(snippet)}` +
        `${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
    );
    await page.close();
  }

  // The locale toolbar offers every shipped locale.
  const localeCodes = fs.readFileSync('src/i18n/locale-codes.ts', 'utf8');
  const shipped = [...localeCodes.matchAll(/`([A-Za-z-]+)`/g)].map((m) => m[1]);
  const toolbar = await (async () => {
    const { page } = await openStory(checks[0].story);
    const items = await page.evaluate(() =>
      (
        window.__STORYBOOK_PREVIEW__?.storyStoreValue?.projectAnnotations?.globalTypes?.locale?.toolbar
          ?.items ?? []
      ).map((i) => i.value),
    );
    await page.close();
    return items;
  })();
  const missingLocales = [...new Set(shipped)].filter((code) => !toolbar.includes(code));
  report(
    missingLocales.length === 0,
    `locale toolbar: ${toolbar.join(', ')}${missingLocales.length ? `; missing ${missingLocales.join(', ')}` : ''}`,
  );

  for (const want of checks) {
    const { locale } = want;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}iframe.html?id=${want.story}&viewMode=story&globals=locale:${locale}`, {
      waitUntil: 'networkidle0',
    });
    const got = await page
      .waitForFunction(
        (tag, selector, title, box) => {
          const card = document.querySelector(tag)?.shadowRoot?.querySelector(box);
          const text = card?.querySelector(selector)?.textContent?.trim();
          return text === title ? { text, dir: card.getAttribute('dir') } : false;
        },
        { timeout: 15000 },
        want.tag,
        want.selector,
        want.title,
        want.box,
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    report(
      got && got.dir === want.dir && errors.length === 0,
      `Storybook ${want.story} (${locale}): ${JSON.stringify(got)} errors=${JSON.stringify(errors)}`,
    );
    await page.close();
  }
  // The theme toolbar: each preset reaches the element's tokens.
  for (const theme of ['neutral', 'nhs', 'govuk', 'dark']) {
    const surface = fs
      .readFileSync(`src/themes/${theme}.css`, 'utf8')
      .match(/--hm-color-surface:\s*([^;]+);/)[1];
    const page = await browser.newPage();
    await page.goto(`${url}iframe.html?id=${checks[0].story}&viewMode=story&globals=theme:${theme}`, {
      waitUntil: 'networkidle0',
    });
    const got = await page.evaluate(
      (tag) => getComputedStyle(document.querySelector(tag)).getPropertyValue('--hm-color-surface').trim(),
      checks[0].tag,
    );
    // the built preview minifies #ffffff to #fff
    const long = (hex) => hex.toLowerCase().replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3');
    report(
      long(got) === long(surface),
      `Storybook theme ${theme}: --hm-color-surface ${got} (want ${surface})`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook: ${passed} of ${passed + failed} checks passed`);
process.exit(failed ? 1 : 0);
