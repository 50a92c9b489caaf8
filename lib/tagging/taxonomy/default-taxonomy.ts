import { TopicTaxonomySchema, type TopicTaxonomy } from '../../model/topic-taxonomy';
import data from './city-taxonomy.json';

/** The built-in city taxonomy (es/ca/en, shorter pt/fr/it lists), validated at load. */
export const DEFAULT_TAXONOMY: TopicTaxonomy = TopicTaxonomySchema.parse(data);
