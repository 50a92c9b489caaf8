/**
 * Prints how every fixture feed fares: parsed, recovered (items plus a warning) or rejected.
 * Run with `npx tsx test/sources/feed-report.ts`.
 */
import path from 'node:path';
import { failureText } from '../../lib/sources/failure-text';
import { parseSavedSource } from '../../lib/sources/parse-saved';
import { fixtureBytes, fixtureFiles } from './fixtures';

const rows = fixtureFiles('feeds', (rel) => !rel.includes('expected-rss-parser')).map((rel) => {
  const r = parseSavedSource(fixtureBytes(rel), `https://feeds.example.org/${path.basename(rel)}`);
  const file = rel.replace(/^feeds\//, '');
  if (!r.ok) return { file, status: 'rejected', format: '-', items: 0, note: failureText(r.failure) };
  return { file, status: r.warnings.length ? 'recovered' : 'parsed', format: r.format, items: r.items.length, note: r.warnings.join('; ') };
});

console.log('| feed | status | format | items | note |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.file} | ${r.status} | ${r.format} | ${r.items} | ${r.note} |`);
const count = (s: string) => rows.filter((r) => r.status === s).length;
console.log(`\n${rows.length} feeds: ${count('parsed')} parsed, ${count('recovered')} recovered, ${count('rejected')} rejected; ${rows.reduce((n, r) => n + r.items, 0)} items`);
