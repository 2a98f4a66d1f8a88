// Opens stories from the built static Storybook (storybook-static/) in Chromium and checks that
// the element renders, in English, Welsh and Arabic (right to left), with no page errors.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';

/* global document */
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
  ],
  [
    'elements-secure-signs--zero-to-three-months',
    'hm-secure-signs',
    '#band-heading',
    'hm.secure-signs.band.0-3m.heading',
    'Signs at 0 to 3 months',
  ],
].flatMap(([story, tag, selector, id, english]) => [
  { story, tag, selector, locale: 'en-GB', title: english, dir: 'ltr' },
  { story, tag, selector, locale: 'cy', title: decode(target('cy', id)), dir: 'ltr' },
  { story, tag, selector, locale: 'ar', title: decode(target('ar', id)), dir: 'rtl' },
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
        (tag, selector, title) => {
          const card = document.querySelector(tag)?.shadowRoot?.querySelector('.card, .finder');
          const text = card?.querySelector(selector)?.textContent?.trim();
          return text === title ? { text, dir: card.getAttribute('dir') } : false;
        },
        { timeout: 15000 },
        want.tag,
        want.selector,
        want.title,
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
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook: ${checks.length - failed} of ${checks.length} stories rendered as expected`);
process.exit(failed ? 1 : 0);
