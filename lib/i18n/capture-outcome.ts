import type { CaptureFailure } from '../model/capture-failure';
import type { UiLang } from '../model/settings';
import type { IngestReport } from '../messaging/protocol';
import { translate, type MessageKey } from './index';

/** What a manual capture did, as the popup and the capture notification say it. */
export type CaptureOutcome = { ok: true; report: Pick<IngestReport, 'stored' | 'updated'>; unmatched: boolean } | { ok: false; failure: CaptureFailure };

const FAILURE_KEYS: Record<CaptureFailure['code'], MessageKey> = {
  'no-tab': 'capture.fail.noTab',
  blocked: 'capture.fail.blocked',
  unreadable: 'capture.fail.unreadable',
  empty: 'capture.fail.empty',
  'no-answer': 'capture.fail.noAnswer',
};

/** The sentence for a capture's outcome in the UI language. */
export function captureOutcomeText(lang: UiLang, r: CaptureOutcome): string {
  if (!r.ok) {
    const { code, ...vars } = r.failure;
    return translate(lang, 'popup.captureFailed', { reason: translate(lang, FAILURE_KEYS[code], vars) });
  }
  if (r.report.updated && !r.report.stored) return translate(lang, 'popup.alreadyStored');
  if (r.unmatched) return translate(lang, 'popup.capturedUnmatched');
  return translate(lang, 'popup.captured', { n: r.report.stored });
}
