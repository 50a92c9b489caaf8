import type { Author } from '../model/mention';
import type { Platform, Stakeholder } from '../model/taxonomy';

export const STAKEHOLDER_TAGGER = 'stakeholder@0';

export interface StakeholderGuess {
  group: Stakeholder;
  confidence: number;
}

/** v0: news pages are media; everything else is unknown until the stakeholder tagger lands. */
export function inferStakeholder(
  _author: Author | undefined,
  _url: string,
  platform: Platform,
): StakeholderGuess | undefined {
  return platform === 'news' ? { group: 'media', confidence: 0.6 } : undefined;
}
