/** Longest accepted line of a backup or import file (characters): a mention with its text and raw payload fits many times. */
export const MAX_LINE_CHARS = 4_000_000;

/** A problem with the file itself (encoding, a line too long), with the line number in words. */
export class FileFormatError extends Error {}

/**
 * Reads a byte stream as UTF-8 text lines, chunk by chunk, so a file of any size is never held
 * whole. A UTF-8 byte-order mark is skipped; invalid UTF-8 (binary data, UTF-16) is refused;
 * CRLF is accepted. `onBytes` reports progress. Yields [lineNumber, text] (1-based).
 */
export async function* ndjsonLines(stream: ReadableStream<Uint8Array>, onBytes?: (bytes: number) => void): AsyncGenerator<[number, string]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = stream.getReader();
  let buffer = '';
  let line = 0;
  let bytes = 0;
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new FileFormatError(`the file is not UTF-8 text (near line ${line + 1}): it may be binary or saved in another encoding`);
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += decode(done ? undefined : value);
      if (!done) {
        bytes += value.byteLength;
        onBytes?.(bytes);
      }
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        line++;
        const text = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (text.length > MAX_LINE_CHARS) throw new FileFormatError(`line ${line} is longer than ${MAX_LINE_CHARS} characters`);
        yield [line, text.endsWith('\r') ? text.slice(0, -1) : text];
      }
      if (buffer.length > MAX_LINE_CHARS) throw new FileFormatError(`line ${line + 1} is longer than ${MAX_LINE_CHARS} characters`);
      if (done) break;
    }
    if (buffer.length) yield [line + 1, buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer];
  } finally {
    reader.releaseLock();
  }
}

/** Deepest nesting of a parsed JSON value, counted without recursion (a nested bomb cannot overflow the stack). */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const x of Object.values(v)) if (x && typeof x === 'object') stack.push([x, d + 1]);
  }
  return max;
}
