import { defineConfig } from 'wxt';

/**
 * Build configuration and manifest. The `key` pins the extension id to
 * nljkgbkkobbpgjaaiagdgliaddhianif so browser policy and tests can address it.
 * The demo mode (`wxt build --mode demo`) differs only in granting the demo
 * origins up front; store builds grant no host access. The bench mode
 * (`npm run bench`) adds the benchmark pages `entrypoints/bench*`, which no
 * other build contains, and grants only 127.0.0.1 (bench/README.md).
 */
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr8xgRk1qn//lKpMKylmX2htk2dBIX944nFz6+nq01wAlTMwdzRmhxgXjnlPQpkNtFGxIC/E38bO9r/DHqmFkm9cxZclzIKHCJc1MmdjExDQcrLzG0bz2emhdLnBkZe+HSaFJqG8UNeL0+ELuECcNYXRjPzTDphQDeKarKGfrA9saDUjT4629lu2uuDtQVbc7Lyio+UnxGoVOKlmJJWC4FvWnazeIqJaydKkj1BkUwKJoerntvY+X/zUqnpIJKKTRQAf7TpRK0saJ1B7UKYYiZowLk04uNFRljwqUUtZPn0+3RgSg9P+9xpO+9WuLfcNnCs8r84BIfqwqvV2J0oOfSwIDAQAB';

export const DEMO_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];
export const BENCH_ORIGINS = ['http://127.0.0.1/*'];

// No remote code and no network: every fetch/XHR/WebSocket from extension pages is blocked.
const CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: 'Zijlijn',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    ...(browser === 'firefox' ? {} : { key: EXTENSION_KEY }),
    // Each permission is justified in docs/ADMIN.md; activeTab lets the panel see the site it opened beside.
    permissions: ['storage', 'alarms', 'scripting', 'clipboardWrite', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: mode === 'demo' ? DEMO_ORIGINS : mode === 'bench' ? BENCH_ORIGINS : [],
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+Z' },
              description: '__MSG_commandOpen__',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+Z' },
              description: '__MSG_commandOpen__',
            },
          },
    content_security_policy: { extension_pages: CSP },
    ...(browser === 'firefox'
      ? {}
      : { storage: { managed_schema: 'managed-schema.json' }, minimum_chrome_version: '116' }),
    browser_specific_settings: {
      gecko: { id: 'zijlijn@zijlijn.nl', strict_min_version: '128.0' },
    },
  }),
  hooks: {
    // Benchmark pages ship only in the bench build, never in store or demo builds.
    'entrypoints:found': (wxt, infos) => {
      if (wxt.config.mode === 'bench') return;
      for (let i = infos.length - 1; i >= 0; i--) {
        if (infos[i]!.name.startsWith('bench')) infos.splice(i, 1);
      }
    },
  },
  vite: () => ({
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        // zod 4 ships comments Rollup cannot place; harmless, but they bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    // Firefox review needs the sources; screenshots and build output are not sources.
    excludeSources: ['docs/screenshots/**', 'coverage/**', '.bench/**'],
  },
});
