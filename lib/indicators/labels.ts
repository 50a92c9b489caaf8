import type { Attribute, Topic } from '../model/taxonomy';

/** Languages indicator sentences are written in (the UI languages). */
export type SentenceLang = 'es' | 'ca' | 'en';

/** Attribute names as a brand manager reads them. */
export const ATTRIBUTE_LABELS: Record<Attribute, Record<SentenceLang, string>> = {
  safe: { en: 'safety', es: 'seguridad', ca: 'seguretat' },
  welcoming: { en: 'welcoming', es: 'acogida', ca: 'acollida' },
  innovative: { en: 'innovation', es: 'innovación', ca: 'innovació' },
  cultural: { en: 'culture', es: 'cultura', ca: 'cultura' },
  sustainable: { en: 'sustainability', es: 'sostenibilidad', ca: 'sostenibilitat' },
  liveable: { en: 'liveability', es: 'habitabilidad', ca: 'habitabilitat' },
  open: { en: 'openness', es: 'apertura', ca: 'obertura' },
  violent: { en: 'violence', es: 'violencia', ca: 'violència' },
  unsafe: { en: 'insecurity', es: 'inseguridad', ca: 'inseguretat' },
  dirty: { en: 'dirt', es: 'suciedad', ca: 'brutícia' },
  corrupt: { en: 'corruption', es: 'corrupción', ca: 'corrupció' },
  expensive: { en: 'high prices', es: 'carestía', ca: 'carestia' },
  overcrowded: { en: 'overcrowding', es: 'masificación', ca: 'massificació' },
  chaotic: { en: 'chaos', es: 'caos', ca: 'caos' },
  unwelcoming: { en: 'hostility', es: 'hostilidad', ca: 'hostilitat' },
};

/** Topic names. */
export const TOPIC_LABELS: Record<Topic, Record<SentenceLang, string>> = {
  security: { en: 'security', es: 'seguridad', ca: 'seguretat' },
  cleanliness: { en: 'cleanliness', es: 'limpieza', ca: 'neteja' },
  mobility: { en: 'mobility', es: 'movilidad', ca: 'mobilitat' },
  housing: { en: 'housing', es: 'vivienda', ca: 'habitatge' },
  tourism: { en: 'tourism', es: 'turismo', ca: 'turisme' },
  economy: { en: 'economy', es: 'economía', ca: 'economia' },
  culture: { en: 'culture', es: 'cultura', ca: 'cultura' },
  environment: { en: 'environment', es: 'medio ambiente', ca: 'medi ambient' },
  public_services: { en: 'public services', es: 'servicios públicos', ca: 'serveis públics' },
  governance: { en: 'governance', es: 'gobierno', ca: 'govern' },
  international: { en: 'international affairs', es: 'relaciones internacionales', ca: 'relacions internacionals' },
  sport: { en: 'sport', es: 'deporte', ca: 'esport' },
  health: { en: 'health', es: 'salud', ca: 'salut' },
  education: { en: 'education', es: 'educación', ca: 'educació' },
};

export const SENTIMENT_LABELS_TEXT: Record<'positive' | 'negative', Record<SentenceLang, string>> = {
  positive: { en: 'positive mentions', es: 'menciones positivas', ca: 'mencions positives' },
  negative: { en: 'negative mentions', es: 'menciones negativas', ca: 'mencions negatives' },
};
