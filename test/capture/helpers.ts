import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractFromDocument, extractFromJson, type ExtractResult } from '../../lib/capture/extract';
import type { CaptureOptions } from '../../lib/capture/adapter';
import { RawPostSchema, type RawPost } from '../../lib/model/mention';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Real-data fixtures shared by the team (a sibling of the repository). */
export const SHARED = path.resolve(here, '../../../shared/fixtures');
/** Hand-made samples kept in the repository. */
export const LOCAL = path.resolve(here, '../fixtures/capture');

export function readShared(rel: string): string {
  return readFileSync(path.join(SHARED, rel), 'utf8');
}

export function readLocal(rel: string): string {
  return readFileSync(path.join(LOCAL, rel), 'utf8');
}

/** A linkedom document, typed as the DOM Document the adapters take. */
export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function jsonResult(text: string, url: string, opts?: CaptureOptions & { pageUrl?: string }): ExtractResult {
  return extractFromJson(JSON.parse(text), url, opts);
}

export function htmlResult(html: string, url: string, opts?: CaptureOptions): ExtractResult {
  return extractFromDocument(docOf(html), url, opts);
}

/** Finds a post by native id, failing loudly when the golden item is missing. */
export function byId(posts: RawPost[], id: string): RawPost {
  const p = posts.find((x) => x.nativeId === id);
  if (!p) throw new Error(`post ${id} not found among ${posts.length}`);
  return p;
}

/** Every post re-validated against the schema (the extract layer must only return valid posts). */
export function allValid(posts: RawPost[]): boolean {
  return posts.every((p) => RawPostSchema.safeParse(p).success && !Number.isNaN(Date.parse(p.publishedAt ?? '1970-01-01T00:00:00Z')));
}
