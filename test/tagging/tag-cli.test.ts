import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BARCELONA_PROFILE } from '../../lib/profile/barcelona';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'pulso-tag-'));

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Runs the CLI exactly as `npm run tag --` does (tsx scripts/tag.ts). */
function tag(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tag.ts', ...args], {
    cwd: root, encoding: 'utf8', timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const posts = write('posts.txt', [
  'Barcelona no és segura: ahir em van robar la motxilla al metro',
  '',
  'FC Barcelona won 3-0 tonight',
  'Los alquileres en el Eixample son carísimos',
].join('\n') + '\n');

describe('npm run tag', () => {
  it('prints one JSON object per input line with the documented keys in order', () => {
    const r = tag(posts);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('{}');
    const first = JSON.parse(lines[0]);
    expect(Object.keys(first)).toEqual(['lang', 'sentiment', 'topics', 'attributes', 'matched']);
    expect(Object.keys(first.sentiment)).toEqual(['label', 'score']);
    expect(first).toMatchObject({ topics: ['security', 'mobility'], attributes: ['unsafe'], matched: ['Barcelona'] });
    expect(JSON.parse(lines[2]).matched).toEqual([]);
    expect(JSON.parse(lines[3])).toMatchObject({ topics: ['housing'], attributes: ['expensive'], matched: ['Eixample'] });
  });

  it('--lang forces the language of every line', () => {
    const r = tag(posts, '--lang', 'es');
    expect(r.code).toBe(0);
    const langs = r.stdout.trimEnd().split('\n').filter((l) => l !== '{}').map((l) => JSON.parse(l).lang);
    expect(langs).toEqual(['es', 'es', 'es']);
  });

  it('--profile matches another city, and its query rules lines out', () => {
    const profile = write('valencia.json', JSON.stringify({
      version: 1, id: 'valencia', name: 'València', country: 'ES', languages: ['ca', 'es'],
      timezone: 'Europe/Madrid', names: ['València', 'Valencia'], query: 'NOT falles',
    }));
    const text = write('vlc.txt', 'Caos de tráfico en Valencia\nLes falles de València\nBarcelona\n');
    const r = tag(text, '--profile', profile);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).matched)).toEqual([['València'], [], []]);
  });

  it.each([
    ['a profile with a missing field', () => [posts, '--profile', write('bad.json', JSON.stringify({ ...BARCELONA_PROFILE, names: undefined }))], /invalid profile field "names"/],
    ['a profile with a bad field value', () => [posts, '--profile', write('bad2.json', JSON.stringify({ ...BARCELONA_PROFILE, country: 'Spain' }))], /invalid profile field "country"/],
    ['a profile query with a syntax error', () => [posts, '--profile', write('bad3.json', JSON.stringify({ ...BARCELONA_PROFILE, query: 'metro AND (' }))], /invalid profile field "query": .* at character 12/],
    ['a profile that is not JSON', () => [posts, '--profile', write('bad4.json', '{ version: 1')], /bad4\.json: not valid JSON/],
    ['a missing file', () => [path.join(dir, 'missing.txt')], /missing\.txt: cannot read it \(ENOENT\)/],
    ['a file that is not UTF-8', () => [write('latin1.txt', Buffer.from([0x42, 0x61, 0x72, 0xe7, 0x61, 0x0a]))], /not valid UTF-8/],
    ['an unknown language', () => [posts, '--lang', 'xx'], /--lang: "xx" is not one of/],
    ['no file', () => [], /exactly one FILE/],
  ])('rejects %s with one line on stderr and exit 1', (_label, args, message) => {
    const r = tag(...args());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--help documents the empty-line rule', () => {
    const r = tag('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('prints {}');
  });
});
