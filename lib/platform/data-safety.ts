import { DataSafetySettingsSchema, DATA_SAFETY_KEY, PSEUDONYM_KEY_KEY, STORAGE_ALERT_KEY, StorageAlertSchema, type DataSafetySettings, type StorageAlert } from '../data-safety/settings';
import { newPseudonymKey } from '../data-safety/pseudonym';
import { browser } from './browser';
import { watchStorage } from './storage';

/** The retention and privacy settings, validated (missing or invalid → defaults). */
export async function readDataSafety(): Promise<DataSafetySettings> {
  const got = await browser.storage.local.get(DATA_SAFETY_KEY);
  const parsed = DataSafetySettingsSchema.safeParse(got[DATA_SAFETY_KEY] ?? {});
  return parsed.success ? parsed.data : DataSafetySettingsSchema.parse({});
}

/** Validates and stores a change to the settings. */
export async function writeDataSafety(patch: Partial<DataSafetySettings>): Promise<DataSafetySettings> {
  const next = DataSafetySettingsSchema.parse({ ...(await readDataSafety()), ...patch });
  await browser.storage.local.set({ [DATA_SAFETY_KEY]: next });
  return next;
}

/** This install's pseudonym key, created (32 random bytes) the first time it is needed. Never exported. */
export async function pseudonymKey(): Promise<string> {
  const got = (await browser.storage.local.get(PSEUDONYM_KEY_KEY))[PSEUDONYM_KEY_KEY];
  if (typeof got === 'string' && /^[0-9a-f]{64}$/.test(got)) return got;
  const key = newPseudonymKey((b) => crypto.getRandomValues(b));
  await browser.storage.local.set({ [PSEUDONYM_KEY_KEY]: key });
  return key;
}

/** The pseudonym key when pseudonymising is on, else undefined. */
export async function activePseudonymKey(): Promise<string | undefined> {
  return (await readDataSafety()).pseudonymise ? pseudonymKey() : undefined;
}

/** Every chrome.storage.local key and value (the backup decides what to leave out). */
export async function readAllStorage(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}

/** Writes several chrome.storage.local keys. */
export async function writeStorageValues(values: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set(values);
}

/** Removes every chrome.storage.local key (part of "delete everything"). */
export async function clearAllStorage(): Promise<void> {
  await browser.storage.local.clear();
}

/** The current storage alert, if any. */
export async function readStorageAlert(): Promise<StorageAlert | undefined> {
  const parsed = StorageAlertSchema.safeParse((await browser.storage.local.get(STORAGE_ALERT_KEY))[STORAGE_ALERT_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** Sets (or, with undefined, clears) the alert the popup, side panel and options show. */
export async function writeStorageAlert(alert: StorageAlert | undefined): Promise<void> {
  if (alert) await browser.storage.local.set({ [STORAGE_ALERT_KEY]: StorageAlertSchema.parse(alert) });
  else await browser.storage.local.remove(STORAGE_ALERT_KEY);
}

/** Usage and quota of this extension's storage, and whether it is persistent (not evicted under pressure). */
export async function storageEstimate(): Promise<{ usage?: number; quota?: number; persisted: boolean }> {
  const est = await navigator.storage.estimate();
  const persisted = await navigator.storage.persisted();
  return { usage: est.usage, quota: est.quota, persisted };
}

/** Asks the browser to keep this extension's data even under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  return navigator.storage.persist();
}

/**
 * Saves generated text chunks as a file: the chunks become Blob parts one by one (the text is
 * never joined into one string), then an object URL is clicked and revoked.
 */
export async function downloadChunks(chunks: AsyncIterable<string>, filename: string, type: string, onChunk?: (parts: number) => void): Promise<number> {
  const parts: Blob[] = [];
  let size = 0;
  for await (const c of chunks) {
    const part = new Blob([c]);
    size += part.size;
    parts.push(part);
    onChunk?.(parts.length);
  }
  const url = URL.createObjectURL(new Blob(parts, { type }));
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return size;
}

/** The storage alert's reader and watcher, for StorageAlertBanner (stable references). */
export const storageAlertSource = {
  read: readStorageAlert,
  watch: (onChange: () => void) => watchStorage([STORAGE_ALERT_KEY], onChange),
};
