import { defineConfig } from 'wxt';

// Manifest permissions are a conscious list: test/e2e/manifest.spec.ts asserts them.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Pulso',
    description: 'Local-first city brand monitoring: capture, tag and gauge what people say about your city.',
    default_locale: 'es',
    permissions:
      browser === 'chrome'
        ? ['storage', 'contextMenus', 'activeTab', 'scripting', 'sidePanel', 'alarms', 'unlimitedStorage']
        : ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'unlimitedStorage'],
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandCapture__',
      },
    },
    content_security_policy:
      browser === 'chrome'
        ? { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'self'" }
        : undefined,
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'pulso@pulso.local', strict_min_version: '115.0' } } : undefined,
  }),
});
