import { z } from 'zod';
import { PressureLevelSchema } from '../model/indicator';

/** `indicators/evaluate`: run an alert pass now (settings "check now", tests). */
export const EvaluateRequestSchema = z.object({}).strict();
export const EvaluateResultSchema = z.object({
  fired: z.number().int().nonnegative(),
  level: PressureLevelSchema,
  score: z.number(),
});
export type EvaluateResult = z.infer<typeof EvaluateResultSchema>;
