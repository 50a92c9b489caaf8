import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// Firefox e2e: stock Firefox ESR driven through WebDriver BiDi (puppeteer-core), loading
// .output/firefox-mv2-e2e; Playwright is only the test runner here. See test/e2e-firefox/firefox.ts.
// Same runner settings as the Chromium e2e; only the folder and the report differ.
export default defineConfig({
  ...base,
  testDir: 'test/e2e-firefox',
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '.reports/playwright-firefox.json' }]],
});
