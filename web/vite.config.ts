/**
 * Vite: builds the SPA into `web/dist` (served by the API server) and, in development, proxies
 * the server's paths to it (`MENTALMUSE_API`, default http://127.0.0.1:8000). vite-plugin-pwa
 * compiles the service worker (`src/sw.ts`, injectManifest) into `dist/sw.js` with the precache
 * list of the build, and writes `dist/manifest.webmanifest` (see docs/pwa.md).
 */
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const api = process.env.MENTALMUSE_API ?? 'http://127.0.0.1:8000';
const proxied = { target: api, changeOrigin: false };

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      // The page registers the worker itself (components/UpdatePrompt.tsx), so no inline script.
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      includeAssets: ['icons/apple-touch-icon.png'],
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The bundle manifest is for the server, not for browsers.
        globIgnores: ['.vite/**'],
      },
      manifest: {
        id: '/',
        name: 'MentalMuse',
        short_name: 'MentalMuse',
        description: 'A supportive community and a private mood journal that works offline.',
        lang: 'en',
        start_url: '/journal',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#2b6b5e',
        background_color: '#f6f4ef',
        categories: ['health', 'lifestyle'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        shortcuts: [
          {
            name: 'Check in',
            short_name: 'Check in',
            description: 'How are you right now? One tap to record a mood.',
            url: '/journal#checkin',
            icons: [{ src: '/icons/shortcut-checkin-96.png', sizes: '96x96', type: 'image/png' }],
          },
          {
            name: 'Need help now?',
            short_name: 'Help now',
            description: 'Crisis lines and people you can talk to — works offline.',
            url: '/help',
            icons: [{ src: '/icons/shortcut-help-96.png', sizes: '96x96', type: 'image/png' }],
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/api': proxied, '/media': proxied, '/.well-known': proxied },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // The server's CSP forbids inline scripts: keep the module preload polyfill out of index.html.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
  },
});
