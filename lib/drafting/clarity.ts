import type { Channel, ClarityReport, Finding, Frame } from '../model/draft';
import type { DraftLang } from '../model/evidence';
import type { Topic } from '../model/taxonomy';
import { analyzeSentiment } from '../tagging/sentiment';
import { countForChannel } from './channel-length';
import { CATALAN_NOTE, clarityMessage } from './clarity-messages';
import { foldSameLength, phraseRegex } from './fold';
import { DEFAULT_JARGON, jargonFor, type JargonList } from './jargon';
import {
  ADDRESS_CLITICS, ADDRESS_WORDS, BE_FORMS, BENEFIT_CUES, COMPARISON_CUES, CTA_WORDS, FUNCTION_WORDS,
  IRREGULAR_PARTICIPLES, NOT_PARTICIPLES, NUMBER_WORDS, PARTICIPLE_ENDINGS, PASSIVE_ADVERBS, UNIT_AFTER, UNIT_BEFORE,
} from './lexicon';
import { readability } from './readability';
import { nonProseSpans, sentences, words, type Span } from './text-units';

/** Longest sentence, in words, before it is flagged. */
export const MAX_SENTENCE_WORDS = 25;

export type ClarityOptions = {
  lang: DraftLang;
  /** Language of the finding messages; defaults to `lang`. */
  uiLang?: DraftLang;
  channel?: Channel;
  /** Jargon list to use instead of the built-in one (e.g. the user's edited list). */
  jargon?: JargonList;
  /** The target group's frame: enables one-click fixes that add its benefit or call to action. */
  frame?: Frame;
  /** Topic of the message, to pick the frame's benefit sentence. */
  topic?: Topic;
};

// Word lists become folded sets once: the checks run on every keystroke.
const setCache = new WeakMap<string[], Set<string>>();
function setOf(list: string[]): Set<string> {
  let set = setCache.get(list);
  if (!set) { set = new Set(list.map(foldSameLength)); setCache.set(list, set); }
  return set;
}
const matchesAny = (re: RegExp, text: string) => { re.lastIndex = 0; return re.test(text); };

function keepCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  return first && first === first.toUpperCase() && first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

function jargonFindings(text: string, folded: string, lang: DraftLang, ui: DraftLang, list: JargonList): Finding[] {
  const out: Finding[] = [];
  const skip = nonProseSpans(text);
  for (const entry of jargonFor(list, lang)) {
    const re = phraseRegex([entry.term, ...(entry.forms ?? [])]);
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (skip.some((s) => start < s.end && end > s.start)) continue;
      if (out.some((f) => start < f.end && end > f.start)) continue;
      const original = text.slice(start, end);
      const exact = m[0] === foldSameLength(entry.term);
      const finding: Finding = {
        rule: 'jargon',
        message: clarityMessage('jargon', ui, { term: original, alternatives: entry.alternatives.join(ui === 'en' ? '", "' : '», «') })
          + (entry.hint ? ` ${entry.hint}` : ''),
        start, end,
      };
      // Swap only the base form: an inflected form needs the sentence rephrased by a person.
      if (exact && entry.fixable !== false) finding.fix = { replacement: keepCase(original, entry.alternatives[0]), start, end };
      out.push(finding);
    }
  }
  return out;
}

// Words the target group's frame says to avoid (no swap: the frame gives no alternative).
function avoidWordFindings(text: string, folded: string, lang: DraftLang, ui: DraftLang, frame: Frame, taken: Finding[]): Finding[] {
  const out: Finding[] = [];
  const skip = nonProseSpans(text);
  const group = frame.label[ui].toLowerCase();
  for (const m of folded.matchAll(phraseRegex(frame.avoid[lang]))) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start < s.end && end > s.start) || taken.some((f) => start < f.end && end > f.start)) continue;
    out.push({ rule: 'avoid-word', message: clarityMessage('avoid-word', ui, { term: text.slice(start, end), group }), start, end });
  }
  return out;
}

function longSentenceFindings(text: string, ui: DraftLang): Finding[] {
  return sentences(text).flatMap((s) => {
    const n = words(s.text).length;
    return n > MAX_SENTENCE_WORDS
      ? [{ rule: 'long-sentence' as const, message: clarityMessage('long-sentence', ui, { words: n, max: MAX_SENTENCE_WORDS }), start: s.start, end: s.end }]
      : [];
  });
}

