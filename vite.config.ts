import { defineConfig, type Plugin } from 'vite';

/**
 * `vite build`: the drop-in bundle `dist/cdn/held-in-mind.js` (Lit inlined, each locale a lazy
 * chunk). `vite` (npm start): the demo page, which loads that built bundle exactly as a web
 * editor's pasted script tag would.
 */

// Translator notes (`desc`) are for XLIFF only; drop them from the shipped bundle.
function stripMessageDescriptions(): Plugin {
  return {
    name: 'hm-strip-msg-desc',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: code.replace(/,\s*desc:\s*(['"])(?:\\.|(?!\1)[^\\])*\1/g, ''), map: null };
    },
  };
}

export default defineConfig(({ command }) =>
  command === 'build'
    ? {
        plugins: [stripMessageDescriptions()],
        build: {
          target: 'es2022',
          outDir: 'dist/cdn',
          emptyOutDir: true,
          sourcemap: true,
          lib: {
            entry: 'src/cdn.ts',
            formats: ['es'],
            fileName: () => 'held-in-mind.js',
          },
          rolldownOptions: {
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
            },
          },
        },
      }
    : {
        root: 'demo',
        publicDir: '../dist/cdn',
        server: { host: '127.0.0.1', port: 5173, open: !process.env.CI },
        preview: { host: '127.0.0.1' },
      },
);
