import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClarityReportSchema } from '../../lib/model/draft';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'clarity-cli-'));

function run(args: string[]) {
  return spawnSync(TSX, ['scripts/clarity.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('npm run clarity', () => {
  it('prints the report as JSON: scores with bands, findings with positions and fixes', () => {
    const text = 'La gobernanza del barrio mejora. Los refugios fueron abiertos ayer. Hemos invertido 3.\n';
    const res = run(['--lang', 'es', '--channel', 'x', file('es.txt', text)]);
    expect(res.status).toBe(0);
    const report = ClarityReportSchema.parse(JSON.parse(res.stdout));
    expect(report.readability.map((r) => [r.formula, r.scale])).toEqual([['fernandez-huerta', 'fernandez-huerta'], ['szigriszt-pazos', 'inflesz']]);
    expect(report.readability.every((r) => r.bandLabel.length > 0)).toBe(true);
    const jargon = report.findings.find((f) => f.rule === 'jargon')!;
    expect(text.slice(jargon.start, jargon.end)).toBe('gobernanza');
    expect(jargon.fix).toEqual({ replacement: 'gestión', start: jargon.start, end: jargon.end });
    expect(report.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['passive', 'number-without-context']));
    expect(report.length).toMatchObject({ channel: 'x', limit: 280, over: false });
  });

  it('reads Catalan with a note and can give messages in another UI language', () => {
    const res = run(['--lang=ca', '--ui=en', file('ca.txt', '\uFEFFLa governança del districte.')]);
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout);
    expect(report.note).toMatch(/approximation/);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'jargon').message).toMatch(/institutional language/);
  });

  it.each([
    [['--lang', 'es'], /exactly one FILE/],
    [['--lang', 'fr', 'x.txt'], /--lang must be one of es, ca, en/],
    [['x.txt'], /--lang is required/],
    [['--lang', 'es', '--channel', 'tiktok', 'x.txt'], /--channel must be one of/],
    [['--lang', 'es', path.join(dir, 'missing.txt')], /file not found/],
  ])('bad arguments %j: one-line error, exit 1', (args, message) => {
    const res = run(args);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(message);
  });

  it('refuses a file that is not UTF-8', () => {
    const res = run(['--lang', 'es', file('latin1.txt', Buffer.from([0x61, 0xe9, 0x0a]))]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/not valid UTF-8/);
  });
});
