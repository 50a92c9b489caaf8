// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { MentionCard } from '@/components/MentionCard';
import { isSafeHref } from '@/components/SafeLink';
import type { Mention } from '@/lib/model/mention';
import { editMentionTags, type TagEdit } from '@/lib/tagging/tag-edits';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline, type TagExplanation } from '@/lib/tagging/pipeline';

afterEach(cleanup);

const base: Mention = {
  id: 'web:1', origin: 'manual', platform: 'web', url: 'https://e.test/a', text: 'x', author: { name: 'Anna' },
  capturedAt: '2026-11-24T10:00:00.000Z', lang: 'ca', sentiment: { label: 'negative', score: -0.5, tagger: 'sentiment@1' },
  topics: [], attributes: [], matched: ['Barcelona'], taggers: {}, sortAt: '2026-11-24T10:00:00.000Z',
};

function show(m: Partial<Mention>, lang: 'es' | 'ca' | 'en' = 'es', onCorrectTags?: (m: Mention, edit: TagEdit | undefined) => void) {
  return render(<I18nProvider lang={lang}><MentionCard mention={{ ...base, ...m }} onCorrectTags={onCorrectTags} /></I18nProvider>);
}

/** A Spanish post tagged by the live pipeline (demo profile, shipped taxonomy), and the feed's explain callback. */
function liveMention(text: string): { m: Mention; explain: (x: Mention) => Promise<TagExplanation> } {
  const pipeline = createPipeline(BARCELONA_PROFILE);
  const tags = pipeline.tag({ text, lang: 'es' });
  return {
    m: { ...base, text, lang: tags.lang, sentiment: tags.sentiment, topics: tags.topics, attributes: tags.attributes, matched: tags.matched },
    explain: async (x) => pipeline.explain({ text: x.text, title: x.title, lang: x.lang }),
  };
}

