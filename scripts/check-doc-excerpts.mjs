// Keeps code excerpts in the docs true to the tested files they come from. A fenced block that
// follows `<!-- excerpt: path/to/file -->` may leave lines out, but every line it shows must
// appear in that file, in the same order (indentation aside). Run by `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';

const docs = ['README.md', ...fs.readdirSync('docs').map((f) => path.join('docs', f))].filter((f) =>
  f.endsWith('.md'),
);
const problems = [];
let checked = 0;
for (const doc of docs) {
  const text = fs.readFileSync(doc, 'utf8');
  for (const m of text.matchAll(/<!-- excerpt: (\S+) -->\s*\n```[a-z]*\n([\s\S]*?)\n```/g)) {
    const [, source, block] = m;
    const line = text.slice(0, m.index).split('\n').length;
    if (!fs.existsSync(source)) {
      problems.push(`${doc}:${line}: ${source} does not exist`);
      continue;
    }
    const lines = fs
      .readFileSync(source, 'utf8')
      .split('\n')
      .map((l) => l.trim());
    let at = 0;
    for (const wanted of block.split('\n').map((l) => l.trim())) {
      if (!wanted) continue;
      const found = lines.indexOf(wanted, at);
      if (found < 0) {
        problems.push(`${doc}:${line}: "${wanted}" is not in ${source} (after line ${at})`);
        break;
      }
      at = found + 1;
    }
    checked++;
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${checked} code excerpts in the docs match the tested files they come from`);
