import { useState } from 'react';
import type { PulsoDB } from '@/lib/db/schema';
import { AnnotationSchema, type Annotation } from '@/lib/model/indicator';
import { useT } from './I18n';

export interface AnnotationEditorProps {
  db: PulsoDB;
  annotations: Annotation[];
}

/** Event notes pinned to the charts ("festival", "incident"): add and remove, stored locally. */
export function AnnotationEditor({ db, annotations }: AnnotationEditorProps) {
  const { t, lang } = useT();
  const [day, setDay] = useState(() => new Date().toISOString().slice(0, 10));
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = async () => {
    const parsed = AnnotationSchema.safeParse({ id: crypto.randomUUID(), at: new Date(`${day}T12:00:00`).toISOString(), text: text.trim(), createdAt: new Date().toISOString() });
    if (!parsed.success) { setError(t('dash.annotationInvalid')); return; }
    setError('');
    await db.annotations.put(parsed.data);
    setText('');
  };
  return (
    <section className="card" aria-labelledby="annotations-title" data-testid="annotations">
      <h3 id="annotations-title">{t('dash.annotations')}</h3>
      <form className="annotation-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <label>{t('dash.annotationDay')} <input type="date" value={day} onChange={(e) => setDay(e.target.value)} required /></label>
        <label>{t('dash.annotationText')} <input type="text" value={text} onChange={(e) => setText(e.target.value)} maxLength={500} placeholder={t('dash.annotationPlaceholder')} /></label>
        <button type="submit" disabled={!text.trim()}>{t('dash.add')}</button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      <ul className="annotation-list">
        {annotations.map((a) => (
          <li key={a.id}>
            <time dateTime={a.at}>{new Date(a.at).toLocaleDateString(lang)}</time> {a.text}
            <button type="button" className="link-button" onClick={() => void db.annotations.delete(a.id)} aria-label={t('dash.removeAnnotation', { text: a.text })}>{t('dash.remove')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
