// Always set globs: without them cem walks dist/ and storybook-static/ (minutes, gigabytes).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/content.ts'],
  outdir: '.',
  litelement: true,
};
