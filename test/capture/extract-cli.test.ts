import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCAL, SHARED } from './helpers';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function extract(...args: string[]) {
  const r = spawnSync(process.execPath, [TSX, 'scripts/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('npm run extract', () => {
  it('--all prints one tagged mention per post, with stable ids', () => {
    const r = extract(`${SHARED}/mastodon/rtoot/timeline_tag_rstats_fosstodon.json`, '--url', 'https://fosstodon.org/api/v1/timelines/tag/rstats', '--all');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0]).toMatchObject({ platform: 'mastodon', id: 'mastodon:https://rstats.me/users/simonpcouch/statuses/114870142137562212' });
    for (const line of r.lines) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['platform', 'id', 'url', 'text', 'author', 'lang', 'sentiment', 'topics', 'attributes', 'matched']));
      expect(line).not.toHaveProperty('raw');
    }
    expect(r.err).toContain('5 parsed');
  });

  it('by default keeps only mentions matching the Barcelona profile', () => {
    const r = extract(`${LOCAL}/tiktok/item-list.json`, '--url', 'https://www.tiktok.com/api/post/item_list/');
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => l.id)).toEqual(['tiktok:7470000000000000001']);
    expect((r.lines[0].matched as string[]).length).toBeGreaterThan(0);
  });

  it('reads a saved page with linkedom', () => {
    const r = extract(`${SHARED}/others/telegram-tme-preview-html/full.html`, '--url', 'https://t.me/s/topwar_official', '--all');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(12);
    expect(r.lines[0].id).toMatch(/^telegram:topwar_official\/\d+$/);
  });

  it('falls back to the feed/API reader for a feed file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pulso-extract-'));
    const feed = path.join(dir, 'feed.xml');
    writeFileSync(feed, '<?xml version="1.0"?><rss version="2.0"><channel><title>Diari</title><link>https://diari.example/</link><item><title>Barcelona amplia el metro</title><link>https://diari.example/n/1</link><description>La L9 arriba a Gràcia.</description><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item></channel></rss>');
    const r = extract(feed, '--url', 'https://diari.example/feed', '--all');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ url: 'https://diari.example/n/1' });
  });

  it.each([
    ['a truncated JSON file', ['{"data": {"search'], 'not valid JSON'],
    ['a binary file', ['\u0000\u0001\u0002'], 'neither HTML, XML nor JSON'],
  ])('%s: one clear line and exit 1, no stack trace', (_name, [content], message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pulso-extract-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, content);
    const r = extract(file, '--url', 'https://x.com/i/api/graphql/q/SearchTimeline');
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe('');
  });

  it('a missing file or a bad option is reported plainly', () => {
    const missing = extract('/nonexistent/page.html', '--url', 'https://x.com/');
    expect(missing.code).toBe(1);
    expect(missing.err.trim()).toBe('extract: cannot read /nonexistent/page.html: ENOENT');
    const bad = extract(`${LOCAL}/tiktok/item-list.json`, '--url', 'nope');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--url is not a valid URL');
  });
});
