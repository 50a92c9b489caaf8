import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared fixture corpus, a sibling of the repository (as in CI). */
export const SHARED = fileURLToPath(new URL('../../../shared/fixtures', import.meta.url));

/** Bytes of a shared fixture, exactly as stored. */
export function fixtureBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(SHARED, rel)));
}

/** Every file under a shared fixture folder (relative paths), provenance files excluded. */
export function fixtureFiles(dir: string, filter: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(SHARED, rel)).sort()) {
      const child = `${rel}/${name}`;
      if (statSync(path.join(SHARED, child)).isDirectory()) walk(child);
      else if (!name.endsWith('.md') && !name.startsWith('_') && filter(child)) out.push(child);
    }
  };
  walk(dir);
  return out;
}
