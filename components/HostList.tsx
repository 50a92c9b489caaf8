import { useState } from 'react';
import { useT } from './I18n';

export interface HostListProps {
  label: string;
  testId: string;
  hosts: string[];
  onAdd: (typed: string) => Promise<boolean>;
  onRemove: (host: string) => void;
}

/** A list of host names the user edits; adding one asks for its host access first. */
export function HostList({ label, testId, hosts, onAdd, onRemove }: HostListProps) {
  const { t } = useT();
  const [typed, setTyped] = useState('');
  return (
    <div data-testid={testId}>
      <form onSubmit={(e) => { e.preventDefault(); void onAdd(typed).then((ok) => { if (ok) setTyped(''); }); }}>
        <label>
          {label}{' '}
          <input type="text" value={typed} placeholder="example.com" onChange={(e) => setTyped(e.currentTarget.value)} />
        </label>
        {' '}<button type="submit">{t('browse.add')}</button>
      </form>
      <ul>
        {hosts.map((h) => (
          <li key={h}>
            {h}{' '}
            <button type="button" aria-label={t('browse.removeHost', { host: h })} onClick={() => onRemove(h)}>{t('browse.remove')}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