describe('MentionCard', () => {
  it('renders captured markup as text, never as elements', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>';
    const { container } = show({ text: hostile, title: '<svg onload=alert(3)>' });
    expect(screen.getByTestId('mention-text').textContent).toBe(hostile);
    expect(container.querySelector('img, script, svg, b')).toBeNull();
  });

  it('shows language and sentiment in the UI language, with a text label as well as colour', () => {
    show({}, 'ca');
    expect(screen.getByTestId('sentiment').textContent).toContain('Negatiu');
    expect(screen.getByTestId('lang').textContent).toBe('Català');
  });

  it('links only to http(s) sources, in a new tab without opener access', () => {
    show({ url: 'https://diari.test/nota' });
    const link = screen.getByRole('link', { name: 'Abrir la fuente' });
    expect(link.getAttribute('href')).toBe('https://diari.test/nota');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    cleanup();
    show({ url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link', { name: 'Abrir la fuente' })).toBeNull();
    expect(screen.getByText('Abrir la fuente').tagName).toBe('SPAN');
  });

  it('shows brand attributes (marked as wanted or to shed) and topics in the UI language', () => {
    show({ topics: ['security', 'tourism'], attributes: ['violent', 'welcoming'] }, 'ca');
    const attrs = screen.getAllByTestId('attribute');
    expect(attrs.map((a) => a.textContent)).toEqual([
      '− Atribut del qual la ciutat es vol desfer: violència',
      '+ Atribut que la ciutat vol tenir: acollida',
    ]);
    expect(attrs[0].className).toContain('attr-negative');
    expect(attrs[1].className).toContain('attr-positive');
    expect(screen.getAllByTestId('topic').map((x) => x.textContent)).toEqual(['seguretat', 'turisme']);
    cleanup();
    show({ topics: [], attributes: [] });
    expect(screen.queryByTestId('topic')).toBeNull();
    expect(screen.queryByTestId('attribute')).toBeNull();
  });

  it('lets the user correct sentiment, attributes and topics, and undo the corrections', () => {
    const edits: Array<TagEdit | undefined> = [];
    const tagged = { topics: ['security' as const], attributes: ['violent' as const] };
    const { rerender } = show(tagged, 'es', (_m, e) => edits.push(e));
    expect(screen.queryByTestId('tag-corrector')).toBeNull();
    fireEvent.click(screen.getByTestId('correct-tags'));
    expect(screen.getByTestId('correct-tags').getAttribute('aria-expanded')).toBe('true');
    expect((screen.getByTestId('correct-attribute-violent') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('correct-sentiment-negative') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('correct-attribute-violent'));
    fireEvent.click(screen.getByTestId('correct-topic-tourism'));
    fireEvent.click(screen.getByTestId('correct-sentiment-neutral'));
    expect(edits).toEqual([
      { kind: 'attribute', label: 'violent', on: false },
      { kind: 'topic', label: 'tourism', on: true },
      { kind: 'sentiment', label: 'neutral' },
    ]);
    // The card shows the corrections at once, before the stored mention is read back.
    expect(screen.queryByTestId('attribute')).toBeNull();
    expect((screen.getByTestId('correct-topic-tourism') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('corrected').textContent).toBe('Corregida por ti');
    // Stored and read back (as the feed's live query does), the card shows the corrected tags.
    const corrected = edits.reduce((m, e) => editMentionTags(m, e!, new Date('2026-11-25T09:00:00Z')), { ...base, ...tagged } as Mention);
    rerender(<I18nProvider lang="es"><MentionCard mention={corrected} onCorrectTags={(_m, e) => edits.push(e)} /></I18nProvider>);
    expect(screen.getByTestId('corrected').textContent).toBe('Corregida por ti');
    expect(screen.queryByTestId('attribute')).toBeNull();
    expect(screen.getAllByTestId('topic').map((x) => x.textContent)).toEqual(['seguridad', 'turismo']);
    expect(screen.getByTestId('sentiment').textContent).toContain('Neutro');
    fireEvent.click(screen.getByTestId('correct-undo'));
    expect(edits[3]).toBeUndefined();
    expect(edits).toHaveLength(4);
  });

  it('says which words gave the tags, with the live pipeline, and notes a correction', async () => {
    const { m, explain } = liveMention('Pelea multitudinaria anoche en la Barceloneta: la playa llena de basura');
    const { rerender } = render(<I18nProvider lang="es"><MentionCard mention={m} explain={explain} /></I18nProvider>);
    expect(screen.queryByTestId('why-panel')).toBeNull();
    fireEvent.click(screen.getByTestId('why-tags'));
    await waitFor(() => expect(screen.getByTestId('why-hits')).toBeTruthy());
    const why = screen.getByTestId('why-hits').textContent!;
    expect(why).toContain('Pelea multitudinaria → − violencia');
    expect(why).toContain('− suciedad');
    fireEvent.click(screen.getByTestId('why-tags'));
    expect(screen.queryByTestId('why-panel')).toBeNull();
    const corrected = editMentionTags(m, { kind: 'attribute', label: 'dirty', on: false }, new Date('2026-11-25T09:00:00Z'));
    rerender(<I18nProvider lang="es"><MentionCard mention={corrected} explain={async () => { throw new Error('sin respuesta'); }} /></I18nProvider>);
    fireEvent.click(screen.getByTestId('why-tags'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('No se ha podido etiquetar el texto: sin respuesta'));
    expect(screen.getByTestId('why-panel').textContent).toContain('Corregiste las etiquetas de esta mención');
  });

  it('lists what the learned layer added when no word of the lists gave it', async () => {
    const { m, explain } = liveMention('Nos piden 1.200 euros por un piso de 45 metros en Sants, sin ascensor');
    render(<I18nProvider lang="es"><MentionCard mention={m} explain={explain} /></I18nProvider>);
    fireEvent.click(screen.getByTestId('why-tags'));
    await waitFor(() => expect(screen.getByTestId('learned-reason')).toBeTruthy());
    expect(screen.getByTestId('learned-reason').textContent).toMatch(/^− carestía: el modelo aprendido, seguro al \d+\s%/);
  });

  it('offers no correction where the feed cannot save one', () => {
    show({});
    expect(screen.queryByTestId('correct-tags')).toBeNull();
  });

  it('marks demo data and unmatched manual captures', () => {
    show({ demo: true, unmatched: true });
    expect(screen.getByText('Datos de demostración')).toBeTruthy();
    expect(screen.getByText('Sin término de la ciudad')).toBeTruthy();
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://a.test/x', true], ['http://a.test', true], ['javascript:alert(1)', false],
    ['data:text/html,<script>', false], ['//evil.test', false], ['not a url', false],
  ])('%s → %s', (href, ok) => expect(isSafeHref(href)).toBe(ok));
});
