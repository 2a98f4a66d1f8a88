// The demo's own directory servers (npm start), on the page's origin so the demo needs no
// network: the sample directory as ORUK 1.0 (/directory/oruk1), ORUK 3.0 (/directory/oruk3) and
// CSV (/directory/groups.csv), an outward-code table for postcode search without a geocoder
// (/directory/outcodes.json) and blank map tiles (/directory/tiles/…). Used as Vite dev-server
// middleware by vite.config.ts.
import fs from 'node:fs';
import {
  oruk1Page,
  oruk3Page,
  toCsv,
  toOruk1Service,
  toOruk3Service,
  toOruk3Summary,
} from './directory-feeds.mjs';

const sampleFile = new URL('../src/data/directory/sample-directory.json', import.meta.url);
let groups;
const sample = () => (groups ??= JSON.parse(fs.readFileSync(sampleFile, 'utf8')).groups);

/** The centre of the sample's venues in each outward code (what a council's own table would hold). */
function outcodes() {
  const sums = {};
  for (const { venue } of sample()) {
    if (!venue?.postcode || venue.lat === undefined) continue;
    const code = venue.postcode.split(' ')[0];
    const s = (sums[code] ??= [0, 0, 0]);
    s[0] += venue.lat;
    s[1] += venue.lon;
    s[2]++;
  }
  return Object.fromEntries(
    Object.entries(sums).map(([code, [lat, lon, n]]) => [
      code,
      [+(lat / n).toFixed(4), +(lon / n).toFixed(4)],
    ]),
  );
}

// A blank 1×1 tile: the demo's map works offline and never asks a real tile server.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4+/fvfwAJ0gPnZb5jVQAAAABJRU5ErkJggg==',
  'base64',
);

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

/** Connect-style middleware: answers /directory/… and passes everything else on. */
export function directoryMiddleware(req, res, next) {
  const url = new URL(req.url ?? '/', 'http://demo');
  if (!url.pathname.startsWith('/directory/')) return next();
  const route = url.pathname.slice('/directory'.length);
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const size = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 50));
  const json = 'application/json; charset=utf-8';
  if (route === '/outcodes.json') return send(res, 200, json, outcodes());
  if (/^\/tiles\/\d+\/-?\d+\/-?\d+\.png$/.test(route)) return send(res, 200, 'image/png', TILE);
  if (route === '/groups.csv') return send(res, 200, 'text/csv; charset=utf-8', toCsv(sample()));
  if (route === '/oruk1/services')
    return send(res, 200, json, oruk1Page(sample().map(toOruk1Service), page, size));
  if (route === '/oruk3' || route === '/oruk3/')
    return send(res, 200, json, { version: '3.0.0', title: 'Riverside family hubs (demo)' });
  if (route === '/oruk3/services')
    return send(res, 200, json, oruk3Page(sample().map(toOruk3Summary), page, size));
  if (route.startsWith('/oruk3/services/')) {
    const id = decodeURIComponent(route.slice('/oruk3/services/'.length));
    const group = sample().find((g) => g.id === id);
    return group ? send(res, 200, json, toOruk3Service(group)) : send(res, 404, json, { error: 'Not Found' });
  }
  return send(res, 404, json, { error: 'Not Found' });
}
