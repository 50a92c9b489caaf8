import { useEffect, useState } from 'react';
import { RETAG_KEY, readRetagProgress, watchStorage } from '@/lib/platform/storage';

/** Whether the background is re-tagging stored mentions now (its stored progress is not done). */
export function useRetagRunning(): boolean {
  const [running, setRunning] = useState(false);
  useEffect(() => {
    let live = true;
    const read = () => void readRetagProgress().then((p) => { if (live) setRunning(!!p && !p.done); });
    read();
    const stop = watchStorage([RETAG_KEY], read);
    return () => { live = false; stop(); };
  }, []);
  return running;
}
