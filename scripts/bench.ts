// `npm run bench`: every performance figure, measured here and now. Prints a readable table,
// then, as its last line, one JSON object of every figure under stable dotted names.
// Browser figures run the shipped build (.output/chrome-mv3) in real Chromium.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { benchStore } from '../test/bench/store';

type Figures = Record<string, number>;
const figures: Figures = {};
const notes: Record<string, string> = {};

async function part(name: string, run: () => Promise<Figures>) {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    Object.assign(figures, await run());
  } catch (err) {
    notes[name] = `failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    process.stderr.write(`bench: ${name} ${notes[name]}\n`);
    process.exitCode = 1;
  }
}

if (!existsSync('.output/chrome-mv3/manifest.json')) {
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

const parts: Array<[string, () => Promise<Figures>]> = [['store', benchStore]];
if (existsSync('test/bench/tagging.ts')) parts.unshift(['tagging', async () => (await import('../test/bench/tagging')).benchTagging()]);
parts.push(['capture', async () => (await import('../test/bench/capture')).benchCapture()]);
parts.push(['dashboard', async () => (await import('../test/bench/dashboard')).benchDashboard()]);
parts.push(['backup', async () => (await import('../test/bench/backup')).benchBackup()]);
parts.push(['retag', async () => (await import('../test/bench/retag')).benchRetag()]);
for (const [name, run] of parts) await part(name, run);

const width = Math.max(...Object.keys(figures).map((k) => k.length), 10);
console.log(`${'figure'.padEnd(width)}  value`);
for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(width)}  ${Number.isInteger(v) ? v : v.toFixed(3)}`);
for (const [k, v] of Object.entries(notes)) console.log(`${k.padEnd(width)}  ${v}`);
console.log(JSON.stringify(figures));
