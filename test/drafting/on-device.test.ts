import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMES } from '../../lib/drafting/frames';
import { detectOnDeviceWriter } from '../../lib/drafting/on-device';

// The environment (the browser's global object) is a parameter: these plain objects stand in
// for a browser with and without Chrome's built-in AI.
describe('detectOnDeviceWriter', () => {
  it('reports not-supported where the browser has none of the APIs', async () => {
    expect(await detectOnDeviceWriter({})).toEqual({ available: false, reason: 'not-supported' });
    expect(await detectOnDeviceWriter(undefined)).toEqual({ available: false, reason: 'not-supported' });
    expect(await detectOnDeviceWriter({ Rewriter: {} })).toEqual({ available: false, reason: 'not-supported' });
  });

  it('reports model-unavailable when every API says so, and errors without throwing', async () => {
    const unavailable = { availability: async () => 'unavailable', create: async () => ({}) };
    expect(await detectOnDeviceWriter({ Rewriter: unavailable, Writer: unavailable })).toEqual({ available: false, reason: 'model-unavailable' });
    const broken = { availability: async () => { throw new Error('NotAllowedError'); }, create: async () => ({}) };
    expect(await detectOnDeviceWriter({ LanguageModel: broken })).toEqual({ available: false, reason: 'error', detail: 'NotAllowedError' });
  });

  it('offers the Rewriter with the frame as shared context, and keeps numbers', async () => {
    const calls: object[] = [];
    const env = {
      Rewriter: {
        availability: async () => 'available',
        create: async (opts: object) => {
          calls.push(opts);
          return { rewrite: async (t: string) => `Para ti: ${t}`, destroy: () => calls.push({ destroyed: true }) };
        },
      },
    };
    const found = await detectOnDeviceWriter(env, 'es');
    expect(found).toMatchObject({ available: true, api: 'rewriter', status: 'available' });
    if (!found.available) throw new Error('expected available');
    expect(await found.rewrite('Abrimos 3 refugios.', DEFAULT_FRAMES.citizen)).toBe('Para ti: Abrimos 3 refugios.');
    expect(calls[0]).toMatchObject({ tone: 'more-casual', outputLanguage: 'es' });
    expect(JSON.stringify(calls[0])).toContain(DEFAULT_FRAMES.citizen.tone.en);
    expect(calls[1]).toEqual({ destroyed: true });
  });

  it('rejects a rewrite that drops a number, so the studio keeps the original', async () => {
    const env = {
      LanguageModel: {
        availability: async () => 'downloadable',
        create: async () => ({ prompt: async () => 'Abrimos refugios.' }),
      },
    };
    const found = await detectOnDeviceWriter(env, 'es');
    if (!found.available) throw new Error('expected available');
    expect(found).toMatchObject({ api: 'language-model', status: 'downloadable' });
    await expect(found.rewrite('Abrimos 3 refugios.', DEFAULT_FRAMES.citizen)).rejects.toThrow(/dropped a number/);
  });
});
