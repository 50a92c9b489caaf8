import { z } from 'zod';
import { CityProfileSchema } from './city-profile';
import { AlertRuleSchema, QuietHoursSchema, type AlertRuleInput } from './indicator';

/** Rules a new install starts with: high pressure, and a rising negative attribute or negative sentiment. */
export const DEFAULT_ALERT_RULES: AlertRuleInput[] = [
  { id: 'pressure-high', kind: 'pressure', minLevel: 'high' },
  { id: 'attribute-up', kind: 'shift', metric: 'attribute', direction: 'up', minEffect: 0.2 },
  { id: 'negative-up', kind: 'shift', metric: 'sentiment', key: 'negative', direction: 'up', minEffect: 0.2 },
];

/**
 * Alert settings (chrome.storage.local `indicatorSettings`): the rules, quiet hours, and the
 * shift comparison the background watches (the last `shiftRecentDays` local days against the
 * `shiftBaselineDays` before them).
 */
export const IndicatorSettingsSchema = z.object({
  notify: z.boolean().default(true),
  rules: z.array(AlertRuleSchema).default(() => DEFAULT_ALERT_RULES.map((r) => AlertRuleSchema.parse(r))),
  quietHours: QuietHoursSchema.nullable().default(null),
  shiftRecentDays: z.number().int().min(1).max(90).default(7),
  shiftBaselineDays: z.number().int().min(7).max(365).default(90),
});
export type IndicatorSettings = z.infer<typeof IndicatorSettingsSchema>;

/** Peer cities to compare with (chrome.storage.local `peerProfiles`), each a full city profile. */
export const PeerProfilesSchema = z.array(CityProfileSchema).max(10);
export type PeerProfiles = z.infer<typeof PeerProfilesSchema>;
