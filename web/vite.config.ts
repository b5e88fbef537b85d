/**
 * Vite: builds the SPA into `web/dist` (served by the API server) and, in development, proxies
 * the server's paths to it (`MENTALMUSE_API`, default http://127.0.0.1:8000).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = process.env.MENTALMUSE_API ?? 'http://127.0.0.1:8000';
const proxied = { target: api, changeOrigin: false };

export default defineConfig({
  plugins: [react()],
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
