import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A new permission must be a conscious change: update this list when one is added.
test('the shipped Chrome manifest asks only for what is used, and no host access up front', () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect([...manifest.permissions].sort()).toEqual(
    ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage'].sort(),
  );
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
  expect(manifest.content_security_policy.extension_pages).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
});

test('the Firefox build is MV2 with a sidebar and a gecko id', () => {
  const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
  expect(manifest.manifest_version).toBe(2);
  expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
  expect(manifest.browser_specific_settings.gecko.id).toBe('pulso@pulso.local');
  expect(manifest.permissions).not.toContain('sidePanel');
  // Firefox reads page-API responses through webRequest.filterResponseData (no page world in MV2).
  expect([...manifest.permissions].sort()).toEqual(
    ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage', 'unlimitedStorage', 'webRequest', 'webRequestBlocking'].sort(),
  );
  // MV2 keeps optional origins in optional_permissions; without them no platform can be enabled.
  expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
  expect(manifest.permissions.filter((p: string) => p.includes('://') || p === '<all_urls>')).toEqual([]);
});

test('only the Firefox build asks for webRequest', () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.permissions).not.toContain('webRequest');
  expect(manifest.permissions).not.toContain('webRequestBlocking');
});
