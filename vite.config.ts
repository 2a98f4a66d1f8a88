import { defineConfig, type Plugin } from 'vite';
// The demo's local directory servers (ORUK 1.0, ORUK 3.0, CSV, an outward-code table).
import { directoryMiddleware } from './scripts/demo-directory.mjs';

const demoDirectory: Plugin = {
  name: 'hm-demo-directory',
  configureServer: (server) => void server.middlewares.use(directoryMiddleware),
  configurePreviewServer: (server) => void server.middlewares.use(directoryMiddleware),
};

/**
 * `vite` (npm start): the demo page, which loads the built drop-in bundle (dist/cdn/, served as
 * the page's public folder) exactly as a web editor's pasted script tag would. The drop-in itself
 * is built by scripts/build-cdn.mjs (Rollup; see there why), Storybook by its own Vite config.
 */
export default defineConfig({
  root: 'demo',
  publicDir: '../dist/cdn',
  server: { host: '127.0.0.1', port: 5173, open: !process.env.CI },
  preview: { host: '127.0.0.1' },
  plugins: [demoDirectory],
});
