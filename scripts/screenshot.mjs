// Screenshots of pages as a person sees them, in Debian's Chromium (see ../shared/TOOLCHAIN.md):
//   node scripts/screenshot.mjs <url> <out-prefix> [width ...]
// Writes <out-prefix>-<width>.png (full page) and prints the page's console errors.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
/* global document, innerWidth -- used inside page.evaluate, which runs in the browser */

const [url, prefix = 'screenshots/page', ...widthArgs] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [width ...]');
  process.exit(2);
}
const widths = widthArgs.length ? widthArgs.map(Number) : [320, 1280];
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const width of widths) {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.log(`[console ${width}] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[pageerror ${width}] ${e.message}`));
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 300));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    const file = `${prefix}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${file}${overflow > 0 ? ` (horizontal overflow ${overflow}px)` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
}
