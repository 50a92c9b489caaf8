/**
 * `npm run tag -- FILE [--lang xx] [--profile PROFILE.json]`: tags each line of a UTF-8 text
 * file with the extension's own pipeline and prints one JSON object per line.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CityProfileSchema, type CityProfile } from '../lib/model/city-profile';
import { LANGS, LangSchema, type Lang } from '../lib/model/taxonomy';
import { BARCELONA_PROFILE } from '../lib/profile/barcelona';
import { createPipeline, type Pipeline } from '../lib/tagging/pipeline';
import { QuerySyntaxError } from '../lib/tagging/query';

const HELP = `Usage: npm run tag -- FILE [--lang xx] [--profile PROFILE.json]

Tags each line of FILE (UTF-8 text, one post per line) with the same pipeline as the
extension and prints one JSON object per input line, in order:
  {"lang":"ca","sentiment":{"label":"negative","score":-0.7},"topics":["security"],"attributes":["unsafe"],"matched":["Barcelona"]}
"matched" lists the profile terms found, and is empty when the line is not about the city
(no term, only exclusions such as "FC Barcelona", or the profile's query rules it out).
An empty or blank input line prints {} so output line N always belongs to input line N.

Options:
  --lang xx              force the language (${LANGS.join(', ')}) instead of detecting it
  --profile FILE.json    city profile to match (default: the Barcelona demo profile)
  -h, --help             show this help

Errors (unreadable file, invalid profile, bad option) print one line to stderr and exit 1.`;

class CliError extends Error {}

/** Reads and validates a profile file; the message names the file and the first bad field. */
function loadProfile(file: string): CityProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = e instanceof SyntaxError ? `not valid JSON (${e.message})` : `cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
    throw new CliError(`${file}: ${why}`);
  }
  const parsed = CityProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new CliError(`${file}: invalid profile field "${field}": ${issue.message}`);
  }
  return parsed.data;
}

function readLines(file: string): string[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${file}: not valid UTF-8 text`);
  }
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** One output line: the documented keys, in the documented order. */
function tagLine(pipeline: Pipeline, line: string, lang: Lang | undefined): string {
  if (!line.trim()) return '{}';
  const r = pipeline.tag({ text: line, lang });
  return JSON.stringify({
    lang: r.lang,
    sentiment: { label: r.sentiment.label, score: round(r.sentiment.score) },
    topics: r.topics,
    attributes: r.attributes,
    // A line the profile query rules out is not about the city, whatever terms it names.
    matched: r.isMatch ? r.matched : [],
  });
}

function main(argv: string[]): void {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new CliError(`${(e as Error).message.split(/\.\s|\n/)[0]} (see --help)`);
  }
  if (args.values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (args.positionals.length !== 1) throw new CliError('give exactly one FILE to tag (see --help)');
  let lang: Lang | undefined;
  if (args.values.lang !== undefined) {
    const l = LangSchema.safeParse(args.values.lang.toLowerCase());
    if (!l.success) throw new CliError(`--lang: "${args.values.lang}" is not one of ${LANGS.join(', ')}`);
    lang = l.data;
  }
  const profileFile = args.values.profile;
  const profile = profileFile ? loadProfile(profileFile) : BARCELONA_PROFILE;
  let pipeline: Pipeline;
  try {
    pipeline = createPipeline(profile);
  } catch (e) {
    if (e instanceof QuerySyntaxError) throw new CliError(`${profileFile ?? 'profile'}: invalid profile field "query": ${e.detail.message} at character ${e.detail.position + 1}`);
    throw e;
  }
  const lines = readLines(args.positionals[0]);
  let out: string[] = [];
  for (const line of lines) {
    out.push(tagLine(pipeline, line, lang));
    if (out.length >= 1000) {
      process.stdout.write(`${out.join('\n')}\n`);
      out = [];
    }
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof CliError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`tag: ${message}\n`);
  process.exit(1);
}
