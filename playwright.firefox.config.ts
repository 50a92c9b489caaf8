import { defineConfig } from '@playwright/test';

// Firefox e2e: stock Firefox ESR driven through WebDriver BiDi (puppeteer-core), loading
// .output/firefox-mv2-e2e; Playwright is only the test runner here. See test/e2e-firefox/firefox.ts.
export default defineConfig({
  testDir: 'test/e2e-firefox',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '.reports/playwright-firefox.json' }]],
});
