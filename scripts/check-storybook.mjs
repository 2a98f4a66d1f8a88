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
const expected = {
  'en-GB': { title: 'Take a safe pause', dir: 'ltr' },
  cy: { title: target('cy', 'hm.repair-tips.tip.safe-pause.title'), dir: 'ltr' },
  ar: { title: target('ar', 'hm.repair-tips.tip.safe-pause.title'), dir: 'rtl' },
};

const { server, url } = await serve('storybook-static');
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = 0;
try {
  for (const [locale, want] of Object.entries(expected)) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      `${url}iframe.html?id=elements-repair-tips--fixed-tip&viewMode=story&globals=locale:${locale}`,
      {
        waitUntil: 'networkidle0',
      },
    );
    const got = await page
      .waitForFunction(
        (title) => {
          const card = document.querySelector('hm-repair-tips')?.shadowRoot?.querySelector('.card');
          const text = card?.querySelector('#tip-title')?.textContent?.trim();
          return text === title ? { text, dir: card.getAttribute('dir') } : false;
        },
        { timeout: 15000 },
        want.title,
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    const ok = got && got.dir === want.dir && errors.length === 0;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} Storybook repair tips (${locale}): ${JSON.stringify(got)} errors=${JSON.stringify(errors)}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook: ${3 - failed} of 3 stories rendered as expected`);
process.exit(failed ? 1 : 0);
