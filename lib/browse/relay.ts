import { readHookMessage, type HookPayload } from './hook-message';

/**
 * Takes hook messages from the page (untrusted: only well-formed ones from this window pass) and
 * hands them on one at a time, so a burst of responses never piles up messages to the background.
 */
export function createRelay(win: unknown, forward: (p: HookPayload) => Promise<void>): (e: MessageEvent) => void {
  const queue: HookPayload[] = [];
  let busy = false;
  const pump = async () => {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const next = queue.shift() as HookPayload;
      try {
        await forward(next);
      } catch {
        // The background may be restarting; this payload is lost, the next ones still go.
      }
    }
    busy = false;
  };
  return (e: MessageEvent) => {
    if (e.source !== win) return;
    const p = readHookMessage(e.data);
    if (!p || queue.length >= 50) return;
    queue.push(p);
    void pump();
  };
}
