// Runs the extension's capture adapters on a saved page (HTML) or payload (JSON, or a feed) and
// prints one tagged mention per line (NDJSON): the ones matching the profile, or all with --all.
// Usage: npm run extract -- FILE --url URL [--profile PROFILE.json | --all] [--news-domain HOST]...
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractFromDocument, extractFromJson, type ExtractResult } from '../lib/capture/extract';
import { mentionId } from '../lib/capture/mention-id';
import { CityProfileSchema, type CityProfile } from '../lib/model/city-profile';
import type { RawPost } from '../lib/model/mention';
import { BARCELONA_PROFILE } from '../lib/profile/barcelona';
import { decodeBytes } from '../lib/sources/decode-bytes';
import { failureText } from '../lib/sources/failure-text';
import { rootElement } from '../lib/sources/parse-feed';
import { parseSavedSource } from '../lib/sources/parse-saved';

class UsageError extends Error {}

interface Args {
  file: string;
  url?: string;
  profile?: string;
  all: boolean;
  newsDomains: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: '', all: false, newsDomains: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--url') args.url = value();
    else if (a === '--profile') args.profile = value();
    else if (a === '--all') args.all = true;
    else if (a === '--news-domain') args.newsDomains.push(value());
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (!args.file) args.file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (!args.file) throw new UsageError('usage: npm run extract -- FILE --url URL [--profile PROFILE.json | --all]');
  if (args.all && args.profile) throw new UsageError('--all and --profile exclude each other');
  if (args.url) {
    try {
      new URL(args.url);
    } catch {
      throw new UsageError(`--url is not a valid URL: ${args.url}`);
    }
  }
  return args;
}

function loadProfile(path: string | undefined): CityProfile {
  if (!path) return BARCELONA_PROFILE;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read profile ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = CityProfileSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`profile ${path} is not a valid city profile: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** A saved page's own address when the user gave none: its canonical link or og:url. */
function urlFromPage(doc: Document): string | undefined {
  const v = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return v ? new URL(v).href : undefined;
  } catch {
    return undefined;
  }
}

function summary(r: ExtractResult): string {
  const why = Object.entries(r.reasons).map(([k, n]) => `${n} ${k}`).join(', ');
  return `${r.platform ?? 'no adapter'}: ${r.parsed} parsed, ${r.skipped} skipped${why ? ` (${why})` : ''}`;
}

function extract(bytes: Buffer, args: Args): { posts: RawPost[]; note: string } {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Sniffed as the poller decodes (BOM, declaration), so a UTF-16 feed or one opening with a comment is a feed too.
  const sniffed = decodeBytes(new Uint8Array(bytes)).text.replace(/^\uFEFF/, '');
  const head = text.trimStart().slice(0, 200);
  const opts = { newsDomains: args.newsDomains };
  const savedSource = (url: string, note: string): { posts: RawPost[]; note: string } => {
    const r = parseSavedSource(new Uint8Array(bytes), url);
    if (r.ok && r.items.length) return { posts: r.items, note: `${note}; feed/API reader: ${r.items.length} items` };
    return { posts: [], note: r.ok ? `${note}; feed/API reader: no items` : `${note}; feed/API reader: ${failureText(r.failure)}` };
  };
  if (head.startsWith('{') || head.startsWith('[')) {
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      throw new UsageError(`${args.file} is not valid JSON (cut off or corrupted)`);
    }
    const url = args.url ?? 'https://unknown.invalid/';
    const r = extractFromJson(payload, url, opts);
    if (r.parsed) return { posts: r.posts, note: summary(r) };
    return savedSource(url, summary(r));
  }
  if (/^<\?xml/i.test(sniffed.trimStart()) || /^(rss|feed|rdf:rdf)$/i.test(rootElement(sniffed) ?? '')) return savedSource(args.url ?? 'https://unknown.invalid/', 'XML');
  if (!head.startsWith('<')) throw new UsageError(`${args.file} is neither HTML, XML nor JSON`);
  const { document } = parseHTML(text);
  const doc = document as unknown as Document;
  const url = args.url ?? urlFromPage(doc);
  if (!url) throw new UsageError(`--url is required: ${args.file} names no canonical address`);
  const r = extractFromDocument(doc, url, opts);
  return { posts: r.posts, note: summary(r) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let bytes: Buffer;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    throw new UsageError(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const { posts, note } = extract(bytes, args);
  if (!posts.length) throw new UsageError(`no posts found in ${args.file} (${note})`);
  const profile = loadProfile(args.profile);
  // Loaded late so a file that cannot be read is reported before the taggers load their lexicons.
  const { createPipeline } = await import('../lib/tagging/pipeline');
  const pipeline = createPipeline(profile);
  let printed = 0;
  for (const raw of posts) {
    const tags = pipeline.tag({ text: raw.text, title: raw.title, langHint: raw.lang, author: raw.author, url: raw.url, platform: raw.platform });
    if (!args.all && !tags.isMatch) continue;
    printed++;
    process.stdout.write(`${JSON.stringify({
      platform: raw.platform,
      id: mentionId(raw),
      url: raw.url,
      text: raw.text,
      title: raw.title,
      author: raw.author ?? {},
      publishedAt: raw.publishedAt,
      lang: tags.lang,
      sentiment: tags.sentiment,
      topics: tags.topics,
      attributes: tags.attributes,
      stakeholder: tags.stakeholder,
      matched: tags.matched,
      metrics: raw.metrics,
    })}\n`);
  }
  process.stderr.write(`${note}; ${printed} ${args.all ? 'printed' : 'matched the profile'}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${e instanceof UsageError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`);
  process.exit(1);
});
