import type { CityProfile } from '../model/city-profile';
import type { InboxItem, InboxItemState, InboxReason, Sighting, TimeWindow } from '../model/indicator';
import type { Mention } from '../model/mention';
import { engagementOf, reachOf } from './engagement';
import { scopeMentions } from './scope';
import { clamp01 } from './stats';

const HOUR = 3_600_000;

function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

// Complaint cues in es/ca/en, accent-folded, matched as whole words or phrases.
const COMPLAINT_WORDS = [
  // es
  'queja', 'quejas', 'me quejo', 'denuncia', 'denuncio', 'verguenza', 'inaceptable', 'indignante', 'harto', 'harta',
  'hartos', 'nadie', 'todavia', 'sigue sin', 'siguen sin', 'reclamacion', 'reclamo', 'desastre', 'abandonado',
  'abandono', 'sucio', 'suciedad', 'peligroso', 'estafa', 'lamentable', 'vergonzoso', 'basura', 'averiado', 'roto',
  // ca
  'queixa', 'queixes', 'em queixo', 'vergonya', 'inacceptable', 'indignant', 'fart', 'farta', 'farts', 'ningu',
  'encara no', 'segueix sense', 'segueixen sense', 'reclamacio', 'abandonat', 'brut', 'bruticia', 'perillos',
  'escombraries', 'espatllat', 'trencat',
  // en
  'complaint', 'complain', 'disgrace', 'shameful', 'unacceptable', 'outrageous', 'fed up', 'nobody', 'still no',
  'still waiting', 'ignored', 'broken', 'filthy', 'dangerous', 'scam', 'terrible', 'awful', 'disaster', 'rubbish',
];
const COMPLAINT_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${COMPLAINT_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=$|[^\\p{L}\\p{N}])`, 'u');

/** True when the text reads as a complaint (cue word in es/ca/en). */
export function isComplaint(text: string): boolean {
  return COMPLAINT_RE.test(fold(text));
}

/** True when the text asks something (¿ or ?). */
export function isQuestion(text: string): boolean {
  return /[?¿？]/.test(text);
}

/** Own-account handles, lowercase and without @, the text mentions as `@handle`. */
export function addressedAccounts(text: string, ownAccounts: readonly string[]): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const raw of ownAccounts) {
    const handle = raw.trim().replace(/^@/, '').toLowerCase();
    if (!handle) continue;
    const needle = `@${handle}`;
    let i = lower.indexOf(needle);
    while (i !== -1) {
      const before = i === 0 ? '' : lower[i - 1];
      const after = lower[i + needle.length] ?? '';
      // @bcn must not match inside an email or @bcn_cultura.
      if (!/[\p{L}\p{N}_.]/u.test(before) && !/[\p{L}\p{N}_]/u.test(after)) {
        out.push(handle);
        break;
      }
      i = lower.indexOf(needle, i + 1);
    }
  }
  return out;
}

/**
 * Engagement gained per hour: between an earlier sighting and the latest one when given, else
 * since publication (at least one hour, so a post seconds old does not explode). Null when the
 * engagement or the publication time is unknown.
 */
export function engagementPerHour(m: Mention, now: Date, sighting?: Sighting): number | null {
  const e = engagementOf(m);
  if (e === null) return null;
  if (sighting) {
    const before = engagementOf({ metrics: sighting });
    const seenAt = Date.parse(m.lastSeenAt ?? m.capturedAt);
    const hours = (seenAt - Date.parse(sighting.at)) / HOUR;
    if (before !== null && hours > 0) return Math.max(0, e - before) / Math.max(hours, 1 / 6);
  }
  if (!m.publishedAt) return null;
  const hours = Math.max(1, (now.getTime() - Date.parse(m.publishedAt)) / HOUR);
  return e / hours;
}

export interface InboxOptions {
  /** Earlier metrics readings by mention id, to measure spread between sightings. */
  sightings?: Record<string, Sighting>;
  /** Audience from which a negative post needs an answer; default 1 000. */
  minReach?: number;
  /** Engagement per hour from which a post counts as spreading fast; default 30. */
  minVelocity?: number;
  /** Keep answered and dismissed items (e.g. an "all" tab); default false. */
  includeClosed?: boolean;
  limit?: number;
}

/**
 * Ranks the mentions of a window that need an answer. Points: addressed to an own account
 * (40), a question or complaint addressed to it (20 each), a negative post with a large
 * audience (up to 25, log scale, 1 M = full), a fast-spreading post (up to 15, log scale,
 * 1 000 interactions/h = full). Only mentions with at least one reason are listed; answered
 * and dismissed items are hidden, open ones carry their state (notes).
 */
export function rankInbox(
  mentions: readonly Mention[], window: TimeWindow, now: Date, profile: Pick<CityProfile, 'ownAccounts'>,
  states: readonly InboxItemState[], options: InboxOptions = {},
): InboxItem[] {
  const minReach = options.minReach ?? 1000;
  const minVelocity = options.minVelocity ?? 30;
  const stateById = new Map(states.map((s) => [s.mentionId, s]));
  const items: (InboxItem & { sortAt: string })[] = [];
  for (const m of scopeMentions(mentions, window, now)) {
    const state = stateById.get(m.id);
    if (!options.includeClosed && state && state.status !== 'open') continue;
    const text = `${m.title ?? ''}\n${m.text}`;
    const addressed = addressedAccounts(text, profile.ownAccounts);
    const reasons: InboxReason[] = [];
    let score = 0;
    if (addressed.length) {
      reasons.push('addressed');
      score += 40;
      if (isQuestion(text)) { reasons.push('question'); score += 20; }
      if (isComplaint(text) || m.sentiment.label === 'negative') { reasons.push('complaint'); score += 20; }
    }
    const reach = reachOf(m);
    if (m.sentiment.label === 'negative' && reach !== null && reach >= minReach) {
      reasons.push('high-reach-negative');
      score += 25 * clamp01(Math.log10(reach) / 6);
    }
    const eph = engagementPerHour(m, now, options.sightings?.[m.id]);
    if (eph !== null && eph >= minVelocity) {
      reasons.push('fast-spreading');
      score += 15 * clamp01(Math.log10(1 + eph) / 3);
    }
    if (!reasons.length) continue;
    items.push({ mentionId: m.id, score, reasons, addressed, reach, engagementPerHour: eph, state, sortAt: m.sortAt });
  }
  items.sort((a, b) => b.score - a.score || (a.sortAt < b.sortAt ? 1 : a.sortAt > b.sortAt ? -1 : 0));
  return items.slice(0, options.limit ?? items.length).map(({ sortAt: _s, ...item }) => item);
}
