/**
 * windows-1252 bytes 0x80–0x9F (WHATWG encoding index). Spelled out because Node's TextDecoder
 * (v20) decodes this range as Latin-1 C1 controls, unlike browsers; every other byte maps to
 * the same code point.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Labels the WHATWG Encoding Standard maps to windows-1252. */
export const WINDOWS_1252_LABELS = new Set([
  'windows-1252', 'cp1252', 'x-cp1252', 'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'l1', 'us-ascii', 'ascii',
  'ansi_x3.4-1968', 'cp819', 'ibm819', 'iso-ir-100', 'csisolatin1', 'iso88591', 'iso_8859-1:1987',
]);

/** Decodes windows-1252 (and its aliases, Latin-1 included) the way browsers do. Total: every byte has a character. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** windows-1252 character → byte, for turning mojibake back into the bytes it came from. */
export function windows1252Bytes(): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(String.fromCharCode(b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b), b);
  return map;
}
