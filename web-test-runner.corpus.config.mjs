// `npm run test:corpus`: the tests in test/corpus/ against the real-world files in
// ../shared/corpus (or $HM_CORPUS_DIR), which are never copied into this repository. The
// runner serves that folder read-only at /corpus/; everything else is as in `npm test`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import base from './web-test-runner.config.mjs';

const corpusDir = path.resolve(
  process.env.HM_CORPUS_DIR ?? fileURLToPath(new URL('../shared/corpus', import.meta.url)),
);
if (!fs.existsSync(path.join(corpusDir, 'podcast'))) {
  throw new Error(`No corpus at ${corpusDir}: put ../shared beside the repository or set HM_CORPUS_DIR.`);
}

const TYPES = { '.json': 'application/json', '.html': 'text/html', '.vtt': 'text/vtt', '.srt': 'text/plain' };

/** GET /corpus/<path>: the file's bytes, untouched; nothing outside the corpus folder. */
async function serveCorpus(context, next) {
  if (!context.path.startsWith('/corpus/') || context.method !== 'GET') return next();
  const file = path.join(corpusDir, decodeURIComponent(context.path.slice('/corpus/'.length)));
  if (!file.startsWith(corpusDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    context.status = 404;
    return undefined;
  }
  context.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  context.body = fs.readFileSync(file);
  return undefined;
}

export default {
  ...base,
  files: ['test/corpus/**/*.test.ts'],
  groups: [], // the leak checks belong to npm test
  middleware: [...(base.middleware ?? []), serveCorpus],
};
