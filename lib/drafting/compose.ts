import { z } from 'zod';
import {
  ChannelSchema, DraftSchema, FrameSchema, type Channel, type Draft, type Frame,
} from '../model/draft';
import { DraftLangSchema, EvidenceSchema, pickText, type DraftLang, type Evidence } from '../model/evidence';
import { StakeholderSchema, TopicSchema, type Stakeholder, type Topic } from '../model/taxonomy';
import { CHANNEL_RULES, countForChannel } from './channel-length';
import { fitPieces, type Piece } from './fit';
import { getFrame } from './frames';
import { NUMBER_WORDS } from './lexicon';
import { foldSameLength, phraseRegex } from './fold';

export const ComposeInputSchema = z.object({
  /** The core message: what the city did ("Hemos abierto 3 nuevos refugios climáticos en Nou Barris"). */
  message: z.string().trim().min(1),
  groups: z.array(StakeholderSchema).min(1),
  evidence: z.array(EvidenceSchema),
  channel: ChannelSchema,
  lang: DraftLangSchema,
  /** Topic of the message; defaults to the first evidence's topic. */
  topic: TopicSchema.optional(),
  /** Page with the details, added after the call to action. */
  link: z.url().optional(),
  /** Creation time of the first version (time is a parameter: drafts are deterministic). */
  now: z.iso.datetime({ offset: true }),
  /** User-edited frames that replace the built-in ones. */
  frames: z.partialRecord(StakeholderSchema, FrameSchema).optional(),
});
export type ComposeInput = z.input<typeof ComposeInputSchema>;

const LOCALE: Record<DraftLang, string> = { es: 'es-ES', ca: 'ca-ES', en: 'en-GB' };
const SOURCE: Record<DraftLang, string> = { es: 'Fuente', ca: 'Font', en: 'Source' };

/** Formats an evidence number with its unit the way each language writes it (20 %, 20%). */
export function formatNumber(e: Evidence, lang: DraftLang): string {
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(e.number.value);
  const unit = pickText(e.number.unit, lang);
  return unit === '%' && lang === 'en' ? `${n}%` : `${n} ${unit}`;
}

function endSentence(s: string): string {
  const t = s.trim();
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

function containsValue(text: string, e: Evidence, lang: DraftLang): boolean {
  const digits = text.replace(/(?<=\d)[.,\s](?=\d{3}\b)/g, '');
  const raw = String(e.number.value);
  const local = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, useGrouping: false }).format(e.number.value);
  const re = (v: string) => new RegExp(`(?<![\\d.,])${v.replace(/[.,]/g, '[.,]')}(?![\\d])`);
  return re(raw).test(digits) || re(local).test(digits);
}

