import { useLiveQuery } from 'dexie-react-hooks';
import type { PulsoDB } from '@/lib/db/schema';
import { readSources, readSourceStates } from '@/lib/db/sources-store';
import type { Source, SourceState } from '@/lib/model/source';

/** The listening sources and their poll states, live: the background's writes show at once. */
export function useSources(db: PulsoDB): { sources: Source[]; states: Record<string, SourceState>; loaded: boolean } {
  const data = useLiveQuery(async () => ({ sources: await readSources(db), states: await readSourceStates(db) }), [db]);
  return { sources: data?.sources ?? [], states: data?.states ?? {}, loaded: !!data };
}
