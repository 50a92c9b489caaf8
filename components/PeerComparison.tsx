import { useEffect, useMemo, useState } from 'react';
import { comparePeers } from '@/lib/indicators';
import type { CityProfile } from '@/lib/model/city-profile';
import type { TimeWindow } from '@/lib/model/indicator';
import type { Mention } from '@/lib/model/mention';
import type { MentionSelector } from '@/lib/model/mention-selector';
import { peerFromForm, peerMentions } from '@/lib/peers/peer-mentions';
import { parseProfileFile } from '@/lib/profile/profile-io';
import { PEER_PROFILES_KEY, readPeerProfiles, writePeerProfiles } from '@/lib/platform/indicator-storage';
import { watchStorage } from '@/lib/platform/storage';
import { useT } from './I18n';
import { NumberButton } from './NumberButton';

export interface PeerComparisonProps {
  profile: CityProfile;
  window: TimeWindow;
  /** The window's stored mentions (newest first, possibly capped). */
  mentions: Mention[];
  capped: boolean;
  onOpen: (title: string, selector: MentionSelector, total?: number) => void;
}

/** Peer cities side by side: share of voice and perception among the stored mentions. */
export function PeerComparison({ profile, window, mentions, capped, onOpen }: PeerComparisonProps) {
  const { t, n, lang } = useT();
  const [peers, setPeers] = useState<CityProfile[]>([]);
  const [form, setForm] = useState({ name: '', terms: '', country: profile.country });
  const [json, setJson] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    const load = () => void readPeerProfiles().then(setPeers);
    load();
    return watchStorage([PEER_PROFILES_KEY], load);
  }, []);
  const rows = useMemo(() => {
    if (!peers.length) return [];
    const by = peerMentions(mentions, profile, peers);
    return comparePeers(by, window, new Date(), 200).map((r) => ({ ...r, ids: by[r.profileId].map((m) => m.id) }));
  }, [mentions, peers, profile, window]);
  const names = new Map([[profile.id, profile.name], ...peers.map((p) => [p.id, p.name] as const)]);
  const pct = (x: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const fmt = (x: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(x);
  const add = async (p: CityProfile) => {
    if (p.id === profile.id || peers.some((x) => x.id === p.id)) { setError(t('dash.peerExists')); return; }
    await writePeerProfiles([...peers, p]);
    setError('');
    setForm({ name: '', terms: '', country: profile.country });
    setJson('');
  };
  return (
    <section className="card" aria-labelledby="peers-title" data-testid="peers">
      <h3 id="peers-title">{t('dash.peers')}</h3>
      <p className="hint">{t('dash.peersHonest', { city: profile.name })}{capped ? ` ${t('dash.capped', { n: n(mentions.length) })}` : ''}</p>
      {rows.length ? (
        <table className="compact" data-testid="peer-table">
          <thead><tr><th scope="col">{t('dash.city')}</th><th scope="col">{t('dash.mentions')}</th><th scope="col">{t('dash.shareOfVoice')}</th><th scope="col">{t('dash.perception')}</th><th scope="col"><span className="visually-hidden">{t('dash.remove')}</span></th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.profileId}>
                <th scope="row">{names.get(r.profileId)}</th>
                <td><NumberButton label={t('dash.openBucket', { name: names.get(r.profileId) ?? '', n: n(r.count) })} onOpen={() => onOpen(names.get(r.profileId) ?? '', { from: window.from, to: window.to, where: { kind: 'ids', ids: r.ids.slice(0, 5000) } }, r.count)}>{n(r.count)}</NumberButton></td>
                <td>{pct(r.shareOfVoice.value)}{r.shareOfVoice.reliable ? '' : ' *'}</td>
                <td>{r.count ? fmt(r.perception.perceptionIndex.value) : '—'}{r.perception.perceptionIndex.reliable ? '' : ' *'}</td>
                <td>{r.profileId === profile.id ? null : <button type="button" className="link-button" onClick={() => void writePeerProfiles(peers.filter((p) => p.id !== r.profileId))}>{t('dash.remove')}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="empty">{t('dash.noPeers')}</p>}
      {rows.length ? <p className="note">{t('dash.starUnreliable')}</p> : null}
      <details>
        <summary>{t('dash.addPeer')}</summary>
        <form className="peer-form" onSubmit={(e) => {
          e.preventDefault();
          const out = peerFromForm(form, profile);
          if (out.ok) void add(out.profile); else setError(out.error);
        }}>
          <label>{t('dash.peerName')} <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required /></label>
          <label>{t('dash.peerTerms')} <input value={form.terms} onChange={(e) => setForm({ ...form, terms: e.target.value })} /></label>
          <label>{t('dash.peerCountry')} <input value={form.country} onChange={(e) => setForm({ ...form, country: e.target.value })} maxLength={2} size={3} /></label>
          <button type="submit">{t('dash.add')}</button>
        </form>
        <form className="peer-form" onSubmit={(e) => {
          e.preventDefault();
          const out = parseProfileFile(json);
          if (out.ok) void add(out.profile); else setError(out.error);
        }}>
          <label>{t('dash.peerJson')} <textarea value={json} onChange={(e) => setJson(e.target.value)} rows={3} /></label>
          <button type="submit" disabled={!json.trim()}>{t('dash.import')}</button>
        </form>
        {error ? <p role="alert">{error}</p> : null}
      </details>
    </section>
  );
}
