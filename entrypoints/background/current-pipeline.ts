import { fnv1a64 } from '@/lib/capture/mention-id';
import { createPipeline, type Pipeline } from '@/lib/tagging/pipeline';
import { compileSignals } from '@/lib/tagging/stakeholder';
import { compileTaxonomy } from '@/lib/tagging/topics';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { readProfile, readSignals, readTaxonomy } from '@/lib/platform/storage';

let cached: { key: string; pipeline: Pipeline } | undefined;

/** The pipeline for the stored profile and the user's edits; rebuilt only when they change. */
export async function currentPipeline(): Promise<Pipeline> {
  const [{ profile }, taxonomy, signals] = await Promise.all([readProfile(), readTaxonomy(), readSignals()]);
  const profileJson = JSON.stringify(profile);
  const taxonomyJson = taxonomy ? JSON.stringify(taxonomy) : '';
  const signalsJson = signals ? JSON.stringify(signals) : '';
  const key = `${profileJson}\n${taxonomyJson}\n${signalsJson}`;
  if (cached?.key !== key) {
    const short = (s: string) => fnv1a64(s).slice(0, 8);
    cached = {
      key,
      pipeline: createPipeline(profile, {
        taxonomy: taxonomy ? compileTaxonomy(taxonomy) : undefined,
        signals: signals ? compileSignals(signals) : undefined,
        fingerprints: {
          taxonomy: taxonomy ? short(taxonomyJson) : undefined,
          signals: signals ? short(signalsJson) : undefined,
          // The demo profile is the shipped default: only an edited profile changes the version.
          profile: profileJson === JSON.stringify(BARCELONA_PROFILE) ? undefined : short(profileJson),
        },
      }),
    };
  }
  return cached.pipeline;
}
