import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Browser APIs stay at the edges: lib/ (outside lib/platform/) must not reach for browser
// globals, so its logic runs unchanged in Node under Vitest.
const browserOnly = [
  'window', 'document', 'chrome', 'browser', 'navigator', 'localStorage', 'sessionStorage',
  'indexedDB', 'location', 'history', 'alert', 'confirm', 'prompt',
].map((name) => ({ name, message: 'Browser API in lib/: take it as a parameter or go through lib/platform/.' }));

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.reports/**', '.demo-profile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/platform/**'],
    rules: {
      'no-restricted-globals': ['error', ...browserOnly],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'wxt/browser', message: 'Use lib/platform/ for browser APIs.' },
                { name: '@webext-core/messaging', message: 'Use lib/messaging/ (protocol) from entrypoints.' }],
      }],
    },
  },
);
