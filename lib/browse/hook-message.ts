/**
 * The page-world hook's message to the isolated content script, posted with
 * `window.postMessage`. The page can post the same shape, so the receiver treats it as
 * untrusted data: shape and size are checked here, the background parses it again (zod) and
 * the adapters read it as JSON only (never evaluated).
 */
export const HOOK_CHANNEL = 'pulso:page-hook:v2';

/** Largest response body handed over (characters); bigger bodies are not captured. */
export const MAX_PAYLOAD_CHARS = 5_000_000;
/**
 * UTF-8 spends at most 3 bytes per UTF-16 code unit, so a body over this many bytes is surely
 * over the character cap: a cheap check before decoding (the exact one runs on the text).
 */
export const MAX_PAYLOAD_BYTES = 3 * MAX_PAYLOAD_CHARS;
/** Longest API or page address accepted with a body. */
export const MAX_URL_CHARS = 4000;

/**
 * A response body the hook saw, as read from an untrusted `message` event's data: a fetch body
 * as a Blob (the browser fills it off the page's main thread and messages pass it by handle, so
 * no megabytes are copied there) or the text of an XHR.
 */
export interface HookPayload {
  url: string;
  body: string | Blob;
}

/** True when a body is non-empty and within the size caps (bytes for a Blob; characters are checked after decoding). */
export function bodyFits(body: unknown): body is string | Blob {
  if (typeof body === 'string') return body.length > 0 && body.length <= MAX_PAYLOAD_CHARS;
  return body instanceof Blob && body.size > 0 && body.size <= MAX_PAYLOAD_BYTES;
}

/** True for an http(s) address of acceptable length. */
export function isHttpUrl(url: unknown): url is string {
  return typeof url === 'string' && url.length > 0 && url.length <= MAX_URL_CHARS && /^https?:\/\//i.test(url);
}

/** The payload in a message event's data when it is a well-formed hook message, else null. */
export function readHookMessage(data: unknown): HookPayload | null {
  if (data === null || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.channel !== HOOK_CHANNEL) return null;
  const { url, body } = d;
  if (!isHttpUrl(url) || !bodyFits(body)) return null;
  return { url, body };
}

/**
 * A body as text, decoded the way `Response.text()` decodes (`Blob.text()` is the same UTF-8
 * decode: a leading BOM dropped, malformed bytes replaced), or null when it is empty or longer
 * than the character cap.
 */
export async function bodyText(body: string | Blob): Promise<string | null> {
  const text = typeof body === 'string' ? body : await body.text();
  return text.length > 0 && text.length <= MAX_PAYLOAD_CHARS ? text : null;
}
