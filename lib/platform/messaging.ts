import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AuthorGroupRequest, BrowseCapture, CorrectTagsRequest, ExplainRequest, IngestReport } from '../messaging/protocol';
import type { TagExplanation } from '../tagging/pipeline';
import type { CheckNow, CheckNowResult } from '../messaging/sources';
import type { PageView, PayloadCapture, PayloadReport } from '../messaging/browse';

import type { EvaluateResult } from '../messaging/indicators';
import type { CaptureFailure } from '../model/capture-failure';
import type { DrainReport, RetentionReportMessage } from '../messaging/data-safety';
/** Result of a capture request; a failure is a code the popup words in the user's language. */
export type CaptureResult = { ok: true; report: IngestReport; unmatched: boolean } | { ok: false; failure: CaptureFailure };

/** The one typed message protocol: names are `area/verb`; payloads are validated by zod on arrival. */
export interface ProtocolMap {
  'capture/active-tab': (req: { kind: 'auto' | 'selection' | 'page' }) => CaptureResult;
  'capture/browse': (req: BrowseCapture) => IngestReport;
  'capture/payload': (req: PayloadCapture) => PayloadReport;
  'capture/page-view': (req: PageView) => void;
  'demo/load': (req: { seed?: number }) => { stored: number };
  'demo/remove': () => { removed: number };
  'authors/set-group': (req: AuthorGroupRequest) => { updated: number };
  'tagging/explain': (req: ExplainRequest) => TagExplanation;
  'mentions/correct-tags': (req: CorrectTagsRequest) => { ok: true };
  'sources/check-now': (req: CheckNow) => CheckNowResult;
  'indicators/evaluate': (req: Record<string, never>) => EvaluateResult;
  'data/retention-run': (req: Record<string, never>) => RetentionReportMessage;
  'data/drain': () => DrainReport;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
