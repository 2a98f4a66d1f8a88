// Builds the drop-in bundle dist/cdn/held-in-mind.js: Lit inlined, each locale and the host-tips
// code as lazy chunks in dist/cdn/chunks/. Rollup rather than Vite's rolldown here: rolldown
// moves every module shared by the entry and a lazy chunk into extra chunks (rolldown issue
// 10731), which made a first load four requests; Rollup keeps them in the entry, so a page makes
// one request for an English card. TypeScript is compiled and the output minified by esbuild.
import fs from 'node:fs';
import path from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import * as esbuild from 'esbuild';
import { minifyTemplates } from './minify-templates.mjs';

const outDir = 'dist/cdn';

/** Translator notes (`desc`) are for the XLIFF only; they never ship. */
const stripDescriptions = (code) => code.replace(/,\s*desc:\s*(['"])(?:\\.|(?!\1)[^\\])*\1/g, '');

// Message ids ("hm.repair-tips.tip.reconnect.step-1") are for translators; in the drop-in each
// becomes a two- or three-letter code, the same in the entry and in every locale chunk. The list
// is the XLIFF's, which the i18n check keeps complete.
const ids = [...fs.readFileSync('locales/cy.xlf', 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)]
  .map((m) => m[1])
  .sort()
  // The builder's ids last, so the elements' codes (and bundles) do not change with them.
  .sort((a, b) => Number(a.startsWith('hm.builder.')) - Number(b.startsWith('hm.builder.')));
const shortId = new Map(ids.map((id, i) => [id, `_${i.toString(36)}`]));
const shortenIds = (code) =>
  code.replace(/(['"`])(hm\.[a-z0-9.-]+)\1/g, (whole, quote, id) =>
    shortId.has(id) ? `${quote}${shortId.get(id)}${quote}` : whole,
  );

const typescript = {
  name: 'hm-typescript',
  resolveId(source, importer) {
    // Sources import './x.js' for './x.ts' (TypeScript's convention for ES modules).
    if (importer && source.startsWith('.') && source.endsWith('.js')) {
      const ts = path.resolve(path.dirname(importer), source.replace(/\.js$/, '.ts'));
      if (fs.existsSync(ts)) return ts;
    }
    return null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const result = await esbuild.transform(minifyTemplates(shortenIds(stripDescriptions(code))), {
      loader: 'ts',
      target: 'es2022',
      sourcemap: true,
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
    });
    return { code: result.code, map: result.map };
  },
};

// JSON modules (the finder's sample directory) as a default export, minified.
const json = {
  name: 'hm-json',
  transform: (code, id) =>
    id.endsWith('.json') ? { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: null } : null,
};

const minify = {
  name: 'hm-minify',
  async renderChunk(code) {
    const result = await esbuild.transform(code, {
      minify: true,
      target: 'es2022',
      format: 'esm',
      sourcemap: true,
      legalComments: 'none',
      charset: 'utf8',
      mangleProps: /_$/,
    });
    return { code: result.code, map: result.map };
  },
};

// Every element alone (for pages with one element) and all of them together. Separate builds,
// so each drop-in is one file up front; identical lazy chunks come out byte-identical.
const elements = ['repair-tips', 'secure-signs', 'episode-player', 'group-finder', 'language-switch'];
const drops = [
  { name: 'held-in-mind', code: `export * from './src/cdn.ts';` },
  ...elements.map((el) => ({
    name: `hm-${el}`,
    code: [
      `export * from './src/components/${el}/hm-${el}.ts';`,
      `import { followDocumentLang, loadLocalization } from './src/i18n/follow-document-lang.ts';`,
      `export { loadLocalization };`,
      `followDocumentLang();`,
    ].join('\n'),
  })),
  // The embed builder for web editors (dist/cdn/builder.html): its own script, never part of
  // the elements' bundles.
  { name: 'embed-builder', code: `import './src/builder/builder-page.ts';` },
];

const virtualEntry = (code, name) => ({
  name: 'hm-virtual-entry',
  resolveId: (id) => (id === `\0${name}` ? id : null),
  load: (id) => (id === `\0${name}` ? code : null),
});
// Imports inside the virtual entry are relative to the repository root.
const rootRelative = {
  name: 'hm-root-relative',
  resolveId: (source, importer) =>
    importer?.startsWith('\0') && source.startsWith('./') ? path.resolve(source) : null,
};

fs.rmSync(outDir, { recursive: true, force: true });
for (const drop of drops) {
  const bundle = await rollup({
    input: `\0${drop.name}`,
    // Lets lazy chunks import shared code from the entry itself instead of a facade chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      virtualEntry(drop.code, drop.name),
      rootRelative,
      typescript,
      json,
      nodeResolve({ exportConditions: ['production'] }),
      minify,
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return; // TypeScript helpers in dependencies
      warn(warning);
    },
  });
  const { output } = await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: `${drop.name}.js`,
    // Message catalogues are named by language and element (chunks/cy-secure-signs-<hash>.js) and
    // shared by every drop-in; other lazy chunks import from their own entry, so carry its name.
    chunkFileNames: (chunk) => {
      const catalogue = chunk.facadeModuleId?.match(/catalogues\/([^/]+)\/([^/]+)\.ts$/);
      return catalogue
        ? `chunks/${catalogue[1]}-${catalogue[2]}-[hash].js`
        : `chunks/${drop.name}-[name]-[hash].js`;
    },
    sourcemap: true,
  });
  await bundle.close();
  for (const file of output) {
    if (file.type === 'chunk')
      console.log(`${path.join(outDir, file.fileName).padEnd(48)} ${String(file.code.length).padStart(7)} B`);
  }
}

// Theme presets are plain CSS (custom properties only), copied as they are: a page links one.
fs.cpSync('src/themes', path.join(outDir, 'themes'), { recursive: true });
console.log(`${path.join(outDir, 'themes/')} ${fs.readdirSync('src/themes').join(', ')}`);

// The iframe embed page: embed.html + embed.js (reads the query string; each element's documented
// attributes come from custom-elements.json) and embed-host.js, the optional resizer for hosts.
const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const embedAttributes = Object.fromEntries(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    // The language switch belongs to the host page, not in a frame of its own.
    .filter((d) => d.tagName && d.tagName !== 'hm-language-switch')
    .map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name)]),
);
const esbuildOptions = {
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  charset: 'utf8',
};
await esbuild.build({
  ...esbuildOptions,
  entryPoints: ['src/embed/embed.ts'],
  format: 'esm',
  outfile: path.join(outDir, 'embed.js'),
  define: { HM_EMBED_ATTRIBUTES: JSON.stringify(embedAttributes) },
});
await esbuild.build({
  ...esbuildOptions,
  entryPoints: ['src/embed/embed-host.ts'],
  format: 'iife',
  outfile: path.join(outDir, 'embed-host.js'),
});
for (const file of ['embed.html', 'embed.css']) fs.copyFileSync(`src/embed/${file}`, path.join(outDir, file));
console.log(
  `${outDir}/embed.html, embed.js, embed-host.js (elements: ${Object.keys(embedAttributes).join(', ')})`,
);

// The builder page reads the manifest beside it to make its form.
for (const file of ['builder.html', 'builder.css'])
  fs.copyFileSync(`src/builder/${file}`, path.join(outDir, file));
fs.copyFileSync('custom-elements.json', path.join(outDir, 'custom-elements.json'));
console.log(`${outDir}/builder.html, builder.css, embed-builder.js, custom-elements.json`);
