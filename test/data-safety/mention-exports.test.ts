import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PulsoDB } from '@/lib/db/schema';
import { exportMentionsCsv, exportMentionsNdjson, MENTION_CSV_COLUMNS } from '@/lib/data-safety/mention-exports';
import { ingest } from '@/lib/ingest/ingest';
import { MentionSchema } from '@/lib/model/mention';
import { freshDB, NOW, pipeline, tweet } from './helpers';

/** A small RFC 4180 reader, to check the file parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

async function collect(gen: AsyncGenerator<string>): Promise<string> {
  let s = '';
  for await (const c of gen) s += c;
  return s;
}

let db: PulsoDB;
beforeEach(async () => { db = await freshDB(); });
afterEach(() => db.close());

describe('mention exports', () => {
  it('CSV: one row per mention with its tags; quotes, commas, line breaks survive; formulas are neutralised', async () => {
    const texts = ['=HYPERLINK("http://evil.test","Barcelona")', 'Barcelona, "quoted"\r\nand a new line', '@cmd Barcelona', '-2+3 Barcelona', '+Barcelona'];
    await ingest(db, texts.map((t, i) => ({ origin: 'browse' as const, raw: tweet(String(i), t) })), pipeline, NOW);
    const rows = parseCsv(await collect(exportMentionsCsv(db)));
    expect(rows[0]).toEqual([...MENTION_CSV_COLUMNS]);
    expect(rows).toHaveLength(texts.length + 1);
    const text = rows[0].indexOf('text');
    const got = rows.slice(1).map((r) => r[text]);
    expect(got).toEqual(texts.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)));
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(MENTION_CSV_COLUMNS.length);
      expect(r[rows[0].indexOf('matched')]).toContain('Barcelona');
    }
  });

  it('NDJSON: every line is a stored mention, equal to what is in the database', async () => {
    await ingest(db, [1, 2, 3].map((i) => ({ origin: 'poll' as const, raw: tweet(String(i)) })), pipeline, NOW);
    const lines = (await collect(exportMentionsNdjson(db))).trimEnd().split('\n');
    expect(lines.map((l) => MentionSchema.parse(JSON.parse(l)))).toEqual(await db.mentions.toArray());
  });
});
