import { describe, expect, it } from 'vitest';
import { applyFix, checkClarity } from '../../lib/drafting/clarity';
import { DEFAULT_FRAMES } from '../../lib/drafting/frames';
import { DEFAULT_JARGON } from '../../lib/drafting/jargon';
import type { DraftLang } from '../../lib/model/evidence';
import { ClarityReportSchema } from '../../lib/model/draft';

const rules = (text: string, lang: DraftLang, rule: string) =>
  checkClarity(text, { lang }).findings.filter((f) => f.rule === rule);

describe('jargon', () => {
  it('has at least 30 entries per language, including the seminar list', () => {
    for (const lang of ['es', 'ca', 'en'] as const) expect(DEFAULT_JARGON[lang]!.length).toBeGreaterThanOrEqual(30);
    const es = DEFAULT_JARGON.es!.map((e) => e.term);
    for (const t of ['internacionalización', 'gobernanza', 'sinergias', 'poner en valor', 'transversal', 'empoderamiento', 'resiliencia', 'implementar']) {
      expect(es).toContain(t);
    }
    expect(DEFAULT_JARGON.ca!.map((e) => e.term)).toEqual(expect.arrayContaining(['governança', 'internacionalització', 'apoderament', 'resiliència']));
    expect(DEFAULT_JARGON.en!.map((e) => e.term)).toEqual(expect.arrayContaining(['governance', 'synergies', 'empowerment', 'resilience', 'implement']));
  });
  it.each([
    ['es', 'Vamos a poner en valor la gobernanza del barrio.', ['poner en valor', 'gobernanza']],
    ['ca', 'La governança transversal del districte.', ['governança', 'transversal']],
    ['en', 'Our governance will leverage synergies.', ['governance', 'leverage', 'synergies']],
  ] as const)('%s: flags institutional terms at their position', (lang, text, terms) => {
    const found = rules(text, lang, 'jargon').map((f) => text.slice(f.start, f.end).toLowerCase());
    expect(found).toEqual([...terms]);
  });
  it.each([
    ['es', 'Abrimos tres refugios en tu barrio.'],
    ['ca', 'Obrim tres refugis al teu barri.'],
    ['en', 'We opened three shelters in your area.'],
  ] as const)('%s: plain text has no jargon', (lang, text) => expect(rules(text, lang, 'jargon')).toEqual([]));
  it('a fix swaps the term for the plain word and keeps the capital', () => {
    const text = 'Sinergias entre barrios.';
    const [f] = rules(text, 'es', 'jargon');
    expect(applyFix(text, f)).toBe('Colaboración entre barrios.');
  });
  it('an inflected form is flagged without an automatic swap', () => {
    const [f] = rules('Lo hemos implementado hoy.', 'es', 'jargon');
    expect(f.fix).toBeUndefined();
  });
  it('does not flag words inside links or hashtags', () => {
    expect(rules('Más en https://bcn.cat/gobernanza #gobernanza', 'es', 'jargon')).toEqual([]);
  });
});

describe('words the group frame avoids', () => {
  it.each([
    ['es', 'En el ámbito del barrio hay una actuación nueva.', ['ámbito']],
    ['ca', "En l'àmbit del barri hi ha un nou equipament.", ['àmbit']],
    ['en', 'A new facility for the neighbourhood.', ['facility']],
  ] as const)('%s: flags the citizen frame avoid list, leaving jargon to the jargon rule', (lang, text, terms) => {
    const report = checkClarity(text, { lang, frame: DEFAULT_FRAMES.citizen });
    const avoided = report.findings.filter((f) => f.rule === 'avoid-word').map((f) => text.slice(f.start, f.end).toLowerCase());
    expect(avoided).toEqual([...terms]);
    if (lang !== 'en') expect(report.findings.some((f) => f.rule === 'jargon')).toBe(true);
    expect(checkClarity(text, { lang }).findings.some((f) => f.rule === 'avoid-word')).toBe(false);
  });
});

describe('long sentences', () => {
  const long = (w: string) => Array.from({ length: 26 }, () => w).join(' ') + '.';
  it.each(['es', 'ca', 'en'] as const)('%s: flags a sentence over 25 words, not one of 25', (lang) => {
    expect(rules(long('casa'), lang, 'long-sentence')).toHaveLength(1);
    expect(rules(long('casa').split(' ').slice(1).join(' '), lang, 'long-sentence')).toHaveLength(0);
  });
});

describe('passive voice', () => {
  it.each([
    ['es', 'Los refugios fueron abiertos por el Ayuntamiento.', 'fueron abiertos'],
    ['es', 'El plan ha sido aprobado hoy.', 'sido aprobado'],
    ['ca', 'Els refugis van ser inaugurats ahir.', 'ser inaugurats'],
    ['ca', 'La plaça és netejada cada dia.', 'és netejada'],
    ['en', 'The shelters were opened by the council.', 'were opened'],
    ['en', 'The plan has been fully approved.', 'been fully approved'],
  ] as const)('%s: flags "%s"', (lang, text, phrase) => {
    const found = rules(text, lang, 'passive').map((f) => text.slice(f.start, f.end));
    expect(found).toEqual([phrase]);
  });
  it.each([
    ['es', 'Se han abierto tres refugios.'],
    ['es', 'Se abrieron tres refugios y es importante saberlo.'],
    ['es', 'No es nada.'],
    ['ca', "S'han obert tres refugis. La ciutat és la teva."],
    ['en', 'We opened three shelters. The need is real.'],
  ] as const)('%s: does not flag "%s" (pasiva refleja / active / adjective)', (lang, text) => {
    expect(rules(text, lang, 'passive')).toEqual([]);
  });
});

