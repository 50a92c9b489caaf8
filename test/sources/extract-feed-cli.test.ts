import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const OWN = path.join(ROOT, 'test/fixtures/sources/barcelona-news.rss');
const dir = mkdtempSync(path.join(tmpdir(), 'pulso-feed-cli-'));

function extract(file: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/extract.ts', file, '--url', 'https://diari.example.test/rss/portada.xml', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

function saved(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const rss = readFileSync(OWN, 'utf8');
// The same feed saved as UTF-16 with a BOM (what some Windows tools write), and without its XML declaration behind a comment.
const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
const commented = `<!-- saved 2026-03-03 -->\n${rss.replace(/^<\?xml[^>]*>\s*/, '')}`;

describe('npm run extract on saved feeds', () => {
  it.each([
    ['as served', OWN],
    ['as UTF-16 with a BOM', saved('utf16.xml', utf16)],
    ['opening with a comment', saved('commented.xml', commented)],
  ])('reads the feed %s and keeps only the city items by default', (_name, file) => {
    const r = extract(file);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.title)).toEqual([
      'Barcelona amplía el horario del metro durante las fiestas de la Mercè',
      'Quejas por la suciedad en las calles de Barcelona tras el festival',
    ]);
    expect(r.err).toContain('feed/API reader: 4 items');
  });

  it('gives the poller’s plain-words error and exit 1 for an unreadable feed', () => {
    const r = extract(saved('cut.xml', rss.slice(0, rss.indexOf('<item>') + 20).replace(/<\/?channel>/g, '').replace('<rss', '<rss><oops')));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^extract: no posts found in .*cut\.xml \(XML; feed\/API reader: (not a feed|could not read)[^\n]*\)\n$/);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
