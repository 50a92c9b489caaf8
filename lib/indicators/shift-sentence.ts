import type { Shift } from '../model/indicator';
import type { Attribute, Topic } from '../model/taxonomy';
import { ATTRIBUTE_LABELS, SENTIMENT_LABELS_TEXT, TOPIC_LABELS, type SentenceLang } from './labels';

const LOCALE: Record<SentenceLang, string> = { es: 'es-ES', ca: 'ca-ES', en: 'en-GB' };

function subject(s: Shift, lang: SentenceLang): string {
  switch (s.metric) {
    case 'attribute': {
      const label = ATTRIBUTE_LABELS[s.key as Attribute]?.[lang] ?? s.key;
      return { en: `${label} association`, es: `asociación con ${label}`, ca: `associació amb ${label}` }[lang];
    }
    case 'topic': {
      const label = TOPIC_LABELS[s.key as Topic]?.[lang] ?? s.key;
      return { en: `${label} share`, es: `peso de ${label}`, ca: `pes de ${label}` }[lang];
    }
    case 'sentiment':
      return SENTIMENT_LABELS_TEXT[s.key as 'positive' | 'negative']?.[lang] ?? s.key;
    case 'volume':
      return { en: 'mentions per day', es: 'menciones al día', ca: 'mencions al dia' }[lang];
  }
}

function period(days: number, lang: SentenceLang, which: 'recent' | 'baseline'): string {
  const d = Math.round(days * 10) / 10;
  if (which === 'recent') {
    if (d === 1) return { en: 'in the last 24 hours', es: 'en las últimas 24 horas', ca: 'en les últimes 24 hores' }[lang];
    if (d === 7) return { en: 'this week', es: 'esta semana', ca: 'aquesta setmana' }[lang];
    return { en: `in the last ${d} days`, es: `en los últimos ${d} días`, ca: `en els darrers ${d} dies` }[lang];
  }
  return { en: `over the previous ${d} days`, es: `en los ${d} días anteriores`, ca: `en els ${d} dies anteriors` }[lang];
}

function pText(p: number, lang: SentenceLang): string {
  if (p < 0.001) return 'p < 0.001'.replace('0.001', lang === 'en' ? '0.001' : '0,001');
  const fixed = p.toFixed(3);
  return `p = ${lang === 'en' ? fixed : fixed.replace('.', ',')}`;
}

/**
 * One plain sentence per shift, e.g. "violence association 9.1% this week vs 4.2% over the
 * previous 90 days, p < 0.001, driven by 37 posts". The p shown is the BH-adjusted q-value,
 * the one that decides significance. Numbers follow the language's conventions.
 */
export function shiftSentence(s: Shift, lang: SentenceLang, recentDays: number, baselineDays: number): string {
  const locale = LOCALE[lang];
  const value = (x: number) => s.metric === 'volume'
    ? new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x)
    : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
  const posts = new Intl.NumberFormat(locale).format(s.driverCount);
  const driven = { en: `driven by ${posts} posts`, es: `a partir de ${posts} publicaciones`, ca: `a partir de ${posts} publicacions` }[lang];
  const vs = { en: 'vs', es: 'frente a', ca: 'davant de' }[lang];
  const verdict = s.significant ? '' : { en: ' (not significant)', es: ' (no significativo)', ca: ' (no significatiu)' }[lang];
  return `${subject(s, lang)} ${value(s.recent)} ${period(recentDays, lang, 'recent')} ${vs} ${value(s.baseline)} ${period(baselineDays, lang, 'baseline')}, ${pText(s.qValue, lang)}${verdict}, ${driven}`;
}

/** shiftSentence in all three UI languages. */
export function shiftSentences(s: Shift, recentDays: number, baselineDays: number): Record<SentenceLang, string> {
  return {
    es: shiftSentence(s, 'es', recentDays, baselineDays),
    ca: shiftSentence(s, 'ca', recentDays, baselineDays),
    en: shiftSentence(s, 'en', recentDays, baselineDays),
  };
}
