import type { PeerRow, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';
import { associations } from './association';
import { perceptionOfMentions } from './perception';
import { DEFAULT_EVIDENCE, scopeMentions } from './scope';
import { reliability, wilson } from './stats';

/**
 * Peer cities side by side: share of voice (a city's mentions over all cities' mentions in the
 * window, Wilson 95 %), net sentiment, perception index and the top attributes of each.
 * `byProfile` holds each city's matched mentions (matching is done upstream); a mention about
 * two cities counts for both. Rows in input order so the user's city can stay first.
 */
export function comparePeers(byProfile: Record<string, readonly Mention[]>, window: TimeWindow, now: Date, limit = DEFAULT_EVIDENCE, topAttributes = 3): PeerRow[] {
  const scoped = Object.entries(byProfile).map(([profileId, ms]) => [profileId, scopeMentions(ms, window, now)] as const);
  const total = scoped.reduce((s, [, ms]) => s + ms.length, 0);
  return scoped.map(([profileId, ms]) => {
    const ci = wilson(ms.length, total);
    return {
      profileId,
      count: ms.length,
      shareOfVoice: { value: total ? ms.length / total : 0, low: ci.low, high: ci.high, n: total, reliable: reliability(total, (ci.high - ci.low) / 2) },
      perception: perceptionOfMentions(ms, limit),
      topAttributes: associations(ms, window, now, limit)
        .filter((a) => a.count > 0)
        .sort((a, b) => b.count - a.count || a.attribute.localeCompare(b.attribute))
        .slice(0, topAttributes),
    };
  });
}
