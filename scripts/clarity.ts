// `npm run clarity -- --lang es|ca|en [--channel x|bluesky|…] [--ui es|ca|en] FILE`
// Prints the clarity report of a UTF-8 text file as JSON, with the same checks as the studio.
import { readFileSync } from 'node:fs';
import { checkClarity } from '../lib/drafting/clarity';
import { CHANNELS, type Channel } from '../lib/model/draft';
import { DRAFT_LANGS, type DraftLang } from '../lib/model/evidence';

const USAGE = 'usage: npm run clarity -- --lang es|ca|en [--channel x|bluesky|mastodon|instagram|facebook|press|newsletter] [--ui es|ca|en] FILE';

function fail(message: string): never {
  process.stderr.write(`clarity: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { lang: DraftLang; channel?: Channel; ui?: DraftLang; file: string } {
  const opts: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2);
      if (!['lang', 'channel', 'ui'].includes(key)) fail(`unknown option --${key}. ${USAGE}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) fail(`--${key} needs a value. ${USAGE}`);
      opts[key] = value;
    } else files.push(a);
  }
  if (!opts.lang) fail(`--lang is required. ${USAGE}`);
  if (!(DRAFT_LANGS as readonly string[]).includes(opts.lang)) fail(`--lang must be one of ${DRAFT_LANGS.join(', ')}, not "${opts.lang}"`);
  if (opts.ui && !(DRAFT_LANGS as readonly string[]).includes(opts.ui)) fail(`--ui must be one of ${DRAFT_LANGS.join(', ')}, not "${opts.ui}"`);
  if (opts.channel && !(CHANNELS as readonly string[]).includes(opts.channel)) fail(`--channel must be one of ${CHANNELS.join(', ')}, not "${opts.channel}"`);
  if (files.length !== 1) fail(`give exactly one FILE. ${USAGE}`);
  return { lang: opts.lang as DraftLang, channel: opts.channel as Channel | undefined, ui: opts.ui as DraftLang | undefined, file: files[0] };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(code === 'ENOENT' ? `file not found: ${args.file}` : `cannot read ${args.file} (${code ?? 'error'})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    fail(`${args.file} is not valid UTF-8 text`);
  }
  const report = checkClarity(text, { lang: args.lang, uiLang: args.ui ?? args.lang, ...(args.channel ? { channel: args.channel } : {}) });
  process.stdout.write(`${JSON.stringify({ file: args.file, ...report }, null, 2)}\n`);
}

try {
  main();
} catch (err) {
  fail(err instanceof Error ? err.message.split('\n')[0] : String(err));
}
