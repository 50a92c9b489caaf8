import { z } from 'zod';
import { MentionSchema } from '../model/mention';
import { AuthorOverrideSchema, RawPayloadSchema } from '../db/records';
import { SourceSchema, SourceStateSchema } from '../model/source';
import { HostGateSchema } from '../db/sources-records';
import { ParserHealthSchema } from '../db/parser-health-records';
import { JargonRowSchema, StoredDraftSchema } from '../db/drafting-records';
import { EvidenceSchema } from '../model/evidence';
import { FrameSchema } from '../model/draft';
import { AnnotationSchema, DayRollupSchema, InboxItemStateSchema } from '../model/indicator';
import { AlertStateSchema, RollupMetaSchema } from '../db/indicator-records';
import { CityProfileSchema } from '../model/city-profile';
import { SettingsSchema } from '../model/settings';
import { TopicTaxonomySchema } from '../model/topic-taxonomy';
import { StakeholderSignalsSchema } from '../tagging/stakeholder';
import { BrowseSettingsSchema } from '../browse/browse-settings';
import { DataSafetySettingsSchema, DATA_SAFETY_KEY, PSEUDONYM_KEY_KEY, STORAGE_ALERT_KEY } from './settings';

/**
 * The record schema of each table, by its owner. A table added later without an entry here is
 * still exported and imported, with the minimal check (an object carrying its primary key).
 */
export const TABLE_SCHEMAS: Record<string, z.ZodType> = {
  mentions: MentionSchema,
  authorOverrides: AuthorOverrideSchema,
  raws: RawPayloadSchema,
  sources: SourceSchema,
  sourceStates: SourceStateSchema,
  hostGates: HostGateSchema,
  parserHealth: ParserHealthSchema,
  drafts: StoredDraftSchema,
  evidence: EvidenceSchema,
  frames: FrameSchema,
  jargon: JargonRowSchema,
  rollups: DayRollupSchema,
  indicatorMeta: RollupMetaSchema,
  inboxStates: InboxItemStateSchema,
  annotations: AnnotationSchema,
  alertState: AlertStateSchema,
};

/**
 * Tables that never travel: `queue` holds batches not yet processed on this device (they are
 * drained into mentions, which do travel).
 */
export const EXCLUDED_TABLES: readonly string[] = ['queue'];

/**
 * chrome.storage.local keys that never travel: the pseudonym key (with it, a guessed handle
 * could be tested against a pseudonym), this device's re-tagging progress and storage alert.
 */
export const EXCLUDED_STORAGE_KEYS: readonly string[] = [PSEUDONYM_KEY_KEY, 'retag', STORAGE_ALERT_KEY];

/** Schemas of the known storage keys; any other key is checked minimally (JSON, bounded depth). */
export const STORAGE_SCHEMAS: Record<string, z.ZodType> = {
  cityProfile: CityProfileSchema,
  settings: SettingsSchema,
  taxonomy: TopicTaxonomySchema,
  stakeholderSignals: StakeholderSignalsSchema,
  browseCapture: BrowseSettingsSchema,
  [DATA_SAFETY_KEY]: DataSafetySettingsSchema,
};
