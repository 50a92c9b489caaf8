import type { PulsoDB } from '../db/schema';
import type { DataSafetySettings } from '../data-safety/settings';
import { exportBackup } from '../data-safety/backup-export';
import { importBackup, type BackupSummary, type ImportProgress, type ImportResult } from '../data-safety/backup-import';
import { exportMentionsCsv, exportMentionsNdjson } from '../data-safety/mention-exports';
import { deleteEverything } from '../data-safety/retention';
import type { RetentionReportMessage } from '../messaging/data-safety';
import {
  activePseudonymKey, clearAllStorage, downloadChunks, readAllStorage, readDataSafety, requestPersistence, storageEstimate,
  writeDataSafety, writeStorageValues,
} from './data-safety';
import { sendMessage } from './messaging';
import { readProfile } from './storage';

export type ImportOutcome = { ok: true; result: ImportResult; summary: BackupSummary } | { ok: false; error: string };

/** What the options page does with the user's data; given as a prop so the section is testable. */
export interface DataSafetyActions {
  estimate: () => Promise<{ usage?: number; quota?: number; persisted: boolean }>;
  persist: () => Promise<boolean>;
  readSettings: () => Promise<DataSafetySettings>;
  saveSettings: (patch: Partial<DataSafetySettings>) => Promise<DataSafetySettings>;
  runRetention: () => Promise<RetentionReportMessage>;
  downloadBackup: (withRaws: boolean) => Promise<number>;
  downloadCsv: () => Promise<number>;
  downloadNdjson: () => Promise<number>;
  importFile: (file: Blob, onProgress: (fraction: number, phase: ImportProgress['phase']) => void) => Promise<ImportOutcome>;
  deleteEverything: () => Promise<void>;
}

const stamp = (now: Date) => now.toISOString().slice(0, 10);

/** The actions on the extension's database, storage and background. */
export function browserDataSafetyActions(db: PulsoDB): DataSafetyActions {
  return {
    estimate: storageEstimate,
    persist: requestPersistence,
    readSettings: readDataSafety,
    saveSettings: writeDataSafety,
    runRetention: () => sendMessage('data/retention-run', {}),
    downloadBackup: async (withRaws) => {
      const now = new Date();
      return downloadChunks(exportBackup(db, await readAllStorage(), now, { withRaws }), `pulso-backup-${stamp(now)}.ndjson`, 'application/x-ndjson');
    },
    downloadCsv: () => downloadChunks(exportMentionsCsv(db), `pulso-mentions-${stamp(new Date())}.csv`, 'text/csv;charset=utf-8'),
    downloadNdjson: () => downloadChunks(exportMentionsNdjson(db), `pulso-mentions-${stamp(new Date())}.ndjson`, 'application/x-ndjson'),
    importFile: async (file, onProgress) => {
      const total = file.size || 1;
      const result = await importBackup(
        () => file.stream(),
        {
          db,
          now: new Date(),
          readStorage: readAllStorage,
          writeStorage: writeStorageValues,
          pseudonymKey: await activePseudonymKey(),
          timeZone: (await readProfile()).profile.timezone,
        },
        (p) => onProgress(Math.min(1, p.bytes / total), p.phase),
      );
      // Restored mentions keep their old capture times, which the background's watch for new
      // captures does not see: ask for the alert pass (badge, notifications) now.
      await sendMessage('indicators/evaluate', {}).catch(() => undefined);
      return result;
    },
    deleteEverything: async () => {
      await deleteEverything(db);
      await clearAllStorage();
    },
  };
}
