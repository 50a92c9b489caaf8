import { useState, type FormEvent } from 'react';
import { failureMessage } from '@/lib/i18n/source-failure';
import type { SourceActions } from '@/lib/platform/source-actions';
import type { DiscoveredFeed } from '@/lib/sources/feed-discovery';
import type { NewSourceFields } from '@/lib/sources/new-source';
import type { AddOutcome } from './SourcesSettings';
import { useT } from './I18n';

export interface AddFeedFormProps {
  actions: SourceActions;
  onAdd: (fields: NewSourceFields, permitted?: boolean) => Promise<AddOutcome>;
}

function hostPattern(u: URL): string {
  return `${u.protocol}//${u.hostname}/*`;
}

/** Adds a news feed by address; a site's home page offers the feeds it announces to pick from. */
export function AddFeedForm({ actions, onAdd }: AddFeedFormProps) {
  const { t, lang } = useT();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<AddOutcome | null>(null);
  const [found, setFound] = useState<DiscoveredFeed[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFound([]);
    let u: URL;
    try {
      u = new URL(url.trim());
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('scheme');
    } catch {
      setNote({ ok: false, text: t('sources.badUrl') });
      return;
    }
    // The permission prompt first, while the click still counts as a user gesture.
    const granted = await actions.requestHost(hostPattern(u));
    if (!granted) {
      setNote({ ok: false, text: t('sources.permissionRefused', { host: u.host }) });
      return;
    }
    setBusy(true);
    setNote({ ok: true, text: t('sources.checking') });
    try {
      const probe = await actions.probe(u.href);
      if (probe.kind === 'feed') {
        const out = await onAdd({ kind: 'feed', url: probe.url, label: u.host }, true);
        setNote(out);
        if (out.ok) setUrl('');
      } else if (probe.kind === 'page') {
        setFound(probe.feeds);
        setNote({ ok: true, text: t('sources.pickFeed', { n: probe.feeds.length }) });
      } else {
        setNote({ ok: false, text: t('sources.notAdded', { error: failureMessage(lang, probe.failure) }) });
      }
    } finally {
      setBusy(false);
    }
  }

  async function pick(feed: DiscoveredFeed) {
    const out = await onAdd({ kind: 'feed', url: feed.url, label: feed.title ?? new URL(feed.url).host });
    setNote(out);
    if (out.ok) {
      setFound([]);
      setUrl('');
    }
  }

  return (
    <form className="source-add" onSubmit={(e) => void submit(e)} aria-labelledby="feed-add-title">
      <h3 id="feed-add-title">{t('sources.feedTitle')}</h3>
      <label className="field">
        <span>{t('sources.feedUrl')}</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" data-testid="feed-url" required />
      </label>
      <div className="actions">
        <button type="submit" disabled={busy} data-testid="feed-add">{t('sources.feedAdd')}</button>
      </div>
      <p role="status" data-testid="feed-note" className={note && !note.ok ? 'error' : 'hint'}>{note?.text ?? ''}</p>
      {found.length ? (
        <ul className="discovered" aria-label={t('sources.discovered')}>
          {found.map((f) => (
            <li key={f.url}>
              <span>{f.title ?? f.url}</span> <code style={{ wordBreak: 'break-all' }}>{f.url}</code>{' '}
              <button type="button" onClick={() => void pick(f)} data-testid="feed-pick">{t('sources.add')}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
