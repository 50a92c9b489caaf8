import { z } from 'zod';
import { FRAME_CHANNEL } from '../browse/frame-channel';
import { MAX_PAYLOAD_BYTES, MAX_PAYLOAD_CHARS, MAX_URL_CHARS, isHttpUrl } from '../browse/hook-message';

/** One body sent by the content script to the relay frame over its MessagePort (untrusted: the page can reach the frame too). */
export const FramedBodySchema = z.object({
  channel: z.literal(FRAME_CHANNEL),
  id: z.number().int(),
  url: z.string().refine(isHttpUrl, 'an http(s) address'),
  pageUrl: z.string().max(MAX_URL_CHARS),
  body: z.union([
    z.string().min(1).max(MAX_PAYLOAD_CHARS),
    z.instanceof(Blob).refine((b) => b.size > 0 && b.size <= MAX_PAYLOAD_BYTES, 'a body within the size cap'),
  ]),
});
export type FramedBodyMessage = z.infer<typeof FramedBodySchema>;
