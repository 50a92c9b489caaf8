import { z } from 'zod';
import { PlatformSchema } from '../model/taxonomy';
import { MAX_PAYLOAD_CHARS } from '../browse/hook-message';

/** A page-API response body relayed from the page-world hook; parsed in the background. */
export const PayloadCaptureSchema = z.object({
  /** The API address the body came from (picks the adapter). */
  url: z.string().min(1).max(4000),
  /** The page the user was on. */
  pageUrl: z.string().max(4000),
  text: z.string().min(1).max(MAX_PAYLOAD_CHARS),
});
export type PayloadCapture = z.infer<typeof PayloadCaptureSchema>;

/** What the background did with a relayed payload. */
export const PayloadReportSchema = z.object({
  platform: PlatformSchema.nullable(),
  parsed: z.number().int(),
  skipped: z.number().int(),
  stored: z.number().int(),
  updated: z.number().int(),
  dropped: z.number().int(),
});
export type PayloadReport = z.infer<typeof PayloadReportSchema>;

/** A page of a platform the user opened (a load or an in-app navigation), for parser health. */
export const PageViewSchema = z.object({
  platform: PlatformSchema,
  url: z.string().max(4000),
});
export type PageView = z.infer<typeof PageViewSchema>;
