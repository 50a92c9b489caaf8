import { describe, expect, it } from 'vitest';
import { BROWSE_PLATFORMS, BrowseSettingsSchema, HostNameSchema, platformOrigins, registrationPlan, SCRIPT_FILES } from '../../lib/browse/browse-settings';
import { ADAPTERS } from '../../lib/capture/registry';

describe('host names the user types', () => {
  it.each([
    ['elpais.com', 'elpais.com'],
    ['  https://www.ElPeriodico.com/es/barcelona/ ', 'elperiodico.com'],
    ['mastodon.social', 'mastodon.social'],
    ['ara.cat.', 'ara.cat'],
  ])('%j → %s', (typed, host) => {
    expect(HostNameSchema.parse(typed)).toBe(host);
  });

  it.each(['', 'localhost', 'not a domain', 'javascript:alert(1)', '*.com', 'a..com', `${'a'.repeat(64)}.com`])('rejects %j', (typed) => {
    expect(HostNameSchema.safeParse(typed).success).toBe(false);
  });
});

describe('registration plan', () => {
  const all = () => true;
  const settings = BrowseSettingsSchema.parse({ enabled: ['x', 'mastodon', 'news', 'facebook'], newsDomains: ['elpais.com'], mastodonHosts: ['mastodon.social'] });

  it('offers every capture adapter as a platform', () => {
    expect([...BROWSE_PLATFORMS].sort()).toEqual(Object.keys(ADAPTERS).sort());
  });

  it('registers, per enabled platform, the page-world hook, the capture script and the reader it needs', () => {
    const plan = registrationPlan(settings, all, { mainWorld: true });
    const byId = Object.fromEntries(plan.map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual([
      'pulso-capture-facebook', 'pulso-capture-mastodon', 'pulso-capture-x', 'pulso-hook-mastodon', 'pulso-hook-x', 'pulso-reader-mastodon', 'pulso-reader-news',
    ]);
    expect(byId['pulso-hook-x']).toMatchObject({ world: 'MAIN', runAt: 'document_start', js: [SCRIPT_FILES.hook], matches: ['https://*.x.com/*', 'https://*.twitter.com/*'] });
    expect(byId['pulso-capture-x'].world).toBeUndefined();
    expect(byId['pulso-reader-news']).toMatchObject({ runAt: 'document_idle', matches: ['https://*.elpais.com/*'] });
    expect(byId['pulso-reader-mastodon'].matches).toEqual(['https://*.mastodon.social/*']);
    expect(plan.every((r) => r.persistAcrossSessions && !r.allFrames)).toBe(true);
  });

  it('leaves out platforms that are off, hosts not granted, and the page world where the browser lacks it', () => {
    expect(registrationPlan(BrowseSettingsSchema.parse({}), all, { mainWorld: true })).toEqual([]);
    expect(registrationPlan(settings, (o) => !o.includes('x.com'), { mainWorld: true }).map((r) => r.matches.join())).not.toContain('https://*.x.com/*');
    expect(registrationPlan(settings, all, { mainWorld: false }).some((r) => r.world === 'MAIN')).toBe(false);
    // News or Mastodon with no hosts listed: nothing to register, nothing to ask.
    const empty = BrowseSettingsSchema.parse({ enabled: ['news', 'mastodon'] });
    expect(registrationPlan(empty, all, { mainWorld: true })).toEqual([]);
    expect(platformOrigins('news', empty)).toEqual([]);
  });
});
