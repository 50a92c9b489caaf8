import { z } from 'zod';
import { ChannelSchema, FrameSchema, type Channel, type Draft } from '../model/draft';
import { DraftLangSchema, EvidenceSchema, type DraftLang } from '../model/evidence';
import { MentionSchema } from '../model/mention';
import type { Platform } from '../model/taxonomy';
import { citedIn, ctaPiece, evidenceSentence, limitFor, makeDraft, rankEvidence } from './compose';
import { fitPieces, type Piece } from './fit';
import { getFrame } from './frames';

/** Channel a reply goes out on for a mention's platform. */
export function channelForPlatform(platform: Platform): Channel {
  switch (platform) {
    case 'x': case 'bluesky': case 'mastodon': case 'instagram': case 'facebook': return platform;
    // A reply to an article is a statement to the outlet: a short press note.
    case 'news': case 'web': return 'press';
    // Reddit, YouTube, LinkedIn, TikTok and Telegram comments: a readable ~500-character reply.
    default: return 'facebook';
  }
}

export const ReplyInputSchema = z.object({
  mention: MentionSchema,
  /** Frame to use; defaults to the frame of the mention author's stakeholder group (citizen if unknown). */
  frame: FrameSchema.optional(),
  evidence: z.array(EvidenceSchema),
  /** Reply language; defaults to the mention's language when it is es, ca or en, else es. */
  lang: DraftLangSchema.optional(),
  /** Defaults to the mention's platform. */
  channel: ChannelSchema.optional(),
  link: z.url().optional(),
  now: z.iso.datetime({ offset: true }),
});
export type ReplyInput = z.input<typeof ReplyInputSchema>;

const THANKS: Record<DraftLang, string> = {
  es: 'Gracias por compartirlo.',
  ca: 'Gràcies per compartir-ho.',
  en: 'Thank you for sharing this.',
};

/**
 * A reply to a mention, pre-filled for its author's group and topic, with the most relevant
 * evidence. A critical post gets a respectful frame: acknowledge, give the fact, offer the next
 * step. Fitted to the platform's length; `replyTo` links it to the mention.
 */
export function draftReply(input: ReplyInput): Draft {
  const { mention, evidence, link, now, ...rest } = ReplyInputSchema.parse(input);
  const group = rest.frame?.id ?? mention.stakeholder ?? 'citizen';
  const frame = rest.frame ?? getFrame(group);
  const lang: DraftLang = rest.lang ?? (['es', 'ca', 'en'].includes(mention.lang) ? (mention.lang as DraftLang) : 'es');
  const channel = rest.channel ?? channelForPlatform(mention.platform);
  const topic = mention.topics.find((t) => evidence.some((e) => e.topic === t)) ?? mention.topics[0] ?? evidence[0]?.topic;
  const ranked = rankEvidence(evidence, group, topic);
  const negative = mention.sentiment.label === 'negative';
  const pieces: Piece[] = [];
  // Mastodon only notifies people named in the text.
  if (channel === 'mastodon' && mention.author.handle) {
    pieces.push({ role: 'handle', text: `@${mention.author.handle.replace(/^@/, '')}`, keep: true });
  }
  pieces.push({ role: 'ack', text: negative ? frame.acknowledge[lang] : THANKS[lang], keep: true });
  if (ranked[0]) pieces.push({ role: 'evidence', text: evidenceSentence(ranked[0], lang), keep: true });
  if (ranked[1] && channel !== 'x') pieces.push({ role: 'evidence', text: evidenceSentence(ranked[1], lang) });
  if (negative) pieces.push({ role: 'next', text: frame.nextStep[lang], keep: true });
  else pieces.push(ctaPiece(frame, lang, link));
  if (negative && link) pieces.push({ role: 'link', text: link });
  const limit = limitFor(channel, frame);
  const fitted = fitPieces(pieces, channel, limit, channel === 'press');
  const usedIds = ranked.slice(0, 2).filter((e) => citedIn(fitted.pieces, e, lang)).map((e) => e.id);
  const reply = makeDraft({
    group, channel, lang, topic, message: mention.text.slice(0, 500), text: fitted.text, evidenceIds: usedIds,
    limit, fits: fitted.fits, now, replyTo: mention.id,
  });
  return reply;
}
