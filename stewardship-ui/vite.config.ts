import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by WildFly under /ui/ (see mdm-server platform/ui); the build lands in the resource jar's
// META-INF/resources/ui so the WAR carries it. The dev server proxies the API and the runtime config.
export default defineConfig({
  base: '/ui/',
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources/ui',
    emptyOutDir: true,
    // no inline module preload polyfill: the page must run under script-src 'self'
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8080', '/ui/config.json': 'http://localhost:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
  },
});
