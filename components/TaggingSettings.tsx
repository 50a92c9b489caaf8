import { useEffect, useState } from 'react';
import type { TopicTaxonomy } from '@/lib/model/topic-taxonomy';
import { RetagStatus, type RetagStatusProps } from './RetagStatus';
import { TaxonomyEditor } from './TaxonomyEditor';
import { TryText, type TryTextProps } from './TryText';

export interface TaggingSettingsProps {
  readTaxonomy: () => Promise<TopicTaxonomy | undefined>;
  saveTaxonomy: (taxonomy: TopicTaxonomy | undefined) => Promise<void>;
  /** Subscribes to taxonomy changes; returns an unsubscribe. */
  watchTaxonomy: (onChange: () => void) => () => void;
  retag: RetagStatusProps;
  /** Tags a text the user pastes with the live pipeline (see TryText). */
  explain: TryTextProps['explain'];
}

/** The editable taxonomy, a box to try it on any text, and the state of background re-tagging. */
export function TaggingSettings({ readTaxonomy, saveTaxonomy, watchTaxonomy, retag, explain }: TaggingSettingsProps) {
  const [taxonomy, setTaxonomy] = useState<TopicTaxonomy | undefined>();
  useEffect(() => {
    const load = () => void readTaxonomy().then(setTaxonomy);
    load();
    return watchTaxonomy(load);
  }, [readTaxonomy, watchTaxonomy]);
  return (
    <>
      <TaxonomyEditor taxonomy={taxonomy} onSave={saveTaxonomy} />
      <TryText explain={explain} />
      <RetagStatus {...retag} />
    </>
  );
}
