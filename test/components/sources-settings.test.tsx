// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { SourcesSettings } from '@/components/SourcesSettings';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { putSource, readSources, savePollState } from '@/lib/db/sources-store';
import type { CheckNowResult } from '@/lib/messaging/sources';
import type { UiLang } from '@/lib/model/settings';
import type { Source, SourceState } from '@/lib/model/source';
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
function fakeActions(opts: { grant: boolean; probe?: ProbeResult; check?: CheckNowResult | Error }) {
  const log: string[] = [];
  const actions: SourceActions = {
    requestHost: async (origin) => { log.push(`permission ${origin}`); return opts.grant; },
    probe: async (url) => { log.push(`probe ${url}`); return opts.probe ?? { kind: 'error', failure: { code: 'empty' } }; },
    save: async (s: Source) => { log.push(`save ${s.kind}`); await putSource(db, s); },
    setInterval: async () => undefined,
    remove: async () => undefined,
    checkNow: async () => {
      if (opts.check instanceof Error) throw opts.check;
      return opts.check ?? { outcome: 'updated' };
    },
    retry: async () => ({ outcome: 'updated' }),
  };
  return { actions, log };
}

function show(actions: SourceActions, lang: UiLang = 'es') {
  render(
    <I18nProvider lang={lang}>
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

  it.each([
    ['es', 'https://mastodon.social', 'barcelona', 'No se ha añadido, revisa los campos: escribe solo el nombre del servidor de Mastodon, como mastodon.social, sin https://.'],
    ['ca', 'mastodon.social', 'bon dia', 'No s’ha afegit, revisa els camps: un hashtag només porta lletres, xifres i guions baixos (sense espais ni #).'],
  ] as const)('in %s, says which field to fix when a source is refused, before asking for access', async (lang, instance, tag, text) => {
    const { actions, log } = fakeActions({ grant: true });
    show(actions, lang);
    addHashtag(instance, tag);
    await waitFor(() => expect(screen.getByTestId('sources-message').textContent).toBe(text));
    expect(log).toEqual([]);
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

  it.each([
    ['es', 'No se ha añadido: la dirección lleva a una página web que no anuncia ningún feed.'],
    ['ca', 'No s’ha afegit: l’adreça porta a una pàgina web que no anuncia cap feed.'],
    ['en', 'Not added: the address leads to a web page that announces no feed.'],
  ] as const)('shows in %s why a typed address is not a feed', async (lang, text) => {
    const { actions } = fakeActions({ grant: true, probe: { kind: 'error', failure: { code: 'page-without-feeds' } } });
    show(actions, lang);
    fireEvent.change(screen.getByTestId('feed-url'), { target: { value: 'https://diari.example.test/login' } });
    fireEvent.submit(screen.getByTestId('feed-url').closest('form')!);
    await waitFor(() => expect(screen.getByTestId('feed-note').textContent).toBe(text));
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

describe('SourceRow: why a source failed, in the UI language', () => {
  const FEED: Source = { id: 'f', kind: 'feed', url: 'https://diari.example.test/rss.xml', label: 'Diari', intervalMinutes: 30, enabled: true };
  const failed = (extra: Partial<SourceState>): SourceState => ({
    sourceId: 'f',
    lastAttemptAt: '2026-03-03T09:00:00.000Z',
    nextAttemptAt: '2026-03-03T09:05:00.000Z',
    consecutiveFailures: 1,
    flagged: false,
    ...extra,
  });

  async function showFailed(state: SourceState, lang: UiLang, check?: CheckNowResult | Error) {
    await putSource(db, FEED);
    await savePollState(db, state, {});
    show(fakeActions({ grant: true, check }).actions, lang);
    return (await screen.findByTestId('source-error')).textContent;
  }

  it.each([
    ['es', { lastFailure: { code: 'html-page' } }, 'Último error: la dirección devuelve una página web, no un feed.'],
    ['ca', { lastFailure: { code: 'html-page' } }, 'Últim error: l’adreça retorna una pàgina web, no un feed.'],
    ['es', { lastFailure: { code: 'http', status: 404 } }, 'Último error: el servidor dice que esta dirección no existe (HTTP 404).'],
    ['ca', { lastFailure: { code: 'http', status: 503 } }, 'Últim error: el servidor ha tingut un problema (HTTP 503).'],
    ['es', { lastFailure: { code: 'unreachable', host: 'diari.example.test', detail: 'Failed to fetch' } }, 'Último error: no se ha podido conectar con diari.example.test (detalle técnico: Failed to fetch).'],
    ['ca', { lastFailure: { code: 'wrong-root', root: 'svg' } }, 'Últim error: l’adreça retorna un document <svg>, no un feed RSS, RDF ni Atom.'],
    ['en', { lastFailure: { code: 'broken-json' } }, 'Last error: the answer is cut off or is not valid JSON.'],
    [
      'es',
      { lastFailure: { code: 'http', status: 500 }, flagged: true, consecutiveFailures: 6, nextAttemptAt: undefined },
      'Último error: el servidor ha tenido un problema (HTTP 500). Se ha detenido tras 6 intentos fallidos seguidos: pulsa «Reintentar» para reanudarla.',
    ],
    [
      'ca',
      { lastFailure: { code: 'http', status: 500 }, flagged: true, consecutiveFailures: 6, nextAttemptAt: undefined },
      'Últim error: el servidor ha tingut un problema (HTTP 500). S’ha aturat després de 6 intents fallits seguits: fes clic a «Torna-ho a provar» per reprendre-la.',
    ],
  ] as const)('in %s, %j reads as the user’s language', async (lang, extra, text) => {
    expect(await showFailed(failed(extra), lang)).toBe(text);
  });

  it.each(['es', 'ca'] as const)('still shows, as it is, the English error an older version stored (%s)', async (lang) => {
    const old = 'the server had a problem (HTTP 500) (stopped after 6 failed attempts in a row: retry from the options page)';
    const prefix = lang === 'es' ? 'Último error: ' : 'Últim error: ';
    expect(await showFailed(failed({ lastError: old, flagged: true, consecutiveFailures: 6 }), lang)).toBe(prefix + old);
  });

  it('prefers the code to an older English sentence left in the same state', async () => {
    expect(await showFailed(failed({ lastError: 'not a feed: the server returned an HTML page', lastFailure: { code: 'html-page' } }), 'es'))
      .toBe('Último error: la dirección devuelve una página web, no un feed.');
  });

  it('says in Catalan why "Check now" failed', async () => {
    await showFailed(failed({ lastFailure: { code: 'http', status: 404 } }), 'ca', { outcome: 'failed', failure: { code: 'http', status: 429 } });
    fireEvent.click(screen.getByTestId('source-check'));
    await waitFor(() => expect(screen.getByTestId('source-note').textContent).toBe('La consulta ha fallat: massa consultes: el servidor demana a Pulso que esperi (HTTP 429).'));
  });

  it('says in Spanish when the background did not answer "Check now", keeping its words as detail', async () => {
    await showFailed(failed({ lastFailure: { code: 'html-page' } }), 'es', new Error('Could not establish connection. Receiving end does not exist.'));
    fireEvent.click(screen.getByTestId('source-check'));
    await waitFor(() => expect(screen.getByTestId('source-note').textContent).toBe(
      'La consulta ha fallado: la parte de Pulso que consulta las fuentes no ha respondido (detalle técnico: Could not establish connection. Receiving end does not exist.).',
    ));
  });
});
