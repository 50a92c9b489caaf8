import { useEffect, useState } from 'react';
import type { TopicTaxonomy } from '@/lib/model/topic-taxonomy';
import { RetagStatus, type RetagStatusProps } from './RetagStatus';
import { TaxonomyEditor } from './TaxonomyEditor';

export interface TaggingSettingsProps {
  readTaxonomy: () => Promise<TopicTaxonomy | undefined>;
  saveTaxonomy: (taxonomy: TopicTaxonomy | undefined) => Promise<void>;
  /** Subscribes to taxonomy changes; returns an unsubscribe. */
  watchTaxonomy: (onChange: () => void) => () => void;
  retag: RetagStatusProps;
}

/** The editable taxonomy and the state of background re-tagging. */
export function TaggingSettings({ readTaxonomy, saveTaxonomy, watchTaxonomy, retag }: TaggingSettingsProps) {
  const [taxonomy, setTaxonomy] = useState<TopicTaxonomy | undefined>();
  useEffect(() => {
    const load = () => void readTaxonomy().then(setTaxonomy);
    load();
    return watchTaxonomy(load);
  }, [readTaxonomy, watchTaxonomy]);
  return (
    <>
      <TaxonomyEditor taxonomy={taxonomy} onSave={saveTaxonomy} />
      <RetagStatus {...retag} />
    </>
  );
}
