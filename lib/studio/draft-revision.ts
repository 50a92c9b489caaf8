import { countForChannel, type ChannelCount } from '../drafting';
import { hasConcreteNumber } from '../drafting/compose';
import type { Draft, DraftVersion } from '../model/draft';
import { StoredDraftSchema, type StoredDraft } from '../db/drafting-records';

/** Edits closer together than this fold into one version, so typing does not make a version per key. */
export const EDIT_COALESCE_MS = 2 * 60 * 1000;

/** The text a draft shows now: its last version. */
export function currentText(draft: { versions: DraftVersion[] }): string {
  return draft.versions[draft.versions.length - 1].text;
}

/**
 * The draft with `text` as its current version. An edit made within EDIT_COALESCE_MS of the
 * previous edit replaces it (unless `coalesce` is false, e.g. restoring an old version); a
 * rewrite or a restore always appends. Length and the composer's flags follow the new text;
 * an unchanged text returns the draft as it was.
 */
export function reviseDraft(
  draft: StoredDraft, text: string, now: string,
  origin: DraftVersion['origin'] = 'edit', coalesce = origin === 'edit',
): StoredDraft {
  if (text === currentText(draft)) return draft;
  const last = draft.versions[draft.versions.length - 1];
  const recent = Date.parse(now) - Date.parse(last.createdAt) < EDIT_COALESCE_MS;
  const fold = coalesce && origin === 'edit' && last.origin === 'edit' && recent && draft.versions.length > 1;
  const version: DraftVersion = { text, createdAt: now, origin };
  const versions = fold ? [...draft.versions.slice(0, -1), version] : [...draft.versions, version];
  const { flags, count } = measureDraft(draft, text);
  return StoredDraftSchema.parse({
    ...draft, versions, flags, updatedAt: now, length: { count, limit: draft.length.limit },
  });
}

/** The composer's flags and the channel length for a text of this draft (the studio shows them live). */
export function measureDraft(draft: Pick<Draft, 'channel' | 'lang' | 'length' | 'evidenceIds'>, text: string): { flags: Draft['flags']; count: number; limit: number; over: boolean; unit: ChannelCount['unit'] } {
  const measured = countForChannel(text, draft.channel, draft.length.limit ?? undefined);
  const flags: Draft['flags'] = [];
  if (!hasConcreteNumber(text, draft.lang)) flags.push('no-concrete-result');
  if (measured.over) flags.push('over-length');
  if (draft.evidenceIds.length === 0) flags.push('no-evidence');
  return { flags, count: measured.count, limit: measured.limit, over: measured.over, unit: measured.unit };
}

/** True for an http(s) URL: the only kind of link a published post can have. */
export function isPostUrl(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** The draft marked as published at `url`; throws on a link that is not http(s). */
export function markDraftSent(draft: StoredDraft, url: string, now: string): StoredDraft {
  if (!isPostUrl(url)) throw new Error(`not a web link: ${url}`);
  return StoredDraftSchema.parse({ ...draft, sent: { url: new URL(url.trim()).href, at: now }, updatedAt: now });
}
