// `lit-localize build`, without its line per untranslated embed-builder message: the builder is
// offered in en, cy and ar only (scripts/builder-messages.mjs), so the other 21 locales would print
// 71 lines each on every build. Everything else it prints, and its exit code, pass through.
import { spawnSync } from 'node:child_process';
import { isBuilderMessage } from './builder-messages.mjs';

const run = spawnSync('npx', ['lit-localize', 'build'], { encoding: 'utf8' });
const quiet = (text) =>
  (text ?? '')
    .split('\n')
    .filter((line) => {
      const id = /^\S+ message (\S+) is missing, using canonical text as fallback$/.exec(line)?.[1];
      return !(id && isBuilderMessage(id));
    })
    .join('\n');
process.stdout.write(quiet(run.stdout));
process.stderr.write(quiet(run.stderr));
process.exit(run.status ?? 1);