describe('numbers without context', () => {
  it.each([
    ['es', 'Hemos invertido 3.', '3'],
    ['ca', 'Ja en som 12.', '12'],
    ['en', 'We spent 40.', '40'],
  ] as const)('%s: flags a bare number', (lang, text, n) => {
    const found = rules(text, lang, 'number-without-context').map((f) => text.slice(f.start, f.end));
    expect(found).toEqual([n]);
  });
  it.each([
    ['es', '3 nuevos refugios, un 20 % menos de calor, 5 °C, 1.200 € y más de 40 en 2025. Refugios: 3.'],
    ['ca', '3 refugis nous, 5 °C menys i fins a 40 persones el 2025.'],
    ['en', '3 new shelters, 5 °C cooler, up to 40 people, €2 million in 2025.'],
  ] as const)('%s: numbers with a unit, noun, comparison or year pass', (lang, text) => {
    expect(rules(text, lang, 'number-without-context')).toEqual([]);
  });
  it('flags a text with no number at all, and not one with a number word', () => {
    expect(rules('Abrimos refugios en tu barrio.', 'es', 'no-number')).toHaveLength(1);
    expect(rules('Abrimos tres refugios en tu barrio.', 'es', 'no-number')).toHaveLength(0);
    expect(rules('We opened shelters. See https://x.com/1', 'en', 'no-number')).toHaveLength(1);
  });
});

describe('reader, benefit and call to action', () => {
  it.each([
    ['es', 'Tienes un refugio cerca de casa. Consulta el mapa.', 'Se ha abierto un refugio. El horario es amplio.'],
    ['ca', 'Tens un refugi a prop de casa. Consulta el mapa.', "S'ha obert un refugi. L'horari és ampli."],
    ['en', 'You have a shelter near home. Check the map.', 'A shelter opened. The hours are long.'],
  ] as const)('%s: positive and negative examples', (lang, good, bad) => {
    for (const rule of ['no-reader', 'no-benefit', 'no-cta']) {
      expect(rules(good, lang, rule), `${rule} on good`).toHaveLength(0);
      expect(rules(bad, lang, rule), `${rule} on bad`).toHaveLength(1);
    }
  });
  it('counts usted and vosotros as addressing the reader', () => {
    expect(rules('Ustedes decidirán.', 'es', 'no-reader')).toHaveLength(0);
    expect(rules('Vosaltres decidireu.', 'ca', 'no-reader')).toHaveLength(0);
    expect(rules("Inscriu-te avui.", 'ca', 'no-reader')).toHaveLength(0);
  });
  it('a noun that looks like an imperative mid-sentence is not a call to action', () => {
    expect(rules('La consulta ciudadana acabó ayer.', 'es', 'no-cta')).toHaveLength(1);
  });
  it('with a frame, the fixes add the group benefit first and its call to action last', () => {
    const frame = DEFAULT_FRAMES.citizen;
    const text = 'Hemos abierto 3 refugios climáticos en Nou Barris';
    const report = checkClarity(text, { lang: 'es', frame, topic: 'environment' });
    const benefit = report.findings.find((f) => f.rule === 'no-benefit')!;
    const cta = report.findings.find((f) => f.rule === 'no-cta')!;
    const fixed = applyFix(applyFix(text, cta), benefit);
    expect(fixed).toBe(`${frame.benefitByTopic.environment!.es} ${text}. ${frame.cta.es[0]}`);
    const after = checkClarity(fixed, { lang: 'es' }).findings.map((f) => f.rule);
    expect(after).not.toContain('no-benefit');
    expect(after).not.toContain('no-cta');
  });
});

describe('channel length and tone', () => {
  it('flags a post over the channel limit from the first character past it', () => {
    const text = 'Refugio '.repeat(40).trim();
    const report = checkClarity(text, { lang: 'es', channel: 'x' });
    const f = report.findings.find((x) => x.rule === 'too-long')!;
    expect(report.length).toMatchObject({ channel: 'x', count: 319, limit: 280, over: true });
    expect(f.start).toBe(280);
    expect(checkClarity('Corto.', { lang: 'es', channel: 'x' }).findings.some((x) => x.rule === 'too-long')).toBe(false);
  });
  it('reports the tone and flags a negative draft', () => {
    const report = checkClarity('This is a terrible, awful disaster and we hate it.', { lang: 'en' });
    expect(report.tone.label).toBe('negative');
    expect(report.findings.some((f) => f.rule === 'negative-tone')).toBe(true);
  });
});

describe('report', () => {
  it('is valid against the schema, with messages in the UI language', () => {
    const es = checkClarity('Sinergias.', { lang: 'es', uiLang: 'es', channel: 'bluesky' });
    const en = checkClarity('Sinergias.', { lang: 'es', uiLang: 'en', channel: 'bluesky' });
    const ca = checkClarity('Sinergias.', { lang: 'es', uiLang: 'ca', channel: 'bluesky' });
    expect(() => ClarityReportSchema.parse(es)).not.toThrow();
    expect(es.findings.map((f) => f.rule)).toEqual(en.findings.map((f) => f.rule));
    expect(new Set([es.findings[0].message, en.findings[0].message, ca.findings[0].message]).size).toBe(3);
  });
  it('notes that Catalan scores are an approximation', () => {
    expect(checkClarity('Obrim tres refugis.', { lang: 'ca' }).note).toMatch(/aproximació/);
    expect(checkClarity('Abrimos tres refugios.', { lang: 'es' }).note).toBeUndefined();
  });
  it('applyFix leaves the text alone when there is no fix', () => {
    expect(applyFix('abc', { rule: 'no-cta', message: '', start: 3, end: 3 })).toBe('abc');
  });
});
