import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app: built into web/dist, which the gateway serves at its root. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // react-router marks its modules "use client" (for server components); meaningless in this app.
      onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); },
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/auth': 'http://127.0.0.1:4000', '/app-config.json': 'http://127.0.0.1:4000' } },
});
