/* global chrome */
// `npm run demo`: builds Pulso and opens Chromium with it loaded on a persistent profile, the
// demo city set up and a year of demo mentions stored.
// `npm run demo -- --screenshot DIR`: the same, headless, and saves PNGs of the UI into DIR.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const shotDir = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
if (shotIndex >= 0 && !shotDir) fail('--screenshot needs a folder: npm run demo -- --screenshot docs/screenshots');

function fail(message) {
  console.error(`pulso demo: ${message}`);
  process.exit(1);
}

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/usr/bin/google-chrome-for-testing',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

const executablePath = findChromium();
if (!executablePath) fail('no Chromium found. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.');
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
if (!shotDir && !hasDisplay) {
  fail('no display found, so no browser window can open here. Run it in a desktop session, or as `xvfb-run -a npm run demo`, or take screenshots headless with `npm run demo -- --screenshot DIR`.');
}

console.log('Building Pulso…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).');
const extensionDir = path.resolve('.output/chrome-mv3');

const profileDir = shotDir ? mkdtempSync(path.join(tmpdir(), 'pulso-shots-')) : path.resolve('.demo-profile');
mkdirSync(profileDir, { recursive: true });
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  headless: !!shotDir,
  viewport: shotDir ? { width: 1280, height: 900 } : null,
  locale: shotDir ? 'es-ES' : undefined,
  args: [
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    '--no-first-run', '--disable-sync', '--disable-component-update',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(shotDir ? ['--disable-gpu', '--disable-background-networking', '--lang=es-ES'] : []),
  ],
});
let [sw] = context.serviceWorkers();
if (!sw) sw = await context.waitForEvent('serviceworker');
const id = new URL(sw.url()).host;
const page = (name) => `chrome-extension://${id}/${name}.html`;

// First run: the demo profile and the demo year, through the real first-run screen.
const options = context.pages().find((p) => p.url().startsWith(page('options'))) ?? (await context.newPage());
if (!options.url().startsWith(page('options'))) await options.goto(page('options'));
const settings = await options.evaluate(() => chrome.storage.local.get('settings'));
if (!settings.settings?.onboarded) {
  console.log('Setting up the demo city and generating a year of demo mentions…');
  await options.getByTestId('first-run-start').click();
} else if (!settings.settings?.demoLoaded) {
  await options.getByTestId('demo-load').click();
}
// Wait until the background has stored the whole demo year (it sets `demoLoaded` last).
for (let waited = 0; ; waited += 500) {
  const s = await options.evaluate(() => chrome.storage.local.get('settings'));
  if (s.settings?.demoLoaded) break;
  if (waited > 180_000) fail('the demo data did not finish loading within 3 minutes.');
  await options.waitForTimeout(500);
}

if (shotDir) {
  mkdirSync(shotDir, { recursive: true });
  const shoot = async (name, size, file, prepare) => {
    const p = await context.newPage();
    await p.setViewportSize(size);
    await p.goto(page(name));
    await p.waitForLoadState('networkidle');
    if (prepare) await prepare(p);
    await p.waitForTimeout(400);
    await p.screenshot({ path: path.join(shotDir, file), fullPage: name === 'options' });
    await p.close();
  };
  await shoot('sidepanel', { width: 420, height: 900 }, 'sidepanel.png', (p) => p.getByTestId('mention').first().waitFor());
  await shoot('popup', { width: 320, height: 420 }, 'popup.png', (p) => p.getByTestId('count-total').filter({ hasText: /\d/ }).waitFor());
  await shoot('options', { width: 1100, height: 900 }, 'options.png');
  // The studio: two evidence items added through the bank, then one message composed for three groups.
  await shoot('sidepanel', { width: 1280, height: 1000 }, 'studio.png', async (p) => {
    await p.goto(`${page('sidepanel')}#studio`);
    await p.getByTestId('evidence-bank').locator('summary').click();
    const evidence = [
      ['La red de refugios climáticos suma 400 espacios', '400', 'espacios', ['citizen', 'media', 'civil_society']],
      ['Dentro de un refugio la temperatura baja hasta 5 °C respecto a la calle', '5', '°C', ['citizen', 'business', 'sport']],
    ];
    for (const [fact, value, unit, groups] of evidence) {
      const form = p.getByTestId('evidence-bank').locator('form.evidence-form').last();
      const before = await p.getByTestId('evidence-item').count();
      await form.getByTestId('ev-factEs').fill(fact);
      await form.getByTestId('ev-value').fill(value);
      await form.getByTestId('ev-unitEs').fill(unit);
      await form.getByTestId('ev-source').fill('https://ajuntament.barcelona.cat/refugisclimatics/');
      await form.getByTestId('ev-topic').selectOption('environment');
      for (const g of groups) await form.getByTestId(`ev-benefit-${g}`).check();
      await form.getByTestId('ev-save').click();
      await p.getByTestId('evidence-item').nth(before).waitFor();
    }
    await p.getByTestId('evidence-bank').locator('summary').click();
    await p.getByTestId('compose-message').fill('Hemos abierto 3 nuevos refugios climáticos en Nou Barris');
    for (const g of ['citizen', 'business', 'media']) await p.getByTestId(`compose-group-${g}`).check();
    for (const box of await p.getByTestId('compose-evidence').all()) await box.check();
    await p.getByTestId('compose-submit').click();
    await p.getByTestId('draft').nth(2).waitFor();
    await p.getByTestId('on-device-note').or(p.getByTestId('draft').first()).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  });
  // The dashboard over the last 30 days (the planted episode shows as shifts), and the report.
  await shoot('sidepanel', { width: 420, height: 1400 }, 'dashboard.png', async (p) => {
    await p.goto(`${page('sidepanel')}#dashboard/window=30d`);
    await p.locator('[data-testid="dashboard"][data-ready="true"] [data-testid="pressure-panel"]').waitFor({ timeout: 60_000 });
  });
  await shoot('report', { width: 1000, height: 1400 }, 'report.png', async (p) => {
    await p.goto(`${page('report')}#dashboard/window=30d`);
    await p.locator('[data-testid="report"][data-ready="true"]').waitFor({ timeout: 60_000 });
  });
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  console.log(`Screenshots saved in ${shotDir}`);
} else {
  await options.goto(page('sidepanel'));
  console.log(`Pulso is running (profile in ${profileDir}). The side panel is open as a tab; close the browser to stop.`);
  await new Promise((resolve) => context.on('close', resolve));
}
