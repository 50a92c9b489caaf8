import { useState } from 'react';
import { formatNumber, getFrame } from '@/lib/drafting';
import { CHANNELS, type Channel, type Frame } from '@/lib/model/draft';
import { DRAFT_LANGS, pickText, type DraftLang, type Evidence } from '@/lib/model/evidence';
import { STAKEHOLDERS, TOPICS, type Stakeholder, type Topic } from '@/lib/model/taxonomy';
import { isPostUrl } from '@/lib/studio/draft-revision';
import { useT } from './I18n';

/** What the user asked for: one draft per group from one message. */
export interface ComposeRequest {
  message: string;
  groups: Stakeholder[];
  evidence: Evidence[];
  channel: Channel;
  lang: DraftLang;
  topic?: Topic;
  link?: string;
}

export interface ComposeFormProps {
  evidence: Evidence[];
  frames: Partial<Record<Stakeholder, Frame>>;
  onCompose: (request: ComposeRequest) => Promise<unknown>;
}

/** The compose form: message, groups, evidence from the bank, channel, language, topic and link. */
export function ComposeForm({ evidence, frames, onCompose }: ComposeFormProps) {
  const { t, lang: uiLang } = useT();
  const [message, setMessage] = useState('');
  const [groups, setGroups] = useState<Stakeholder[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [channel, setChannel] = useState<Channel>('x');
  const [lang, setLang] = useState<DraftLang>(uiLang);
  const [topic, setTopic] = useState<Topic | ''>('');
  const [link, setLink] = useState('');
  const [error, setError] = useState('');

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const submit = async () => {
    if (!message.trim()) { setError(t('studio.needMessage')); return; }
    if (groups.length === 0) { setError(t('studio.needGroup')); return; }
    if (link.trim() && !isPostUrl(link)) { setError(t('studio.badLink')); return; }
    setError('');
    await onCompose({
      message: message.trim(), groups: STAKEHOLDERS.filter((g) => groups.includes(g)),
      evidence: evidence.filter((e) => picked.includes(e.id)), channel, lang,
      ...(topic ? { topic } : {}), ...(link.trim() ? { link: link.trim() } : {}),
    });
  };

  return (
    <form className="card compose" aria-labelledby="compose-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="compose-title">{t('studio.compose')}</h3>
      <label className="field">
        {t('studio.message')}
        <textarea value={message} rows={3} data-testid="compose-message" placeholder={t('studio.messagePlaceholder')} onChange={(e) => setMessage(e.target.value)} />
      </label>
      <fieldset className="checks">
        <legend>{t('studio.groups')}</legend>
        {STAKEHOLDERS.map((g) => (
          <label key={g} className="check">
            <input type="checkbox" checked={groups.includes(g)} data-testid={`compose-group-${g}`} onChange={() => setGroups(toggle(groups, g))} />
            {getFrame(g, frames).label[uiLang]}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('studio.evidence')}</legend>
        {evidence.length === 0 ? <p className="hint">{t('studio.evidenceEmpty')}</p> : null}
        {evidence.map((e) => (
          <label key={e.id} className="check">
            <input type="checkbox" checked={picked.includes(e.id)} data-testid="compose-evidence" onChange={() => setPicked(toggle(picked, e.id))} />
            <span>{pickText(e.fact, lang)} <span className="hint">({formatNumber(e, lang)})</span></span>
          </label>
        ))}
      </fieldset>
      <div className="filter-row">
        <label className="field">
          {t('studio.channel')}
          <select value={channel} data-testid="compose-channel" onChange={(e) => setChannel(e.target.value as Channel)}>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(`studio.channel.${c}`)}</option>)}
          </select>
        </label>
        <label className="field">
          {t('studio.lang')}
          <select value={lang} data-testid="compose-lang" onChange={(e) => setLang(e.target.value as DraftLang)}>
            {DRAFT_LANGS.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
          </select>
        </label>
        <label className="field">
          {t('studio.topic')}
          <select value={topic} data-testid="compose-topic" onChange={(e) => setTopic(e.target.value as Topic | '')}>
            <option value="">{t('studio.topicAuto')}</option>
            {TOPICS.map((x) => <option key={x} value={x}>{t(`studio.topic.${x}`)}</option>)}
          </select>
        </label>
      </div>
      <label className="field">
        {t('studio.link')}
        <input type="url" value={link} placeholder="https://" data-testid="compose-link" onChange={(e) => setLink(e.target.value)} />
      </label>
      {error ? <p className="error" role="alert">{error}</p> : null}
      <div className="actions">
        <button type="submit" className="primary" data-testid="compose-submit">{t('studio.composeButton')}</button>
      </div>
    </form>
  );
}
