// Bundles the framework check pages' scripts (test/frameworks/*-app.*) with esbuild into
// dist/frameworks/, the way an app's bundler would: `held-in-mind/...` resolves through this
// package's `exports` to the npm build in dist/ (`npm run build:npm`), never to src/. React 19 and
// Vue 3 come from node_modules. test/frameworks.test.ts loads the pages in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

// The package's own name, resolved as a consumer's bundler would: through `exports`.
const selfReference = {
  name: 'held-in-mind-exports',
  setup(build) {
    build.onResolve({ filter: /^held-in-mind(\/|$)/ }, ({ path: spec }) => {
      const subpath = `.${spec.slice(pkg.name.length)}`;
      const target = pkg.exports[subpath];
      const file = typeof target === 'string' ? target : target?.default;
      if (!file) return { errors: [{ text: `"${spec}" is not in package.json "exports"` }] };
      const resolved = path.resolve(file);
      if (!fs.existsSync(resolved))
        return { errors: [{ text: `${file} is missing: run "npm run build:npm" first` }] };
      return { path: resolved };
    });
  },
};

fs.rmSync('dist/frameworks', { recursive: true, force: true });
await esbuild.build({
  entryPoints: [
    'test/frameworks/react-app.jsx',
    'test/frameworks/vue-app.js',
    'test/frameworks/plain-app.js',
  ],
  outdir: 'dist/frameworks',
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  jsx: 'automatic',
  logLevel: 'warning',
  // Vue's full build compiles the page's template in the browser (so `isCustomElement` is set
  // on the app, the runtime form of the compiler option a .vue build sets in its config).
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  plugins: [selfReference],
});
console.log('framework pages built in dist/frameworks/');
