/**
 * Reads the JSON value that starts at `from` in a script's text (a `var x = {...};`
 * assignment), by matching brackets outside strings. Returns undefined on anything broken.
 */
export function jsonValueAt(src: string, from: number): unknown {
  const start = src.slice(from).search(/[{[]/);
  if (start < 0) return undefined;
  const begin = from + start;
  let depth = 0;
  let inString = false;
  for (let i = begin; i < src.length; i++) {
    const c = src[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        try {
          return JSON.parse(src.slice(begin, i + 1));
        } catch {
          return undefined;
        }
      }
    }
  }
  return undefined;
}

/** The JSON assigned to `name` (`var ytInitialData = {…}`, `window.__x = {…}`) in any inline script. */
export function assignedJson(doc: Document, name: string): unknown {
  const pattern = new RegExp(`(?:^|[\\s;.\\]'"])${name.replace(/[$.]/g, '\\$&')}['"\\]]*\\s*=\\s*`);
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (!text.includes(name)) continue;
    const m = pattern.exec(text);
    if (!m) continue;
    const v = jsonValueAt(text, m.index + m[0].length);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Parsed contents of `<script type="application/json" id=…>` / JSON-LD blocks matching `selector`. */
export function scriptJson(doc: Document, selector: string): unknown[] {
  const out: unknown[] = [];
  for (const s of Array.from(doc.querySelectorAll(selector))) {
    try {
      out.push(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken embedded JSON is common; the DOM path still runs.
    }
  }
  return out;
}
