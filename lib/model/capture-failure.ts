import { z } from 'zod';

/**
 * Why a manual capture (popup button, context menu, keyboard shortcut) stored nothing, as a code
 * the UI words in the user's language (lib/i18n/capture-outcome.ts). `detail` carries the
 * browser's own message, which we cannot translate.
 */
export const CaptureFailureSchema = z.discriminatedUnion('code', [
  /** No web page in front: a new tab, the browser's settings, another extension's page. */
  z.object({ code: z.literal('no-tab') }),
  /** The browser refused to let the reader into the page (its own pages, the extension store…). */
  z.object({ code: z.literal('blocked'), detail: z.string().max(500) }),
  /** The reader ran but gave back nothing a mention can hold. */
  z.object({ code: z.literal('unreadable') }),
  /** Nothing selected and no text on the page. */
  z.object({ code: z.literal('empty') }),
  /** The background never answered the popup (restarting, or stopped by the browser). */
  z.object({ code: z.literal('no-answer'), detail: z.string().max(500) }),
]);
export type CaptureFailure = z.infer<typeof CaptureFailureSchema>;

/** The browser's message of a thrown error, clamped to fit `detail`. */
export function errorDetail(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}
