// A real HTTP server on 127.0.0.1 (a different origin from the test page) for network tests:
// host content, slow/failing/malformed/oversized/non-CORS responses, and the built drop-in
// bundle served untouched. Every slow route is bounded so nothing outlives the run.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import {
  oruk1Page,
  oruk3Page,
  toCsv,
  toOruk1Service,
  toOruk3Service,
  toOruk3Summary,
} from '../../scripts/directory-feeds.mjs';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const fixturesDir = path.join(root, 'test/fixtures');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css',
  // No charset for XML: feeds name their own encoding (test/fixtures/podcast/latin1.xml).
  '.xml': 'application/xml',
  '.vtt': 'text/vtt; charset=utf-8',
  '.srt': 'application/x-subrip; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.opus': 'audio/ogg; codecs=opus',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.png': 'image/png',
};

/** Media as a real server sends it: byte ranges (seeking needs them), 206 and Content-Range. */
function sendMedia(req, res, file) {
  fs.stat(file, (err, stat) => {
    if (err) {
      res.writeHead(404, cors).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (!range) {
      res.writeHead(200, {
        ...cors,
        'content-type': type,
        'content-length': stat.size,
        'accept-ranges': 'bytes',
      });
      fs.createReadStream(file).pipe(res);
      return;
    }
    const start = range[1] ? Number(range[1]) : Math.max(0, stat.size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1;
    if (start > end || start >= stat.size) {
      res.writeHead(416, { ...cors, 'content-range': `bytes */${stat.size}` }).end();
      return;
    }
    res.writeHead(206, {
      ...cors,
      'content-type': type,
      'content-length': end - start + 1,
      'content-range': `bytes ${start}-${end}/${stat.size}`,
      'accept-ranges': 'bytes',
    });
    fs.createReadStream(file, { start, end }).pipe(res);
  });
}

const cors = { 'access-control-allow-origin': '*' };

function sendFile(res, file, headers = cors) {
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    res.end(data);
  });
}

/** What a council with a strict policy sends; the Trusted Types policy names are documented in the README. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html dompurify held-in-mind',
].join('; ');

/** Resolves a request path inside a base folder, refusing `..` escapes. */
function inside(base, rel) {
  const file = path.join(base, decodeURIComponent(rel));
  return file.startsWith(base + path.sep) ? file : null;
}

/**
 * Every ```html block that follows `<!-- tested: test/doc-snippets.test.ts -->` in README.md and
 * docs/*.md, read fresh on each request so the test always runs what the docs say today.
 */
function docSnippets() {
  const docs = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).map((f) => `docs/${f}`)].filter((f) =>
    f.endsWith('.md'),
  );
  const found = [];
  for (const file of docs) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const re = /<!-- tested: test\/doc-snippets\.test\.ts -->\s*\n```html\n([\s\S]*?)\n```/g;
    for (const m of text.matchAll(re)) {
      found.push({ file, line: text.slice(0, m.index).split('\n').length + 2, html: m[1] });
    }
  }
  return found;
}

let sampleDirectory;
const sample = () =>
  (sampleDirectory ??= JSON.parse(
    fs.readFileSync(path.join(root, 'src/data/directory/sample-directory.json'), 'utf8'),
  ));

// A 1×1 PNG (pale grey), the smallest real image a tile layer can show.
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4+/fvfwAJ0gPnZb5jVQAAAABJRU5ErkJggg==',
  'base64',
);
const tileHits = new Map();
const onceServed = new Set();

/** Requests answered per tag (`/oruk/etag-<tag>/…`), for tests of ETag revalidation. */
const orukHits = new Map();

/**
 * ORUK endpoints over the sample directory. `mode` picks the behaviour: `ok`; `slow` (answers
 * after ?ms=, default 3 s); `500`; `invalid` (broken JSON); `nocors` (no CORS headers); `endless`
 * (every page says there are more); `etag-<tag>` (ETags, 304s and a hit count at
 * /oruk/etag-<tag>/hits). `v1` has no `GET /` (clients default to 1.0); `v3` answers it with its
 * version, lists summaries at /services, full services at /services/{id} and
 * /service_at_locations?postcode=&proximity=.
 */
