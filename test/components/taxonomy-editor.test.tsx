// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { TaxonomyEditor } from '@/components/TaxonomyEditor';
import type { UiLang } from '@/lib/model/settings';
import type { TopicTaxonomy } from '@/lib/model/topic-taxonomy';

afterEach(cleanup);

function renderEditor(lang: UiLang) {
  const saved: Array<TopicTaxonomy | undefined> = [];
  render(
    <I18nProvider lang={lang}>
      <TaxonomyEditor taxonomy={undefined} onSave={async (t) => { saved.push(t); }} />
    </I18nProvider>,
  );
  return saved;
}

function typeTerms(text: string) {
  fireEvent.change(screen.getByTestId('taxonomy-terms'), { target: { value: text } });
  fireEvent.click(screen.getByTestId('taxonomy-save'));
}

describe('TaxonomyEditor alternatives', () => {
  it.each<[UiLang, string]>([
    ['es', 'El término «(alquiler|precios por las nubes» tiene un grupo de alternativas mal escrito (carácter 1): falta cerrar el paréntesis.'],
    ['ca', 'El terme «(alquiler|precios por las nubes» té un grup d’alternatives mal escrit (caràcter 1): falta tancar el parèntesi.'],
  ])('%s: a malformed group is refused with where and why, and nothing is saved', async (lang, message) => {
    const saved = renderEditor(lang);
    typeTerms('seguridad\n(alquiler|precios por las nubes');
    expect((await screen.findByTestId('taxonomy-message')).textContent).toBe(message);
    expect(saved).toHaveLength(0);
  });

  it('saves a well-formed group as the user wrote it', async () => {
    const saved = renderEditor('es');
    typeTerms('seguridad\n(alquiler|precios) por las nubes');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.topics.security?.es).toEqual(['seguridad', '(alquiler|precios) por las nubes']);
  });
});

describe('TaxonomyEditor learned layer', () => {
  it('turns the learned layer off and saves that with the taxonomy', async () => {
    const saved = renderEditor('en');
    const box = screen.getByTestId('taxonomy-learned') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.closest('label')!.textContent).toContain('learned model');
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId('taxonomy-save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.learnedTags).toBe(false);
  });
});
