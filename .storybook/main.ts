import fs from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

// The drop-in build (npm run build:cdn) with the embed builder page, linked from the docs.
const cdn = new URL('../dist/cdn/', import.meta.url);

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|js)'],
  staticDirs: [
    { from: '../stories/assets', to: '/assets' },
    { from: '../demo/media', to: '/media' },
    ...(fs.existsSync(cdn) ? [{ from: '../dist/cdn', to: '/cdn' }] : []),
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The root vite.config.ts serves the demo page; Storybook gets a neutral config of its own.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
