// npm run lighthouse — Lighthouse on the demo page as a web editor would publish it: demo/ and the
// built drop-in (dist/cdn/, from `npm run build:cdn`) on one static origin, with the demo's local
// directory answering /directory/… . Debian's Chromium through chrome-launcher (CHROME_PATH).
// Prints performance, accessibility and best practices; fails if accessibility is below 100 or
// best practices below 95. Performance is reported, never gated: the machine is shared.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { directoryMiddleware } from './demo-directory.mjs';

const GATES = { accessibility: 100, 'best-practices': 95 };
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml',
};
const roots = [path.resolve('demo'), path.resolve('dist/cdn')];
if (!fs.existsSync('dist/cdn/held-in-mind.js'))
  throw new Error('build the drop-in first (npm run build:cdn)');

const server = http.createServer((req, res) =>
  directoryMiddleware(req, res, () => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    for (const root of roots) {
      let file = path.join(root, rel);
      if (!file.startsWith(root)) break;
      if (rel.endsWith('/')) file = path.join(file, 'index.html');
      if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'max-age=3600',
        });
        fs.createReadStream(file).pipe(res);
        return;
      }
    }
    res.writeHead(404).end();
  }),
);
await new Promise((resolve) => server.listen(Number(process.env.LIGHTHOUSE_PORT ?? 0), '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
let report;
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  report = result.lhr;
} finally {
  await chrome.kill();
  server.close();
}
fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/lighthouse.json', JSON.stringify(report));
let failed = false;
for (const [id, category] of Object.entries(report.categories)) {
  const score = Math.round(category.score * 100);
  const gate = GATES[id];
  const verdict =
    gate === undefined
      ? '(reported, not gated)'
      : score >= gate
        ? `(gate ${gate}: ok)`
        : `(gate ${gate}: FAIL)`;
  if (gate !== undefined && score < gate) failed = true;
  console.log(`${category.title.padEnd(15)} ${String(score).padStart(3)} ${verdict}`);
  if (gate !== undefined && score < 100)
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        console.log(`  - ${audit.id}: ${audit.title}`);
    }
}
const cls = report.audits['cumulative-layout-shift']?.numericValue;
if (cls !== undefined) console.log(`Cumulative layout shift ${cls.toFixed(3)}`);
process.exit(failed ? 1 : 0);
