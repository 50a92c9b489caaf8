import { windows1252Bytes } from './windows-1252';

/** What a mojibake repair changed. */
export type MojibakeRepair = { text: string; repaired: number };

let toByte: Map<string, number> | undefined;

function cp1252Bytes(): Map<string, number> {
  toByte ??= windows1252Bytes();
  return toByte;
}

let pattern: RegExp | undefined;
let continuation: Set<string> | undefined;

/** A UTF-8 lead byte and its continuation bytes, each read as a windows-1252 character. */
function mojibakePattern(): RegExp {
  if (!pattern) {
    const cont = [...cp1252Bytes()].filter(([, b]) => b >= 0x80 && b <= 0xbf).map(([c]) => c);
    continuation = new Set(cont);
    const cls = `[${cont.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
    pattern = new RegExp(`[\\u00C2-\\u00DF]${cls}|[\\u00E0-\\u00EF]${cls}{2}|[\\u00F0-\\u00F4]${cls}{3}`, 'g');
  }
  return pattern;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A decoded run is believable when it is what Latin-script publishers really double-encode:
 * any 2-byte character (accented letters, Cyrillic, Greek…), 3-byte punctuation, currency and
 * symbols, other 3-byte characters (CJK names) unless the run holds a no-break space — French
 * "é »" (letter, no-break space, guillemet) looks like UTF-8 for 頻 — and 4-byte emoji.
 */
function plausible(run: string, decoded: string, bytes: number): boolean {
  if (/[\u0080-\u009f\uFFFD]/.test(decoded)) return false;
  const cp = decoded.codePointAt(0) ?? 0;
  if (bytes === 2) return true;
  if (bytes === 3) return (cp >= 0x2000 && cp <= 0x2bff) || !run.includes('\u00a0');
  return cp >= 0x1f000;
}

/**
 * Reverses double-encoded UTF-8 ("CataluÃ±a" → "Cataluña"): each run that reads as a UTF-8
 * sequence seen through windows-1252 is turned back into bytes and decoded, and kept only when
 * it decodes cleanly to a believable character, so legitimate Latin-1 text is left alone.
 */
export function repairMojibake(text: string): MojibakeRepair {
  const map = cp1252Bytes();
  const re = mojibakePattern();
  re.lastIndex = 0;
  let repaired = 0;
  let out = '';
  let last = 0;
  let lastRepairEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[0];
    const start = m.index;
    // A run glued to leftover continuation characters sits inside a deeper (triple) mojibake: leave it whole.
    const before = text[start - 1];
    if (start > 0 && start !== lastRepairEnd && before !== undefined && continuation?.has(before)) continue;
    const bytes = Uint8Array.from([...run].map((c) => map.get(c) ?? 0));
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      continue;
    }
    if (!plausible(run, decoded, bytes.length)) continue;
    out += text.slice(last, start) + decoded;
    last = start + run.length;
    lastRepairEnd = last;
    repaired++;
  }
  return { text: out + text.slice(last), repaired };
}
