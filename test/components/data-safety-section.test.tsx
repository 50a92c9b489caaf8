// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/I18n';
import { DataSafetySection } from '@/components/DataSafetySection';
import { openPulsoDB, type PulsoDB } from '@/lib/db/schema';
import { importBackup } from '@/lib/data-safety/backup-import';
import { DataSafetySettingsSchema, type DataSafetySettings } from '@/lib/data-safety/settings';
import type { DataSafetyActions } from '@/lib/platform/data-safety-actions';

const V1 = readFileSync(path.resolve(__dirname, '../fixtures/data-safety/backup-v1.ndjson'));

let db: PulsoDB;
beforeEach(async () => {
  db = openPulsoDB({ indexedDB: new IDBFactory(), IDBKeyRange: FakeKeyRange });
  await db.open();
});
afterEach(() => {
  cleanup();
  db.close();
});

/** Real import on a fake database; everything else logged. */
function actions(log: string[], estimate = { usage: 95, quota: 100, persisted: false }): DataSafetyActions {
  let settings: DataSafetySettings = DataSafetySettingsSchema.parse({});
  return {
    estimate: async () => estimate,
    persist: async () => { log.push('persist'); return true; },
    readSettings: async () => settings,
    saveSettings: async (patch) => { log.push(`save ${JSON.stringify(patch)}`); settings = { ...settings, ...patch }; return settings; },
    runRetention: async () => { log.push('retention'); return { rawsDropped: 2, mentionsDropped: 1, pseudonymised: 0 }; },
    downloadBackup: async (withRaws) => { log.push(`backup raws=${withRaws}`); return 2048; },
    downloadCsv: async () => 10,
    downloadNdjson: async () => 10,
    importFile: (file, onProgress) => importBackup(() => file.stream(), { db, now: new Date(), readStorage: async () => ({}), writeStorage: async () => undefined }, (p) => onProgress(p.bytes / file.size, p.phase)),
    deleteEverything: async () => { log.push('delete'); },
  };
}

const show = (a: DataSafetyActions) => render(<I18nProvider lang="en"><DataSafetySection actions={a} /></I18nProvider>);
const upload = (bytes: Uint8Array | string, name = 'backup.ndjson') =>
  fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([bytes as BlobPart], name)] } });

describe('Your data section', () => {
  it('warns near quota and offers to protect the data', async () => {
    const log: string[] = [];
    show(actions(log));
    expect(await screen.findByText(/Storage is almost full/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Protect my data' }));
    await waitFor(() => expect(log).toEqual(['persist']));
  });

  it('imports a backup and says what it added; a cut file is refused with its line, and nothing is written', async () => {
    show(actions([]));
    upload(V1.subarray(0, 400), 'cut.ndjson');
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/^Nothing was imported: line \d+/));
    expect(await db.mentions.count()).toBe(0);
    upload(V1);
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toMatch(/^Imported: 4 new records/));
    expect(await db.mentions.count()).toBe(2);
  });

  it('deletes everything only after the confirmation step', async () => {
    const log: string[] = [];
    show(actions(log));
    fireEvent.click(await screen.findByTestId('delete-all'));
    expect(log).toEqual([]);
    expect(screen.getAllByRole('alert').some((a) => /^This deletes every mention/.test(a.textContent ?? ''))).toBe(true);
    fireEvent.click(screen.getByTestId('delete-all-confirm'));
    await waitFor(() => expect(log).toEqual(['delete']));
    expect(screen.getByTestId('data-status').textContent).toBe('Everything was deleted.');
  });

  it('pseudonymises only after confirming, then applies it to stored mentions', async () => {
    const log: string[] = [];
    show(actions(log));
    fireEvent.click(await screen.findByTestId('pseudonymise'));
    expect(log).toEqual([]);
    fireEvent.click(screen.getByTestId('pseudonymise-confirm'));
    await waitFor(() => expect(log).toEqual(['save {"pseudonymise":true}', 'retention']));
    expect(await screen.findByTestId('pseudonymise-on')).toBeTruthy();
  });

  it('saves retention periods and runs retention on demand', async () => {
    const log: string[] = [];
    show(actions(log));
    fireEvent.change(await screen.findByTestId('raw-days'), { target: { value: '7' } });
    fireEvent.change(screen.getByTestId('mention-days'), { target: { value: '365' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(log).toEqual(['save {"rawDays":7,"mentionDays":365}']));
    fireEvent.click(screen.getByTestId('retention-run'));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toBe('Deleted 2 raw payloads and 1 mentions; pseudonymised 0 mentions.'));
  });
});
