import type { Frame } from '../model/draft';
import type { DraftLang } from '../model/evidence';

// Chrome's built-in AI (Rewriter, Writer and Prompt APIs, Gemini Nano on device). Everything here
// is optional: the studio works without it, and the global object is a parameter so the
// feature detection runs unchanged in Node tests and in any browser context.

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
type Destroyable = { destroy?: () => void };
type RewriterLike = Destroyable & { rewrite(text: string, opts?: { context?: string }): Promise<string> };
type WriterLike = Destroyable & { write(text: string, opts?: { context?: string }): Promise<string> };
type SessionLike = Destroyable & { prompt(text: string): Promise<string> };
type Factory<T> = { availability(opts?: object): Promise<Availability>; create(opts?: object): Promise<T> };

export type OnDeviceApi = 'rewriter' | 'language-model' | 'writer';

/** What detection found: a rewriter to offer, or why there is none. */
export type OnDeviceWriter =
  | { available: false; reason: 'not-supported' | 'model-unavailable' | 'error'; detail?: string }
  | {
    available: true;
    api: OnDeviceApi;
    /** 'downloadable'/'downloading': the first rewrite (on a user click) downloads the model. */
    status: Exclude<Availability, 'unavailable'>;
    /** Rewrites a draft for a group's frame; rejects if the model drops a number of the draft. */
    rewrite(text: string, frame: Frame): Promise<string>;
  };

function factory<T>(g: Record<string, unknown>, name: string): Factory<T> | null {
  const f = g[name] as Partial<Factory<T>> | undefined;
  return f && typeof f.availability === 'function' && typeof f.create === 'function' ? (f as Factory<T>) : null;
}

/** The instructions given to the model: the frame in words, and the rules Pulso enforces. */
export function rewriteInstructions(frame: Frame, lang: DraftLang): string {
  return [
    `Rewrite a city council message for this audience: ${frame.label.en}.`,
    `They care about: ${frame.cares.en.join('; ')}.`,
    `Lead with: ${frame.benefitAngle.en}`,
    `Tone: ${frame.tone.en}`,
    `Never use these words: ${frame.avoid[lang].join(', ')}.`,
    'Keep every number, date and link exactly as written. Plain words, short sentences, one call to action.',
    `Write in ${lang === 'es' ? 'Spanish' : lang === 'ca' ? 'Catalan' : 'English'}. Reply with the rewritten text only.`,
  ].join('\n');
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

function keepsNumbers(original: string, rewritten: string): boolean {
  const norm = (s: string) => s.replace(/[.,]/g, '');
  const out = new Set((rewritten.match(NUMBER) ?? []).map(norm));
  return (original.match(NUMBER) ?? []).every((n) => out.has(norm(n)));
}

const REWRITER_TONE = { formal: 'more-formal', neutral: 'as-is', casual: 'more-casual' } as const;

async function runRewrite(api: OnDeviceApi, g: Record<string, unknown>, text: string, frame: Frame, lang: DraftLang): Promise<string> {
  const instructions = rewriteInstructions(frame, lang);
  const langs = { expectedInputLanguages: [lang], expectedContextLanguages: ['en'], outputLanguage: lang };
  let handle: Destroyable | undefined;
  try {
    let out: string;
    if (api === 'rewriter') {
      const r = await factory<RewriterLike>(g, 'Rewriter')!.create({ ...langs, sharedContext: instructions, tone: REWRITER_TONE[frame.register], format: 'plain-text', length: 'as-is' });
      handle = r;
      out = await r.rewrite(text, { context: frame.benefitAngle[lang] });
    } else if (api === 'language-model') {
      const s = await factory<SessionLike>(g, 'LanguageModel')!.create({
        initialPrompts: [{ role: 'system', content: instructions }],
        expectedInputs: [{ type: 'text', languages: ['en', lang] }],
        expectedOutputs: [{ type: 'text', languages: [lang] }],
      });
      handle = s;
      out = await s.prompt(text);
    } else {
      const w = await factory<WriterLike>(g, 'Writer')!.create({ ...langs, sharedContext: instructions, tone: frame.register, format: 'plain-text', length: 'short' });
      handle = w;
      out = await w.write(`Rewrite this message: ${text}`, { context: frame.benefitAngle[lang] });
    }
    const result = out.trim();
    if (!result) throw new Error('on-device model returned an empty text');
    if (!keepsNumbers(text, result)) throw new Error('on-device rewrite dropped a number; keeping the original');
    return result;
  } finally {
    handle?.destroy?.();
  }
}

/**
 * Detects Chrome's on-device Rewriter, Prompt (LanguageModel) or Writer API on `globalLike`
 * (pass `globalThis` in an extension page), preferring the Rewriter. Never throws.
 */
export async function detectOnDeviceWriter(globalLike: unknown, lang: DraftLang = 'es'): Promise<OnDeviceWriter> {
  if (!globalLike || typeof globalLike !== 'object') return { available: false, reason: 'not-supported' };
  const g = globalLike as Record<string, unknown>;
  const candidates: [OnDeviceApi, string, object][] = [
    ['rewriter', 'Rewriter', { expectedInputLanguages: [lang], outputLanguage: lang }],
    ['language-model', 'LanguageModel', { expectedInputs: [{ type: 'text', languages: [lang] }], expectedOutputs: [{ type: 'text', languages: [lang] }] }],
    ['writer', 'Writer', { expectedInputLanguages: [lang], outputLanguage: lang }],
  ];
  const present = candidates.filter(([, name]) => factory(g, name));
  if (present.length === 0) return { available: false, reason: 'not-supported' };
  let lastError: string | undefined;
  for (const [api, name, opts] of present) {
    try {
      const status = await factory(g, name)!.availability(opts);
      if (status === 'available' || status === 'downloadable' || status === 'downloading') {
        return { available: true, api, status, rewrite: (text, frame) => runRewrite(api, g, text, frame, lang) };
      }
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
  }
  return lastError ? { available: false, reason: 'error', detail: lastError } : { available: false, reason: 'model-unavailable' };
}
