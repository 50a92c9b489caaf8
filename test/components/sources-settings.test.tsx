// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { SourcesSettings } from '@/components/SourcesSettings';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { putSource, readSources } from '@/lib/db/sources-store';
import type { Source } from '@/lib/model/source';
import type { SourceActions } from '@/lib/platform/source-actions';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { googleNewsUrls } from '@/lib/sources/google-news';
import type { ProbeResult } from '@/lib/sources/probe-feed';

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => {
  cleanup();
  db.close();
});

/** Actions that answer as told and log the order of calls (the permission prompt must come first). */
function fakeActions(opts: { grant: boolean; probe?: ProbeResult }) {
  const log: string[] = [];
  const actions: SourceActions = {
    requestHost: async (origin) => { log.push(`permission ${origin}`); return opts.grant; },
    probe: async (url) => { log.push(`probe ${url}`); return opts.probe ?? { kind: 'error', error: 'unused' }; },
    save: async (s: Source) => { log.push(`save ${s.kind}`); await putSource(db, s); },
    setInterval: async () => undefined,
    remove: async () => undefined,
    checkNow: async () => ({ outcome: 'updated' }),
    retry: async () => ({ outcome: 'updated' }),
  };
  return { actions, log };
}

function show(actions: SourceActions) {
  render(
    <I18nProvider lang="es">
      <SourcesSettings db={db} profile={BARCELONA_PROFILE} actions={actions} />
    </I18nProvider>,
  );
}

function addHashtag(instance: string, tag: string) {
  fireEvent.change(screen.getByTestId('social-kind'), { target: { value: 'mastodon-tag' } });
  fireEvent.change(screen.getByTestId('social-instance'), { target: { value: instance } });
  fireEvent.change(screen.getByTestId('social-term'), { target: { value: tag } });
  fireEvent.click(screen.getByTestId('social-add'));
}

describe('SourcesSettings', () => {
  it('does not add a source whose host access is refused, and says why', async () => {
    const { actions, log } = fakeActions({ grant: false });
    show(actions);
    addHashtag('mastodon.social', 'barcelona');
    await waitFor(() => expect(screen.getByTestId('sources-message').textContent).toBe('No se ha añadido: Pulso necesita acceso a mastodon.social para leer esta fuente y no se ha concedido.'));
    expect(log).toEqual(['permission https://mastodon.social/*']);
    expect(await readSources(db)).toEqual([]);
  });

  it('adds a granted source, lists it, and refuses the same one twice', async () => {
    const { actions } = fakeActions({ grant: true });
    show(actions);
    addHashtag('mastodon.social', '#barcelona');
    expect(await screen.findByText('#barcelona · mastodon.social')).toBeTruthy();
    expect((await readSources(db)).map((s) => s.kind === 'mastodon-tag' && s.tag)).toEqual(['barcelona']);
    expect(screen.getByTestId('source-status').textContent).toBe('Aún no consultada');
    addHashtag('mastodon.social', 'barcelona');
    await waitFor(() => expect(screen.getByTestId('sources-message').textContent).toBe('Ya está en la lista: #barcelona · mastodon.social'));
    expect(await readSources(db)).toHaveLength(1);
  });

  it('asks for access before fetching a typed address, then offers the feeds a home page announces', async () => {
    const probe: ProbeResult = { kind: 'page', url: 'https://diari.example.test/', feeds: [{ url: 'https://feeds.example.test/portada.xml', type: 'rss', title: 'Portada' }] };
    const { actions, log } = fakeActions({ grant: true, probe });
    show(actions);
    fireEvent.change(screen.getByTestId('feed-url'), { target: { value: 'https://diari.example.test/' } });
    fireEvent.submit(screen.getByTestId('feed-url').closest('form')!);
    fireEvent.click(await screen.findByTestId('feed-pick'));
    await waitFor(() => expect(log).toEqual(['permission https://diari.example.test/*', 'probe https://diari.example.test/', 'permission https://feeds.example.test/*', 'save feed']));
    const [saved] = await readSources(db);
    expect(saved).toMatchObject({ kind: 'feed', url: 'https://feeds.example.test/portada.xml', label: 'Portada' });
  });

  it('shows the reason when a typed address is not a feed', async () => {
    const { actions } = fakeActions({ grant: true, probe: { kind: 'error', error: 'not a feed: the server returned an HTML page, and it announces no feed' } });
    show(actions);
    fireEvent.change(screen.getByTestId('feed-url'), { target: { value: 'https://diari.example.test/login' } });
    fireEvent.submit(screen.getByTestId('feed-url').closest('form')!);
    await waitFor(() => expect(screen.getByTestId('feed-note').textContent).toBe('No se ha añadido: not a feed: the server returned an HTML page, and it announces no feed'));
    expect(await readSources(db)).toEqual([]);
  });

  it('shows each Google News search of the profile with its feed URL and adds it', async () => {
    const { actions } = fakeActions({ grant: true });
    show(actions);
    const expected = googleNewsUrls(BARCELONA_PROFILE);
    const items = screen.getAllByTestId('google-news');
    expect(items.map((li) => li.querySelector('code')?.textContent)).toEqual(expected.map((g) => g.url));
    fireEvent.click(items[0].querySelector('button')!);
    await waitFor(async () => expect((await readSources(db))[0]).toMatchObject({ kind: 'google-news', url: expected[0].url }));
    await waitFor(() => expect(screen.getAllByTestId('google-news')[0].querySelector('button')?.textContent).toBe('Añadida'));
  });

  it('turns article fetching on only when access to the site and its subdomains is granted', async () => {
    await putSource(db, { id: 'f', kind: 'feed', url: 'https://feeds.diari.example.test/rss.xml', label: 'Diari', intervalMinutes: 30, enabled: true });
    const refused = fakeActions({ grant: false });
    show(refused.actions);
    fireEvent.click(await screen.findByTestId('source-articles'));
    await waitFor(() => expect(screen.getByTestId('source-note').textContent).toBe('La descarga de artículos sigue desactivada: Pulso necesita acceso a *.example.test para leer las páginas de los artículos.'));
    expect(refused.log).toEqual(['permission https://*.example.test/*']);
    expect((await readSources(db))[0]).not.toHaveProperty('fetchArticles', true);
    cleanup();

    const granted = fakeActions({ grant: true });
    show(granted.actions);
    fireEvent.click(await screen.findByTestId('source-articles'));
    await waitFor(async () => expect((await readSources(db))[0]).toHaveProperty('fetchArticles', true));
    await waitFor(() => expect((screen.getByTestId('source-articles') as HTMLInputElement).checked).toBe(true));
  });
});
