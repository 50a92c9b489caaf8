import { defineConfig } from 'wxt';

// Manifest permissions are a conscious list: test/e2e/manifest.spec.ts asserts them.
// Host access is optional and asked per platform or source at run time. Automation cannot click
// a permission prompt or grant activeTab, so the e2e build (`wxt build --mode e2e`, written to
// .output/chrome-mv3-e2e) holds the host access a user would have granted; the shipped build
// does not, and the manifest test checks that.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  publicDir: 'assets/public',
  webExt: { disabled: true },
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    permissions:
      browser === 'chrome'
        ? ['storage', 'contextMenus', 'activeTab', 'scripting', 'sidePanel', 'alarms', 'unlimitedStorage', 'notifications']
        : // Firefox reads page-API responses with webRequest.filterResponseData (no page world in MV2).
          ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'unlimitedStorage', 'notifications', 'webRequest', 'webRequestBlocking'],
    optional_host_permissions: mode === 'e2e' ? undefined : ['https://*/*', 'http://*/*'],
    // MV2 has no optional_host_permissions (WXT drops the key): Firefox lists the origins here,
    // or permissions.request({ origins }) is refused and no platform could be turned on.
    optional_permissions: browser === 'firefox' && mode !== 'e2e' ? ['https://*/*', 'http://*/*'] : undefined,
    host_permissions: mode === 'e2e' ? ['<all_urls>'] : undefined,
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandCapture__',
      },
    },
    // The capture relay frame (entrypoints/capture-relay/) is put on platform pages by the capture
    // content script; the dynamic URL changes every session, so pages cannot probe for Pulso.
    web_accessible_resources:
      browser === 'chrome' ? [{ resources: ['capture-relay.html'], matches: ['<all_urls>'], use_dynamic_url: true }] : undefined,
    content_security_policy:
      browser === 'chrome'
        ? { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'self'" }
        : undefined,
    browser_specific_settings:
      // Pulso transmits nothing (data stays on the device), which Firefox asks add-ons to declare.
      browser === 'firefox' ? { gecko: { id: 'pulso@pulso.local', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } : undefined,
  }),
});
