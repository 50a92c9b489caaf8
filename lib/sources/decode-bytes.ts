import { decodeWindows1252, WINDOWS_1252_LABELS } from './windows-1252';

/** What decoding a document's bytes produced, and what it had to guess. */
export type DecodedText = { text: string; encoding: string; warnings: string[] };

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** Encodings that assign a character to every byte: a wrong guess never fails, it garbles. */
const SINGLE_BYTE_LATIN = new Set([...WINDOWS_1252_LABELS, 'iso-8859-15']);

/** Reads `charset=` from an HTTP Content-Type value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : undefined;
}

/** Reads the encoding an XML declaration or an HTML `<meta charset>` announces in the first bytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII by rule, so a Latin-1 reading of the head is safe for any ASCII-compatible encoding.
  const head = decodeWindows1252(bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : undefined;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | undefined {
  if (WINDOWS_1252_LABELS.has(label)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/**
 * Decodes a fetched or saved document: a BOM wins, then the HTTP charset, then the document's
 * own declaration; invalid UTF-8 falls back to windows-1252, and a single-byte declaration over
 * bytes that are valid multi-byte UTF-8 is taken as a mislabel. Never yields U+FFFD silently.
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const warnings: string[] = [];
  for (const [sig, label] of BOMS) {
    if (sig.every((b, i) => bytes[i] === b)) {
      const text = tryDecode(bytes.subarray(sig.length), label, false) ?? '';
      return finish(text, label, warnings);
    }
  }
  const fromHttp = charsetFromContentType(contentType);
  const fromDoc = declaredCharset(bytes);
  const declared = fromHttp ?? fromDoc;
  const utf8 = tryDecode(bytes, 'utf-8', true);

  if (!declared || declared === 'utf-8' || declared === 'utf8') {
    if (utf8 !== undefined) return finish(utf8, 'utf-8', warnings);
    warnings.push(`the bytes are not valid UTF-8${declared ? ' although declared so' : ''}: read as windows-1252 (Latin-1)`);
    return finish(decodeWindows1252(bytes), 'windows-1252', warnings);
  }
  // Valid multi-byte UTF-8 is very unlikely to be real Latin-1 text, so a Latin-1 label over it is a mislabel.
  if (SINGLE_BYTE_LATIN.has(declared) && utf8 !== undefined && hasNonAscii(bytes)) {
    warnings.push(`declared ${declared} but the bytes are UTF-8: read as UTF-8`);
    return finish(utf8, 'utf-8', warnings);
  }
  const text = tryDecode(bytes, declared, false);
  if (text === undefined) {
    warnings.push(`unknown encoding "${declared}": read as ${utf8 !== undefined ? 'UTF-8' : 'windows-1252'}`);
    return finish(utf8 ?? decodeWindows1252(bytes), utf8 !== undefined ? 'utf-8' : 'windows-1252', warnings);
  }
  if (fromHttp && fromDoc && fromHttp !== fromDoc) {
    warnings.push(`the server says ${fromHttp}, the document says ${fromDoc}: used ${fromHttp}`);
  }
  return finish(text, declared, warnings);
}

function finish(text: string, encoding: string, warnings: string[]): DecodedText {
  const bad = countReplacement(text);
  if (bad > 0) warnings.push(`${bad} undecodable characters (U+FFFD) in the ${encoding} text`);
  return { text, encoding, warnings };
}

/** Counts U+FFFD replacement characters. */
export function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
