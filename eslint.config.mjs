import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'bench/.out/**',
      'bench/render/build/**',
      '.tmp/**',
      'node_modules/**',
      'src/i18n/locales/**',
      'src/i18n/locale-codes.ts',
      'src/i18n/catalogues/**',
      'src/i18n/catalogue-loaders.ts',
      'custom-elements.json',
      'screenshots/**',
      'reports/**',
      'bench/.out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The React framework-check page (test/frameworks/react-app.jsx).
    files: ['test/frameworks/**/*.jsx'],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    files: [
      'src/**/*.ts',
      'test/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
      'demo/**/*.js',
      'test/pages/**/*.js',
      'test/frameworks/**/*.js',
      'test/frameworks/**/*.jsx',
      'bench/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '*.ts', 'scripts/**', 'test/servers/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tools/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
);
