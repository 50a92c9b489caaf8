import { createPipeline, type Pipeline } from '@/lib/tagging/pipeline';
import { readProfile } from '@/lib/platform/storage';

let cached: { key: string; pipeline: Pipeline } | undefined;

/** The pipeline for the stored profile; rebuilt only when the profile changes. */
export async function currentPipeline(): Promise<Pipeline> {
  const { profile } = await readProfile();
  const key = JSON.stringify(profile);
  if (cached?.key !== key) cached = { key, pipeline: createPipeline(profile) };
  return cached.pipeline;
}
