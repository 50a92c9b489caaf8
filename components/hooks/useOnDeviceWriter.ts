import { useEffect, useState } from 'react';
import { detectOnDeviceWriter, type OnDeviceWriter } from '@/lib/drafting';
import type { DraftLang } from '@/lib/model/evidence';

/** Chrome's on-device writer for a language, if this browser has one (undefined while detecting). */
export function useOnDeviceWriter(lang: DraftLang): OnDeviceWriter | undefined {
  const [writer, setWriter] = useState<OnDeviceWriter>();
  useEffect(() => {
    let alive = true;
    setWriter(undefined);
    void detectOnDeviceWriter(globalThis, lang).then((w) => { if (alive) setWriter(w); });
    return () => { alive = false; };
  }, [lang]);
  return writer;
}
