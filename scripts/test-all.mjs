// The one test command: typecheck, lint, unit tests, build (Chrome and Firefox), e2e.
// Ends with `N passed, N failed` (counted from the runners' JSON reports) and a non-zero
// exit code on any failure, so CI and people read the same verdict.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

const steps = [];
function run(name, cmd, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
run('typecheck', npx, ['tsc', '--noEmit', '-p', '.']);
run('lint', npx, ['eslint', '.']);
run('unit', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`]);
const built = [
  run('build chrome', npx, ['wxt', 'build']),
  run('build firefox', npx, ['wxt', 'build', '-b', 'firefox']),
  run('build e2e', npx, ['wxt', 'build', '--mode', 'e2e']),
].every(Boolean);
if (built) run('e2e', npx, ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json` });
else steps.push({ name: 'e2e', ok: false, seconds: 0 });
// Firefox: the add-on in stock Firefox ESR (WebDriver BiDi). Required like Chromium: a missing
// browser fails the run rather than skip its tests (.ci/run installs both).
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.log(`\n=== e2e firefox: FAILED, ${firefox} not found (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  steps.push({ name: 'firefox missing', ok: false, seconds: 0 });
} else if (run('build firefox e2e', npx, ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'])) {
  run('e2e firefox', npx, ['playwright', 'test', '-c', 'playwright.firefox.config.ts'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright-firefox.json`, FIREFOX_PATH: firefox });
} else steps.push({ name: 'e2e firefox', ok: false, seconds: 0 });

let passed = 0;
let failed = 0;
if (existsSync(`${REPORTS}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${REPORTS}/vitest.json`, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0) + (v.numTotalTestSuites && v.success === false && !v.numFailedTests ? 1 : 0);
}
for (const report of ['playwright.json', 'playwright-firefox.json'].map((f) => `${REPORTS}/${f}`).filter((f) => existsSync(f))) {
  const p = JSON.parse(readFileSync(report, 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
}
// A step that failed without failing a counted test (typecheck, lint, build, a crashed runner) still counts.
for (const s of steps) if (!s.ok && !['unit', 'e2e', 'e2e firefox'].includes(s.name)) failed += 1;
if (steps.find((s) => s.name === 'unit' && !s.ok) && failed === 0) failed += 1;
if (steps.find((s) => (s.name === 'e2e' || s.name === 'e2e firefox') && !s.ok) && failed === 0) failed += 1;

console.log('\nSteps:');
for (const s of steps) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