/** One sentence stating the evidence with its number ("…: 120.000 visitas" when the fact lacks it). */
export function evidenceSentence(e: Evidence, lang: DraftLang, cite: 'none' | 'date' | 'date-source' = 'none'): string {
  const fact = pickText(e.fact, lang).trim().replace(/[.]$/, '');
  const withNumber = containsValue(fact, e, lang) ? fact : `${fact}: ${formatNumber(e, lang)}`;
  if (cite === 'none') return `${withNumber}.`;
  const date = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${e.date}T00:00:00Z`));
  return cite === 'date' ? `${withNumber} (${date}).` : `${withNumber} (${date}). ${SOURCE[lang]}: ${e.source}`;
}

/** True when one of the evidence pieces states this evidence (possibly shortened). */
export function citedIn(pieces: Piece[], e: Evidence, lang: DraftLang): boolean {
  const head = pickText(e.fact, lang).trim().slice(0, 24);
  return pieces.some((p) => p.role === 'evidence' && p.text.startsWith(head));
}

/**
 * Evidence that serves a group on a topic, best first: on-topic evidence only (when any exists),
 * the pieces that benefit the group ahead of the rest, in bank order otherwise.
 */
export function rankEvidence(evidence: Evidence[], group: Stakeholder, topic?: Topic): Evidence[] {
  const onTopic = topic ? evidence.filter((e) => e.topic === topic) : evidence;
  const pool = onTopic.length > 0 ? onTopic : evidence.filter((e) => e.benefits.includes(group));
  return pool
    .map((e, i) => ({ e, i, s: e.benefits.includes(group) ? 1 : 0 }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.e);
}

/** The sentence that opens a draft for a group: the evidence's own benefit, else the frame's. */
export function benefitSentence(frame: Frame, lang: DraftLang, topic?: Topic, evidence?: Evidence): string {
  const own = evidence?.benefitFor?.[frame.id];
  if (own) return endSentence(pickText(own, lang));
  return (topic && frame.benefitByTopic[topic]?.[lang]) || frame.benefitGeneric[lang];
}

/** A call-to-action piece, with shorter variants; variants ending in ":" need the link. */
export function ctaPiece(frame: Frame, lang: DraftLang, link?: string): Piece {
  const variants = frame.cta[lang].filter((c) => link || !c.trim().endsWith(':'));
  const withLink = (c: string) => (link ? `${c.replace(/[.:]$/, '')}: ${link}` : c);
  return { role: 'cta', text: withLink(variants[0]), shorter: variants.slice(1).map(withLink) };
}

/** Limit used for a draft: the channel's, or the frame's word target for long formats. */
export function limitFor(channel: Channel, frame: Frame): number {
  const rule = CHANNEL_RULES[channel];
  return rule.unit === 'words' ? Math.min(rule.limit, frame.lengthWords.max) : rule.limit;
}

/** True when the text states a concrete number (digits or a number word). */
export function hasConcreteNumber(text: string, lang: DraftLang): boolean {
  if (/\d/.test(text.replace(/https?:\/\/\S+/g, ''))) return true;
  const re = phraseRegex(NUMBER_WORDS[lang]);
  return re.test(foldSameLength(text));
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(36);
}

/** Builds the draft record for a text produced by the composer. */
export function makeDraft(args: {
  group: Stakeholder; channel: Channel; lang: DraftLang; topic?: Topic; message: string; text: string;
  evidenceIds: string[]; limit: number; fits: boolean; now: string; replyTo?: string;
}): Draft {
  const count = countForChannel(args.text, args.channel, args.limit).count;
  const flags: Draft['flags'] = [];
  if (!hasConcreteNumber(args.text, args.lang)) flags.push('no-concrete-result');
  if (!args.fits) flags.push('over-length');
  if (args.evidenceIds.length === 0) flags.push('no-evidence');
  return DraftSchema.parse({
    id: `draft-${args.group}-${args.channel}-${hash(`${args.message}|${args.lang}|${args.now}|${args.replyTo ?? ''}`)}`,
    group: args.group,
    channel: args.channel,
    lang: args.lang,
    ...(args.topic ? { topic: args.topic } : {}),
    message: args.message,
    evidenceIds: args.evidenceIds,
    versions: [{ text: args.text, createdAt: args.now, origin: 'template' }],
    length: { count, limit: args.limit },
    flags,
    ...(args.replyTo ? { replyTo: args.replyTo } : {}),
  });
}

/**
 * One draft per stakeholder group: the group's concrete benefit first, then the result with its
 * number, then evidence, then a clear call to action, fitted to the channel's length.
 * Deterministic: same input, same drafts.
 */
export function composeDrafts(input: ComposeInput): Draft[] {
  const { message, groups, evidence, channel, lang, link, now, frames, topic: givenTopic } = ComposeInputSchema.parse(input);
  const long = channel === 'press' || channel === 'newsletter';
  return groups.map((group) => {
    const frame = getFrame(group, frames);
    const topic = givenTopic ?? evidence[0]?.topic;
    const ranked = rankEvidence(evidence, group, topic);
    const maxEvidence = channel === 'press' ? 3 : channel === 'newsletter' || channel === 'instagram' ? 2 : 2;
    const chosen = ranked.slice(0, maxEvidence);
    const messageHasNumber = hasConcreteNumber(message, lang);
    const pieces: Piece[] = [];
    if (channel === 'press') pieces.push({ role: 'heading', text: endSentence(message).replace(/\.$/, ''), keep: true });
    pieces.push({ role: 'benefit', text: benefitSentence(frame, lang, topic, chosen[0]), keep: true });
    // A press note states the result in its heading; other formats right after the benefit.
    if (channel !== 'press') pieces.push({ role: 'result', text: endSentence(message), keep: true });
    chosen.forEach((e, i) => pieces.push({
      role: 'evidence',
      // Cite the source once per source in a press note.
      text: evidenceSentence(e, lang, channel !== 'press' ? 'none' : chosen.findIndex((x) => x.source === e.source) === i ? 'date-source' : 'date'),
      // Without a number in the message, the first evidence carries it and must stay.
      keep: i === 0 && !messageHasNumber,
    }));
    pieces.push(ctaPiece(frame, lang, link));
    const limit = limitFor(channel, frame);
    const fitted = fitPieces(pieces, channel, limit, long && channel === 'press');
    const used = chosen.filter((e) => citedIn(fitted.pieces, e, lang));
    return makeDraft({
      group, channel, lang, topic, message, text: fitted.text, evidenceIds: used.map((e) => e.id), limit,
      fits: fitted.fits, now,
    });
  });
}
