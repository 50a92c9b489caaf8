/**
 * The page-world hook's message to the isolated content script, posted with
 * `window.postMessage`. The page can post the same shape, so the receiver treats it as
 * untrusted data: shape and size are checked here, the background parses it again (zod) and
 * the adapters read it as JSON only (never evaluated).
 */
export const HOOK_CHANNEL = 'pulso:page-hook:v1';

/** Largest response body handed over (characters); bigger bodies are not captured. */
export const MAX_PAYLOAD_CHARS = 5_000_000;
const MAX_URL_CHARS = 4000;

/** A response body the hook saw, as read from an untrusted `message` event's data. */
export interface HookPayload {
  url: string;
  text: string;
}

/** The payload in a message event's data when it is a well-formed hook message, else null. */
export function readHookMessage(data: unknown): HookPayload | null {
  if (data === null || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.channel !== HOOK_CHANNEL) return null;
  const { url, text } = d;
  if (typeof url !== 'string' || typeof text !== 'string') return null;
  if (url.length === 0 || url.length > MAX_URL_CHARS || text.length === 0 || text.length > MAX_PAYLOAD_CHARS) return null;
  if (!/^https?:\/\//i.test(url)) return null;
  return { url, text };
}
