// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { TryText } from '@/components/TryText';
import type { Lang } from '@/lib/model/taxonomy';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { createPipeline } from '@/lib/tagging/pipeline';

afterEach(cleanup);

// The real pipeline, as the background runs it for the demo profile and the shipped taxonomy.
const pipeline = createPipeline(BARCELONA_PROFILE);
const explain = async (text: string, lang?: Lang) => pipeline.explain({ text, lang });

function show(props: Partial<Parameters<typeof TryText>[0]> = {}, lang: 'es' | 'ca' | 'en' = 'es') {
  return render(<I18nProvider lang={lang}><TryText explain={explain} {...props} /></I18nProvider>);
}

async function tag(text: string) {
  fireEvent.change(screen.getByTestId('try-text'), { target: { value: text } });
  fireEvent.click(screen.getByTestId('try-run'));
  await waitFor(() => expect(screen.getByTestId('try-result')).toBeTruthy());
}

describe('TryText', () => {
  it('shows the tags of a text and the words behind each, negation included', async () => {
    show();
    await tag('El centro de Barcelona ya no es seguro, lo siento. Anoche apuñalaron a un chico en el Raval.');
    expect(screen.getByTestId('try-result-lang').textContent).toBe('Castellano');
    expect(screen.getByTestId('try-result-city').textContent).toBe('Barcelona, El Raval');
    expect(screen.getAllByTestId('attribute').map((a) => a.textContent)).toEqual([
      '− Atributo del que la ciudad quiere librarse: violencia',
      '− Atributo del que la ciudad quiere librarse: inseguridad',
    ]);
    const why = screen.getByTestId('try-hits').textContent!;
    expect(why).toContain('es seguro → − inseguridad; temas: seguridad (negado)');
    expect(why).toContain('apuñalaron → − violencia; temas: seguridad');
  });

  it('says when irony turned praise round', async () => {
    show({}, 'en');
    await tag('Sí, sí, Barcelona es segurísima, por eso llevo la mochila delante 🙃');
    expect(screen.getAllByTestId('attribute').map((a) => a.textContent)).toEqual(['− Attribute the city must shed: insecurity']);
    expect(screen.getByTestId('try-hits').textContent).toContain('segurísima → − insecurity; topics: security (read as irony)');
  });

  it('says which attribute the learned model added, and how sure it was', async () => {
    show();
    await tag('Nos piden 1.200 euros por un piso de 45 metros en Sants, sin ascensor');
    expect(screen.getAllByTestId('attribute').map((a) => a.textContent)).toEqual(['− Atributo del que la ciudad quiere librarse: carestía']);
    const learned = screen.getByTestId('learned-reason').textContent!;
    expect(learned).toMatch(/^− carestía: el modelo aprendido, seguro al \d+\s%/);
    expect(learned).toContain('(ninguna palabra de la lista lo daba)');
  });

  it('says which topic the learned model added', async () => {
    show({}, 'en');
    await tag('Han obert una llibreria nova al Poblenou i és una meravella');
    const learned = screen.getByTestId('learned-reason').textContent!;
    expect(learned).toMatch(/^topics: culture: the learned model, \d+% sure \(no listed word gave it\)$/);
  });

  it('explains an exception, forces the language when asked, and says when no city term matched', async () => {
    show({}, 'en');
    fireEvent.change(screen.getByTestId('try-lang'), { target: { value: 'es' } });
    await tag('Seguro que mañana llueve');
    expect(screen.getByTestId('try-result-lang').textContent).toBe('Spanish');
    expect(screen.getByTestId('try-result-city').textContent).toBe('None: browsing and feeds would skip this text');
    const why = screen.getByTestId('try-hits').textContent!;
    expect(why).toContain('Seguro que → an exception: these words count as nothing');
    expect(why).toContain('Seguro → inside an exception: counts as nothing');
  });

  it('renders hostile text as text', async () => {
    const { container } = show();
    await tag('<img src=x onerror=alert(1)> Barcelona está sucísima <script>alert(2)</script>');
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getByTestId('try-hits').textContent).toContain('sucísima');
  });

  it('asks for a text instead of tagging nothing, and reports a failure in words', async () => {
    show();
    fireEvent.click(screen.getByTestId('try-run'));
    expect(screen.getByTestId('try-error').textContent).toBe('Escribe o pega un texto primero.');
    cleanup();
    show({ explain: async () => { throw new Error('service worker unavailable'); } });
    fireEvent.change(screen.getByTestId('try-text'), { target: { value: 'Hola' } });
    fireEvent.click(screen.getByTestId('try-run'));
    await waitFor(() => expect(screen.getByTestId('try-error').textContent).toBe('No se ha podido etiquetar el texto: service worker unavailable'));
    expect(screen.queryByTestId('try-result')).toBeNull();
  });
});
