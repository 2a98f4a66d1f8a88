// Writes each element's API tables (attributes, properties, events, slots, parts, CSS custom
// properties) into README.md between <!-- api:TAG:start --> and <!-- api:TAG:end -->, from the
// Custom Elements Manifest, so the README, Storybook and the code say the same thing.
// `--check` fails instead of writing when the README is out of date.
import fs from 'node:fs';
import * as prettier from 'prettier';

const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const check = process.argv.includes('--check');
let readme = fs.readFileSync('README.md', 'utf8');
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (s) => (s ? `\`${cell(s)}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    const tag = decl.tagName;
    const attributes = (decl.attributes ?? []).filter((a) => a.name);
    const attrNames = new Set(attributes.map((a) => a.fieldName));
    const properties = (decl.members ?? []).filter(
      (m) =>
        m.kind === 'field' &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !m.static &&
        !attrNames.has(m.name) &&
        m.description,
    );
    const methods = (decl.members ?? []).filter(
      (m) => m.kind === 'method' && !m.privacy && !m.static && m.description,
    );
    const sections = [
      [
        'Attributes',
        table(
          ['attribute', 'property', 'type', 'default', 'description'],
          attributes.map((a) => [
            code(a.name),
            code(a.fieldName),
            code(a.type?.text),
            code(a.default),
            cell(a.description),
          ]),
        ),
      ],
      [
        'Properties (JavaScript only)',
        table(
          ['property', 'type', 'description'],
          properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description)]),
        ),
      ],
      [
        'Methods',
        table(
          ['method', 'description'],
          methods.map((m) => [
            code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
            cell(m.description),
          ]),
        ),
      ],
      [
        'Events',
        table(
          ['event', 'type', 'description'],
          (decl.events ?? [])
            .filter((e) => e.name)
            .map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
        ),
      ],
      [
        'Slots',
        table(
          ['slot', 'description'],
          (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
        ),
      ],
      [
        'CSS parts',
        table(
          ['part', 'description'],
          (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
        ),
      ],
      [
        'CSS custom properties',
        table(
          ['property', 'description'],
          (decl.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
        ),
      ],
    ].filter(([, t]) => t);
    const body = sections.map(([title, t]) => `#### ${title}\n\n${t}`).join('\n\n');
    const start = `<!-- api:${tag}:start -->`;
    const end = `<!-- api:${tag}:end -->`;
    const re = new RegExp(`${start}[\\s\\S]*?${end}`);
    if (!re.test(readme)) {
      console.error(`README.md has no ${start} … ${end} block for <${tag}>`);
      process.exit(1);
    }
    readme = readme.replace(re, `${start}\n\n${body}\n\n${end}`);
  }
}

const options = (await prettier.resolveConfig('README.md')) ?? {};
readme = await prettier.format(readme, { ...options, parser: 'markdown' });
const current = fs.readFileSync('README.md', 'utf8');
if (check) {
  if (current !== readme) {
    console.error('README.md API tables are out of date: run "npm run docs"');
    process.exit(1);
  }
  console.log('README API tables match custom-elements.json');
} else if (current !== readme) {
  fs.writeFileSync('README.md', readme);
  console.log('README.md API tables updated');
}
