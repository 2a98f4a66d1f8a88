// Shared by the benchmarks: bundles their browser entry points with esbuild into bench/.out/,
// serves bench/ on 127.0.0.1 and opens it in Debian's Chromium through puppeteer-core.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { serve } from '../scripts/static-server.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** Bundles `entries` (paths relative to bench/) to bench/.out/<name>.js, minified like a release. */
export async function bundle(entries) {
  await build({
    entryPoints: entries.map((entry) => path.join(benchDir, entry)),
    outdir: path.join(benchDir, '.out'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}

/** Opens bench/<page> in Chromium; returns the page and a close function. */
export async function openPage(page) {
  const { server, url } = await serve(benchDir);
  const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => console.error(`[page] ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && console.error(`[page] ${message.text()}`));
    await tab.goto(new URL(page, url).href, { waitUntil: 'load' });
    await tab.waitForFunction('window.benchReady === true', { timeout: 60000 });
    return {
      page: tab,
      close: async () => {
        await browser.close();
        server.close();
      },
    };
  } catch (error) {
    await browser.close();
    server.close();
    throw error;
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const ms = (value) => `${value.toFixed(1)} ms`;