function orukRoute(req, res, url, later) {
  const [, , mode = '', version = '', ...rest] = url.pathname.split('/');
  const route = `/${rest.join('/')}`;
  const headers = mode === 'nocors' ? {} : { ...cors, 'access-control-expose-headers': 'ETag' };
  const send = (status, body) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (mode.startsWith('etag-')) {
      const tag = mode.slice(5);
      const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
      const hits = orukHits.get(tag) ?? { ok: 0, notModified: 0 };
      orukHits.set(tag, hits);
      if (req.headers['if-none-match'] === etag) {
        hits.notModified++;
        res.writeHead(304, { ...headers, etag });
        return res.end();
      }
      hits.ok++;
      headers.etag = etag;
    }
    res.writeHead(status, { ...headers, 'content-type': 'application/json' });
    res.end(text);
  };
  if (route === '/hits') return send(200, orukHits.get(mode.slice(5)) ?? { ok: 0, notModified: 0 });
  if (mode === '500') return send(500, { error: 'Internal Server Error' });
  if (mode === 'invalid') return send(200, '{"content": [ {"id": "1", "name": "Broken');
  const groups = sample().groups;
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const size = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 20));
  let body;
  if (version === 'v1') {
    if (route === '/services') {
      body = oruk1Page(groups.map(toOruk1Service), page, size);
      if (mode === 'endless') body = { ...body, last: false, totalPages: page + 1, number: page };
    }
  } else if (version === 'v3') {
    if (route === '/') body = { version: '3.0.0', title: 'Held in Mind sample directory' };
    else if (route === '/services') {
      body = oruk3Page(groups.map(toOruk3Summary), page, size);
      if (mode === 'endless') body = { ...body, last_page: false, total_pages: page + 1 };
    } else if (route.startsWith('/services/')) {
      const group = groups.find((g) => g.id === decodeURIComponent(route.slice('/services/'.length)));
      if (group) body = toOruk3Service(group);
    } else if (route === '/service_at_locations') {
      const outward = (url.searchParams.get('postcode') ?? '').toUpperCase().replace(/\s+/g, '').slice(0, -3);
      const near = groups.filter((g) => g.venue?.postcode?.replace(/\s+/g, '').startsWith(outward));
      body = oruk3Page(
        near.map((g) => ({
          id: `${g.id}-sal`,
          service: toOruk3Summary(g),
          location: toOruk3Service(g).service_at_locations[0]?.location,
        })),
        page,
        size,
      );
    }
  }
  if (body === undefined) return send(404, { error: 'Not Found' });
  if (mode === 'slow') {
    const ms = Number(url.searchParams.get('ms') ?? 3000);
    return later(ms, () => (res.writableEnded || res.destroyed ? undefined : send(200, body)));
  }
  return send(200, body);
}

/** Bodies posted to /stash/<key>, with their content type (bounded: oldest dropped first). */
const stash = new Map();
const STASH_BYTES = 200 * 1024 * 1024;

function stashRoute(req, res, key, url) {
  if (req.method === 'POST') {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      stash.delete(key);
      stash.set(key, { body, type: url.searchParams.get('type') || 'application/octet-stream' });
      let total = 0;
      for (const entry of stash.values()) total += entry.body.length;
      for (const [k, entry] of stash) {
        if (total <= STASH_BYTES || k === key) break;
        total -= entry.body.length;
        stash.delete(k);
      }
      res.writeHead(204, cors).end();
    });
    return;
  }
  const entry = stash.get(key);
  if (!entry) return res.writeHead(404, cors).end();
  res.writeHead(200, { ...cors, 'content-type': entry.type, 'content-length': entry.body.length });
  res.end(entry.body);
}

