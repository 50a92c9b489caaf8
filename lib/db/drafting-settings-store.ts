import { DEFAULT_JARGON, parseFrame, parseJargon, type JargonList } from '../drafting';
import type { Frame } from '../model/draft';
import { EvidenceSchema, type DraftLang, type Evidence } from '../model/evidence';
import type { Stakeholder } from '../model/taxonomy';
import { JargonRowSchema } from './drafting-records';
import type { PulsoDB } from './schema';

/** The evidence bank, newest fact first; rows that no longer fit the schema are skipped. */
export async function readEvidence(db: PulsoDB): Promise<Evidence[]> {
  const rows = await db.evidence.orderBy('date').reverse().toArray();
  return rows.flatMap((r) => {
    const p = EvidenceSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

/** Adds or replaces one evidence item (validated). */
export async function putEvidence(db: PulsoDB, evidence: Evidence): Promise<void> {
  await db.evidence.put(EvidenceSchema.parse(evidence));
}

/** Removes one evidence item; drafts that cited it keep their text. */
export async function deleteEvidence(db: PulsoDB, id: string): Promise<void> {
  await db.evidence.delete(id);
}

/** The user's edited frames by group (groups without an edit use the built-in frame). */
export async function readCustomFrames(db: PulsoDB): Promise<Partial<Record<Stakeholder, Frame>>> {
  const out: Partial<Record<Stakeholder, Frame>> = {};
  for (const row of await db.frames.toArray()) {
    try {
      const f = parseFrame(row);
      out[f.id] = f;
    } catch {
      // A frame saved by an older schema is ignored: the built-in one applies until it is edited again.
    }
  }
  return out;
}

/** Stores an edited frame (validated with parseFrame; throws a zod error when invalid). */
export async function saveFrame(db: PulsoDB, frame: unknown): Promise<Frame> {
  const f = parseFrame(frame);
  await db.frames.put(f);
  return f;
}

/** Goes back to the built-in frame for a group. */
export async function resetFrame(db: PulsoDB, group: Stakeholder): Promise<void> {
  await db.frames.delete(group);
}

/** The jargon list in use: the user's entries for each edited language, the built-in ones elsewhere. */
export async function readJargon(db: PulsoDB): Promise<{ list: JargonList; edited: DraftLang[] }> {
  const list: JargonList = { ...DEFAULT_JARGON };
  const edited: DraftLang[] = [];
  for (const row of await db.jargon.toArray()) {
    const p = JargonRowSchema.safeParse(row);
    if (!p.success) continue;
    list[p.data.lang] = p.data.entries;
    edited.push(p.data.lang);
  }
  return { list, edited };
}

/** Stores one language's edited jargon entries, validated with parseJargon (throws when invalid). */
export async function saveJargon(db: PulsoDB, lang: DraftLang, entries: unknown): Promise<void> {
  const parsed = parseJargon({ ...DEFAULT_JARGON, [lang]: entries });
  await db.jargon.put(JargonRowSchema.parse({ lang, entries: parsed[lang] }));
}

/** Goes back to the built-in jargon list for one language. */
export async function resetJargon(db: PulsoDB, lang: DraftLang): Promise<void> {
  await db.jargon.delete(lang);
}