function isParticiple(word: string, lang: DraftLang): boolean {
  const w = foldSameLength(word);
  if (setOf(NOT_PARTICIPLES[lang]).has(w)) return false;
  if (setOf(IRREGULAR_PARTICIPLES[lang]).has(w)) return true;
  return w.length >= 5 && PARTICIPLE_ENDINGS[lang].test(w);
}

function isAdverb(word: string, lang: DraftLang): boolean {
  const w = foldSameLength(word);
  return PASSIVE_ADVERBS[lang].some((a) => (a.startsWith('*') ? w.length > a.length + 2 && w.endsWith(a.slice(1)) : w === foldSameLength(a)));
}

function passiveFindings(text: string, lang: DraftLang, ui: DraftLang): Finding[] {
  const ws = words(text);
  const be = setOf(BE_FORMS[lang]);
  const adjacent = (a: Span, b: Span) => /^\s+$/.test(text.slice(a.end, b.start));
  const out: Finding[] = [];
  for (let i = 0; i < ws.length - 1; i++) {
    if (!be.has(foldSameLength(ws[i].text))) continue;
    let j = i + 1;
    if (j < ws.length - 1 && isAdverb(ws[j].text, lang) && adjacent(ws[i], ws[j])) j++;
    if (!adjacent(ws[j - 1], ws[j]) || !isParticiple(ws[j].text, lang)) continue;
    const start = ws[i].start;
    const end = ws[j].end;
    out.push({ rule: 'passive', message: clarityMessage('passive', ui, { phrase: text.slice(start, end) }), start, end });
    i = j;
  }
  return out;
}

const NUMBER_RE = /(?<![\p{L}\p{N}_.,:/])\d+(?:[.,]\d+)*(?![\p{L}\p{N}_:/])/gu;

