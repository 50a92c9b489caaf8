// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { ProfileEditor } from '@/components/ProfileEditor';
import { CityProfileSchema, type CityProfile } from '@/lib/model/city-profile';

afterEach(cleanup);

const BA = CityProfileSchema.parse({
  version: 1, id: 'buenos-aires', name: 'Buenos Aires', country: 'AR', languages: ['es'],
  timezone: 'America/Argentina/Buenos_Aires', names: ['Buenos Aires'], neighbourhoods: ['Palermo', 'Flores', 'La Boca'],
});
const POSTS = [
  'Le llevé flores a mi vieja <script>alert(1)</script>',
  'Qué lindas flores en la feria de Palermo',
  'Ramo de flores y bombones',
  'Tercera noche sin luz en Flores',
];

function renderEditor(read: () => Promise<string[]>, saved: CityProfile[]) {
  render(
    <I18nProvider lang="es">
      <ProfileEditor profile={BA} onSave={async (p) => { saved.push(p); }} onReset={async () => undefined} recentTexts={{ read, limit: 5000 }} />
    </I18nProvider>,
  );
}

describe('the profile check for names written as everyday words', () => {
  it('lists a name most stored posts write in lower case, moves it to the everyday words, and saves it there', async () => {
    const saved: CityProfile[] = [];
    renderEditor(async () => POSTS, saved);
    fireEvent.click(screen.getByRole('button', { name: 'Revisar las publicaciones guardadas' }));
    const list = await screen.findByTestId('lower-case-terms');
    expect(list.textContent).toContain('Flores (Barrios): 3 de 4 publicaciones lo escriben en minúscula');
    // Post text is shown as text, never as markup.
    expect(list.textContent).toContain('<script>alert(1)</script>');
    expect(list.querySelector('script')).toBeNull();
    expect(list.textContent).not.toContain('Palermo (');

    fireEvent.click(screen.getByRole('button', { name: 'Pasar a palabras comunes' }));
    expect(screen.getByText('Pasado a palabras comunes: guarda el perfil para aplicarlo.')).toBeTruthy();
    expect((screen.getByTestId('profile-neighbourhoods') as HTMLTextAreaElement).value).toBe('Palermo\nLa Boca');
    expect((screen.getByTestId('profile-everydayWords') as HTMLTextAreaElement).value).toBe('Flores');
    fireEvent.click(screen.getByTestId('profile-save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].neighbourhoods).toEqual(['Palermo', 'La Boca']);
    expect(saved[0].everydayWords).toEqual(['Flores']);
  });

  it('says when no name is mostly written in lower case, and when the posts cannot be read', async () => {
    renderEditor(async () => ['Tercera noche sin luz en Flores', 'Palermo Soho'], []);
    fireEvent.click(screen.getByRole('button', { name: 'Revisar las publicaciones guardadas' }));
    expect((await screen.findByRole('status')).textContent).toBe('Ningún nombre del perfil aparece sobre todo en minúscula en las 2 publicaciones leídas.');
    cleanup();
    renderEditor(async () => { throw new Error('la base de datos está bloqueada'); }, []);
    fireEvent.click(screen.getByRole('button', { name: 'Revisar las publicaciones guardadas' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No se han podido leer las publicaciones guardadas: la base de datos está bloqueada');
  });
});