export async function startFixtureServer(port = 0) {
  const timers = new Set();
  const later = (ms, fn) => {
    const t = setTimeout(
      () => {
        timers.delete(t);
        fn();
      },
      Math.min(ms, 30000),
    );
    timers.add(t);
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = url.pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-headers': '*' });
      res.end();
      return;
    }
    // /stash/<key>?type=<content type>: a POST keeps its body (bytes as sent) under the key; a GET
    // serves it with that content type and CORS, so a test can feed any input to an element over
    // real HTTP. Keys are the test's own (random), as the three browsers run at once.
    const stashed = /^\/stash\/([\w-]{1,80})$/.exec(p);
    if (stashed) return stashRoute(req, res, stashed[1], url);
    // /fixtures/<file>: files from test/fixtures with CORS
    if (p.startsWith('/fixtures/')) {
      const file = inside(fixturesDir, p.slice('/fixtures/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // /no-cors/<file>: the same files without Access-Control-Allow-Origin
    if (p.startsWith('/no-cors/')) {
      const file = inside(fixturesDir, p.slice('/no-cors/'.length));
      return file ? sendFile(res, file, {}) : res.writeHead(403).end();
    }
    // /status/<code>: an error status with a body
    if (p.startsWith('/status/')) {
      const code = Number(p.slice('/status/'.length)) || 500;
      res.writeHead(code, { ...cors, 'content-type': 'text/plain' });
      res.end(`status ${code}`);
      return;
    }
    // /slow?ms=N&file=F: answers after N ms (at most 30 s)
    if (p === '/slow') {
      const ms = Number(url.searchParams.get('ms') ?? 5000);
      const file = inside(fixturesDir, url.searchParams.get('file') ?? 'tips/valid.json');
      later(ms, () => (res.writableEnded || res.destroyed ? undefined : sendFile(res, file)));
      return;
    }
    // /fault/<kind>: servers that misbehave after a good start.
    //   stall: headers and half the body, then nothing (the connection stays open)
    //   short: Content-Length promises more than is sent, then the connection closes
    //   long: Content-Length promises less than is sent (the body is cut at the promise)
    //   reset: the connection is destroyed in the middle of the body
    if (p.startsWith('/fault/')) {
      const kind = p.slice('/fault/'.length);
      const body = Buffer.from(
        JSON.stringify({ tips: [{ id: 'one', title: 'One' }], padding: 'x'.repeat(2000) }),
      );
      const half = body.subarray(0, body.length >> 1);
      const headers = { ...cors, 'content-type': 'application/json' };
      if (req.method === 'HEAD') return res.writeHead(200, headers).end();
      if (kind === 'stall') {
        res.writeHead(200, headers);
        res.write(half);
        later(30000, () => res.destroy());
      } else if (kind === 'short') {
        res.writeHead(200, { ...headers, 'content-length': String(body.length * 2) });
        res.write(body);
        later(50, () => res.destroy());
      } else if (kind === 'long') {
        res.writeHead(200, { ...headers, 'content-length': String(half.length) });
        res.socket.end(body); // bypass Node's own length check: send everything anyway
      } else if (kind === 'reset') {
        res.writeHead(200, headers);
        res.write(half);
        later(50, () => res.socket.destroy());
      } else res.writeHead(404, cors).end();
      return;
    }
    // /big?bytes=N&length=0|1: N bytes of JSON-ish text, with or without Content-Length
    if (p === '/big') {
      const bytes = Math.min(Number(url.searchParams.get('bytes') ?? 1e6), 50e6);
      const body = Buffer.alloc(bytes, 0x20);
      const headers = { ...cors, 'content-type': 'application/json' };
      if (url.searchParams.get('length') === '1') headers['content-length'] = String(bytes);
      res.writeHead(200, headers);
      if (url.searchParams.get('length') === '1') res.end(body);
      else {
        // chunked: no Content-Length to check up front
        const chunk = 64 * 1024;
        for (let i = 0; i < bytes; i += chunk) res.write(body.subarray(i, i + chunk));
        res.end();
      }
      return;
    }
    // /proxy?url=<encoded URL>: a stand-in CORS proxy. It serves the fixture named by the `file`
    // parameter of the target URL (whatever its host), so it answers only if the target URL,
    // query and all, arrived intact: that is, if the proxy template was applied and encoded.
    if (p === '/proxy') {
      let file = null;
      try {
        const target = new URL(url.searchParams.get('url') ?? '');
        file = inside(fixturesDir, target.searchParams.get('file') ?? '');
      } catch {
        // not an absolute URL
      }
      return file ? sendFile(res, file) : res.writeHead(404, cors).end();
    }
    // /oruk/<mode>/<v1|v3>/<path>: the sample directory as an ORUK feed (see orukRoute)
    if (p.startsWith('/oruk/')) return orukRoute(req, res, url, later);
    // /directory.csv and /directory.json: the sample directory as CSV and in its own format
    if (p === '/directory.csv') {
      res.writeHead(200, { ...cors, 'content-type': 'text/csv; charset=utf-8' });
      res.end(toCsv(sample().groups));
      return;
    }
    if (p === '/directory.json') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify(sample()));
      return;
    }
    // /geocoder/postcodes/<code> and /geocoder/outcodes/<code>: a postcodes.io-compatible stand-in
    if (p.startsWith('/geocoder/')) {
      const known = { 'postcodes/BS1 4DJ': [51.4545, -2.5879], 'outcodes/BS1': [51.452, -2.59] };
      const point = known[decodeURIComponent(p.slice('/geocoder/'.length))];
      res.writeHead(point ? 200 : 404, { ...cors, 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          point
            ? { status: 200, result: { latitude: point[0], longitude: point[1] } }
            : { status: 404, error: 'Postcode not found' },
        ),
      );
      return;
    }
    // /tiles/<tag>/<z>/<x>/<y>.png: a tiny map tile for the group finder's map (never a real tile
    // server); /tiles/<tag>/hits says how many were asked for under that tag (one per test, as
    // the three browsers run at once).
    const tile = /^\/tiles\/([\w-]{1,40})\/(?:hits|\d+\/-?\d+\/-?\d+\.png)$/.exec(p);
    if (tile) {
      if (p.endsWith('/hits')) {
        res.writeHead(200, { ...cors, 'content-type': 'application/json' });
        res.end(JSON.stringify({ tiles: tileHits.get(tile[1]) ?? 0 }));
        return;
      }
      tileHits.set(tile[1], (tileHits.get(tile[1]) ?? 0) + 1);
      res.writeHead(200, { ...cors, 'content-type': 'image/png' });
      res.end(TILE_PNG);
      return;
    }
    // /directory-once/<tag>.json: the sample directory the first time, then 500 (a feed that
    // went down after the page read it).
    if (p.startsWith('/directory-once/')) {
      const tag = p.slice('/directory-once/'.length);
      const first = !onceServed.has(tag);
      onceServed.add(tag);
      res.writeHead(first ? 200 : 500, { ...cors, 'content-type': 'application/json' });
      res.end(first ? JSON.stringify(sample()) : '{"error":"down"}');
      return;
    }
    // /html: a web page served where JSON was expected
    if (p === '/html') {
      res.writeHead(200, { ...cors, 'content-type': 'text/html' });
      res.end('<!doctype html><title>Not tips</title><p>Hello');
      return;
    }
    // /cdn/<file>: the built drop-in bundle, byte for byte (never through a transform)
    // /media/<file>: the demo episode (audio, video, transcript, chapters, feed) with range requests
    if (p.startsWith('/media/')) {
      const file = inside(path.join(root, 'demo/media'), p.slice('/media/'.length));
      return file ? sendMedia(req, res, file) : res.writeHead(403).end();
    }
    // /media-norange/<file>: the demo episode from a server that ignores Range (seeking fails)
    if (p.startsWith('/media-norange/')) {
      const file = inside(path.join(root, 'demo/media'), p.slice('/media-norange/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // /media-slow/<file>?ms=N: the demo episode with range support, answering after N ms (buffering)
    if (p.startsWith('/media-slow/')) {
      const file = inside(path.join(root, 'demo/media'), p.slice('/media-slow/'.length));
      if (!file) return res.writeHead(403).end();
      later(Number(url.searchParams.get('ms') ?? 2000), () =>
        res.writableEnded || res.destroyed ? undefined : sendMedia(req, res, file),
      );
      return;
    }
    // /long-transcript.vtt?cues=N: N numbered lines spread over the demo episode's 130 s; line 400
    // (if there is one) says "okapi", for search in a long transcript
    if (p === '/long-transcript.vtt') {
      const n = Math.min(Number(url.searchParams.get('cues') ?? 1000), 20000);
      const step = 130 / n;
      const clock = (t) => new Date(t * 1000).toISOString().slice(11, 23);
      const lines = ['WEBVTT', ''];
      for (let i = 0; i < n; i++) {
        lines.push(`${clock(i * step)} --> ${clock((i + 1) * step)}`);
        lines.push(`Line ${i + 1}${i === 399 ? ' okapi' : ''}`, '');
      }
      res.writeHead(200, { ...cors, 'content-type': 'text/vtt; charset=utf-8' });
      res.end(lines.join('\n'));
      return;
    }
    if (p.startsWith('/cdn/')) {
      const file = inside(path.join(root, 'dist/cdn'), p.slice('/cdn/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // /strict/<file>: the same host pages under a strict Content-Security-Policy with Trusted
    // Types enforced: no inline script or style, only this origin, only the documented policies.
    if (p.startsWith('/strict/')) {
      const file = inside(path.join(root, 'test/pages'), p.slice('/strict/'.length));
      return file
        ? sendFile(res, file, { ...cors, 'content-security-policy': STRICT_CSP })
        : res.writeHead(403).end();
    }
    // /snippets/list: the documented HTML snippets marked as tested (see docSnippets);
    // /snippets/<n>.html: snippet n pasted into a blank page, as a reader of the docs would;
    // /held-in-mind/<file> (also under /libraries/ for Drupal and /wp-content/uploads/ for
    // WordPress): the built drop-in, where the docs say to copy it.
    if (p === '/snippets/list') {
      res.writeHead(200, { ...cors, 'content-type': 'application/json' });
      res.end(JSON.stringify(docSnippets().map(({ file, line }) => ({ file, line }))));
      return;
    }
    const snippet = /^\/snippets\/(\d+)\.html$/.exec(p);
    if (snippet) {
      const found = docSnippets()[Number(snippet[1])];
      if (!found) return res.writeHead(404, cors).end();
      res.writeHead(200, { ...cors, 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>${found.file} line ${found.line}</title>
    <script src="/pages/snippet-report.js"></script>
  </head>
  <body>
${found.html}
  </body>
</html>`);
      return;
    }
    const copied = /^\/(?:libraries\/|wp-content\/uploads\/)?held-in-mind\/(.+)$/.exec(p);
    if (copied) {
      const file = inside(path.join(root, 'dist/cdn'), copied[1]);
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // /frameworks/build/<file>: the framework check bundles (scripts/build-frameworks.mjs);
    // /frameworks/<file>: their pages (test/frameworks/)
    if (p.startsWith('/frameworks/build/')) {
      const file = inside(path.join(root, 'dist/frameworks'), p.slice('/frameworks/build/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    if (p.startsWith('/frameworks/')) {
      const file = inside(path.join(root, 'test/frameworks'), p.slice('/frameworks/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // /paste?html=…: a blank page with the given markup in its body, as a web editor's CMS would
    // serve what they pasted (the embed builder's snippets); paste-report.js answers the test.
    if (p === '/paste') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>A blank page</title>` +
          `<script src="/pages/paste-report.js"></script></head>\n<body><main>\n${url.searchParams.get('html') ?? ''}\n</main></body></html>`,
      );
      return;
    }
    // /pages/<file>: host pages for the drop-in tests
    if (p.startsWith('/pages/')) {
      const file = inside(path.join(root, 'test/pages'), p.slice('/pages/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    res.writeHead(404, cors);
    res.end();
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  // A port that was free a moment ago and is closed now: "connection refused" for network tests.
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closedPort = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  return {
    url,
    closedUrl: `http://127.0.0.1:${closedPort}/nothing.json`,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// `node test/servers/fixture-server.mjs 8123` serves by hand for debugging.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startFixtureServer(Number(process.argv[2] ?? 0));
  console.log(`fixtures on ${url}`);
}
