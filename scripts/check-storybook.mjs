// Opens stories from the built static Storybook (storybook-static/) in Chromium and checks that
// the element renders, in English, Welsh and Arabic (right to left), with no page errors.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

/* global document, getComputedStyle */
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
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = 0;
try {
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
    const ok = got && got.dir === want.dir && errors.length === 0;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} Storybook ${want.story} (${locale}): ${JSON.stringify(got)} errors=${JSON.stringify(errors)}`,
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
    const ok = long(got) === long(surface);
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} Storybook theme ${theme}: --hm-color-surface ${got} (want ${surface})`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook: ${checks.length + 4 - failed} of ${checks.length + 4} checks passed`);
process.exit(failed ? 1 : 0);
