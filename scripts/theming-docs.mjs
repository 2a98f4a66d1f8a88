// Writes the token and part tables of docs/theming.md between its <!-- theming:…:start/end -->
// markers: the global tokens (read from src/core/styles.ts, with their built-in values and each
// preset's value from src/themes/*.css) and every element's CSS custom properties and parts
// (from custom-elements.json, as the README API tables are). `--check` fails instead of writing
// when the file is out of date (run by `npm run lint`).
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';

const FILE = 'docs/theming.md';
const check = process.argv.includes('--check');
const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (s) => (s ? `\`${cell(s)}\`` : '');

// What each global token colours or sets. A token in the code with no line here fails the run,
// so a new token cannot slip into the docs undescribed.
const WHAT = {
  '--hm-font-family': 'font of every element (default: the page’s own font)',
  '--hm-color-text': 'body text',
  '--hm-color-muted': 'secondary text (hints, dates, counts)',
  '--hm-color-surface': 'card background',
  '--hm-color-surface-alt': 'tinted boxes inside a card (summaries, details)',
  '--hm-color-border': 'borders of cards and form fields',
  '--hm-color-accent': 'links, outlined buttons, the card’s top stripe',
  '--hm-color-accent-text': 'text on filled (accent) buttons',
  '--hm-color-focus': 'focus highlight',
  '--hm-color-focus-text': 'text on the focus highlight',
  '--hm-color-error': 'error messages and invalid fields',
  '--hm-color-urgent': '“urgent, today” help card (checklist)',
  '--hm-color-emergency': '“emergency, 999” help card (checklist)',
  '--hm-radius': 'corner radius',
  '--hm-space': 'the basic spacing step',
};

const styles = fs.readFileSync('src/core/styles.ts', 'utf8');
const builtIn = new Map(
  [...styles.matchAll(/--_hm-[a-z-]+:\s*var\((--hm-[a-z-]+),\s*([^;]+)\);/g)].map((m) => [m[1], m[2].trim()]),
);
const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
// Global tokens an element documents itself (the checklist's help-card colours), in the same
// table, with the fallback its styles give them.
for (const d of elements) {
  const own = (d.cssProperties ?? []).filter(
    (p) => !p.name.startsWith(`--${d.tagName}-`) && !builtIn.has(p.name),
  );
  if (own.length === 0) continue;
  const dir = path.join('src/components', d.tagName.replace(/^hm-/, ''));
  const css = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.styles.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  for (const p of own) {
    const fallback = new RegExp(`var\\(${p.name},\\s*([^;]+)\\);`).exec(css)?.[1] ?? '';
    builtIn.set(p.name, fallback.replace(/^var\(--_hm-([a-z-]+)\)$/, 'as --hm-color-$1'));
  }
}

const themeDir = 'src/themes';
const themes = fs
  .readdirSync(themeDir)
  .filter((f) => f.endsWith('.css'))
  .sort((a, b) => (a === 'neutral.css' ? -1 : b === 'neutral.css' ? 1 : a.localeCompare(b)));
const presets = themes.map((f) => {
  const css = fs.readFileSync(path.join(themeDir, f), 'utf8');
  return [f, new Map([...css.matchAll(/(--hm-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]))];
});

const tokens = [...new Set([...builtIn.keys(), ...presets.flatMap(([, values]) => [...values.keys()])])];
const undescribed = tokens.filter((t) => !WHAT[t]);
if (undescribed.length) {
  console.error(`scripts/theming-docs.mjs: describe ${undescribed.join(', ')} in WHAT`);
  process.exit(1);
}

function table(head, rows) {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const blocks = {
  tokens: table(
    ['token', 'what it sets', 'built in', ...themes.map((f) => `\`${f}\``)],
    tokens.map((t) => [
      code(t),
      cell(WHAT[t]),
      builtIn.get(t)?.startsWith('as ')
        ? `same ${code(builtIn.get(t))}`.replace('`as ', 'as `')
        : code(builtIn.get(t)),
      ...presets.map(([, values]) => code(values.get(t))),
    ]),
  ),
  properties: table(
    ['element', 'property', 'what it sets'],
    elements.flatMap((d) =>
      (d.cssProperties ?? [])
        .filter((p) => p.name.startsWith(`--${d.tagName}-`))
        .map((p) => [code(`<${d.tagName}>`), code(p.name), cell(p.description)]),
    ),
  ),
  parts: table(
    ['element', 'part', 'what it is'],
    elements.flatMap((d) =>
      (d.cssParts ?? []).map((p) => [code(`<${d.tagName}>`), code(p.name), cell(p.description)]),
    ),
  ),
};

const current = fs.readFileSync(FILE, 'utf8');
let next = current;
for (const [name, body] of Object.entries(blocks)) {
  const start = `<!-- theming:${name}:start -->`;
  const end = `<!-- theming:${name}:end -->`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  if (!re.test(next)) {
    console.error(`${FILE} has no ${start} … ${end} block`);
    process.exit(1);
  }
  next = next.replace(re, `${start}\n\n${body}\n\n${end}`);
}
const options = (await prettier.resolveConfig(FILE)) ?? {};
next = await prettier.format(next, { ...options, parser: 'markdown' });
if (check) {
  if (current !== next) {
    console.error(`${FILE} tables are out of date: run "npm run docs"`);
    process.exit(1);
  }
  console.log(`${FILE} tables match custom-elements.json and src/themes/`);
} else if (current !== next) {
  fs.writeFileSync(FILE, next);
  console.log(`${FILE} tables updated`);
}