function numberFindings(text: string, lang: DraftLang, ui: DraftLang): Finding[] {
  const skip = nonProseSpans(text);
  const fn = setOf(FUNCTION_WORDS[lang]);
  const cues = setOf(COMPARISON_CUES[lang]);
  const out: Finding[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip.some((s) => start >= s.start && start < s.end)) continue;
    const value = Number(m[0].replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.'));
    // A year speaks for itself ("en 2025").
    if (/^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100) continue;
    // A short window each side is enough and keeps the check linear in the text length.
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, start - 80), start);
    if (UNIT_AFTER.test(after) || UNIT_BEFORE.test(before)) continue;
    // Label: value ("Refugios: 3").
    if (/\p{L}\s*:\s*$/u.test(before)) continue;
    // Up to two words after the number, within the same clause: one content word is enough.
    const next = [...after.matchAll(/^[\s-]*([\p{L}\p{M}·']+)(?:\s+([\p{L}\p{M}·']+))?/gu)][0];
    const following = next ? [next[1], next[2]].filter(Boolean).map((w) => foldSameLength(w!)) : [];
    if (following.some((w) => !fn.has(w))) continue;
    // "más de 3", "up to 3": a comparison gives the number its scale.
    const prev = [...before.matchAll(/([\p{L}\p{M}·']+)[\s]*$/gu)][0]?.[1];
    const prevWords = before.trimEnd().split(/\s+/).slice(-2).map((w) => foldSameLength(w.replace(/[^\p{L}\p{M}·']/gu, '')));
    if (prev && prevWords.some((w) => cues.has(w))) continue;
    out.push({ rule: 'number-without-context', message: clarityMessage('number-without-context', ui, { number: m[0] }), start, end });
  }
  return out;
}

function hasNumber(text: string, folded: string, lang: DraftLang): boolean {
  const skip = nonProseSpans(text);
  for (const m of text.matchAll(/\d/g)) if (!skip.some((s) => m.index >= s.start && m.index < s.end)) return true;
  return matchesAny(phraseRegex(NUMBER_WORDS[lang]), folded);
}

function addressesReader(text: string, folded: string, lang: DraftLang): boolean {
  if (matchesAny(phraseRegex(ADDRESS_WORDS[lang]), folded)) return true;
  const clitic = ADDRESS_CLITICS[lang];
  if (clitic && clitic.test(folded)) return true;
  return hasCallToAction(text, folded, lang);
}

function hasCallToAction(text: string, folded: string, lang: DraftLang): boolean {
  const phrases = CTA_WORDS[lang];
  // Multi-word phrases and clitic forms are unambiguous anywhere; a bare imperative counts at the
  // start of a sentence or after a colon ("Consulta…", "Info: …"), where it is not a noun.
  const anywhere = phrases.filter((p) => /[\s'-]/.test(p));
  if (matchesAny(phraseRegex(anywhere), folded)) return true;
  const single = setOf(phrases.filter((p) => !/[\s'-]/.test(p)));
  for (const s of sentences(text)) {
    for (const part of s.text.split(/:\s*/)) {
      const first = part.match(/^[^\p{L}]*([\p{L}\p{M}·]+)/u)?.[1];
      if (first && single.has(foldSameLength(first))) return true;
    }
  }
  return false;
}

function benefitStated(folded: string, lang: DraftLang): boolean {
  return matchesAny(phraseRegex(BENEFIT_CUES[lang]), folded);
}

/**
 * Checks a draft for plain-language clarity: readability scores, long sentences, passive voice,
 * numbers without context, jargon, whether it speaks to the reader, states a benefit and asks
 * for an action, fits the channel, and its tone. Runs on every keystroke: pure and fast.
 */
export function checkClarity(text: string, options: ClarityOptions): ClarityReport {
  const { lang, channel, frame, topic } = options;
  const ui = options.uiLang ?? lang;
  const folded = foldSameLength(text);
  const { stats, scores } = readability(text, lang, ui);
  const jargon = jargonFindings(text, folded, lang, ui, options.jargon ?? DEFAULT_JARGON);
  const findings: Finding[] = [
    ...jargon,
    ...(frame ? avoidWordFindings(text, folded, lang, ui, frame, jargon) : []),
    ...longSentenceFindings(text, ui),
    ...passiveFindings(text, lang, ui),
    ...numberFindings(text, lang, ui),
  ];
  const whole = { start: 0, end: text.length };
  if (text.trim()) {
    if (!hasNumber(text, folded, lang)) findings.push({ rule: 'no-number', message: clarityMessage('no-number', ui), ...whole });
    if (!addressesReader(text, folded, lang)) findings.push({ rule: 'no-reader', message: clarityMessage('no-reader', ui), ...whole });
    if (!benefitStated(folded, lang)) {
      const f: Finding = { rule: 'no-benefit', message: clarityMessage('no-benefit', ui), ...whole };
      if (frame) {
        const benefit = (topic && frame.benefitByTopic[topic]?.[lang]) || frame.benefitGeneric[lang];
        f.fix = { replacement: `${benefit} `, start: 0, end: 0 };
      }
      findings.push(f);
    }
    if (!hasCallToAction(text, folded, lang)) {
      const f: Finding = { rule: 'no-cta', message: clarityMessage('no-cta', ui), start: text.length, end: text.length };
      if (frame) {
        const end = text.trimEnd().length;
        f.fix = { replacement: `${/[.!?…]$/.test(text.trimEnd()) ? '' : '.'} ${frame.cta[lang][0]}`, start: end, end };
      }
      findings.push(f);
    }
  }
  let length: ClarityReport['length'];
  if (channel) {
    const c = countForChannel(text, channel);
    length = { channel, count: c.count, limit: c.limit, unit: c.unit, over: c.over };
    if (c.over) {
      findings.push({
        rule: 'too-long',
        message: clarityMessage('too-long', ui, { channel, count: c.count, limit: c.limit, unit: c.unit }),
        start: c.overAt ?? 0, end: text.length,
      });
    }
  }
  const tone = analyzeSentiment(text, lang);
  if (tone.label === 'negative') findings.push({ rule: 'negative-tone', message: clarityMessage('negative-tone', ui), ...whole });
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    lang, uiLang: ui, readability: scores, stats,
    ...(lang === 'ca' ? { note: CATALAN_NOTE[ui] } : {}),
    ...(length ? { length } : {}),
    tone: { label: tone.label, score: tone.score, tagger: tone.tagger },
    findings,
  };
}

/** Applies a finding's fix to the text it was found in; returns the text unchanged if none. */
export function applyFix(text: string, finding: Finding): string {
  if (!finding.fix) return text;
  const { start, end, replacement } = finding.fix;
  if (start > end || end > text.length) return text;
  return text.slice(0, start) + replacement + text.slice(end);
}
