// Screenshots of every element in chosen locales, as a person sees them (Debian's Chromium, Noto
// fonts): node scripts/locale-screens.mjs [locale ...] — defaults to the set, cy ar ur bn
// zh-Hans and the pseudo-locales. Writes screenshots/locales/<locale>-<element>-<width>.png and
// prints horizontal overflow and console errors. Needs `npm run localize:build` first.
/* global document, window -- used inside page.evaluate, which runs in the browser */
import fs from 'node:fs';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const locales = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['cy', 'ar', 'ur', 'bn', 'zh-Hans', 'en-XA', 'ar-XB'];
const widths = (process.env.WIDTHS ?? '320,1280').split(',').map(Number);
const tags = [
  'hm-language-switch',
  'hm-secure-signs',
  'hm-repair-tips',
  'hm-group-finder',
  'hm-episode-player',
];
// THEME=nhs|govuk|dark|neutral links that preset, as a host page would.
const theme = process.env.THEME ?? '';
const out = theme ? `screenshots/themes/${theme}` : 'screenshots/locales';
fs.mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: false,
  root: '.',
  logLevel: 'error',
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5190), strictPort: false },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const locale of locales) {
    for (const width of widths) {
      const page = await browser.newPage();
      page.on('console', (m) => m.type() === 'error' && console.log(`[${locale} ${width}] ${m.text()}`));
      page.on(
        'response',
        (r) => r.status() >= 400 && console.log(`[${locale} ${width}] ${r.status()} ${r.url()}`),
      );
      page.on('pageerror', (e) => console.log(`[${locale} ${width}] ${e.message}`));
      await page.setViewport({ width, height: 900 });
      await page.goto(`${base}scripts/screens/locales.html?lang=${locale}&theme=${theme}`);
      await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 300));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) console.log(`${locale} ${width}: page overflows by ${overflow}px`);
      for (const tag of tags) {
        // The top of long elements (a page of results) is what there is to look at.
        const el = await page.$(tag);
        const box = await el.boundingBox();
        await el.screenshot({
          path: `${out}/${locale}-${tag.slice(3)}-${width}.png`,
          clip: { x: 0, y: 0, width: box.width, height: Math.min(box.height, 1400) },
        });
      }
      await page.close();
    }
    console.log(`${locale}: ${tags.length * widths.length} screenshots`);
  }
} finally {
  await browser.close();
  await server.close();
}
