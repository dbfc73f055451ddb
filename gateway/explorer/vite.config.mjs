// Builds the self-hosted explorer (GraphiQL + the explorer plugin) into gateway/explorer/dist, served
// by the gateway under EXPLORER_ASSET_PREFIX: every script, style sheet, font and worker is a local
// file, so the page works on a network with no way out.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${here}src`,
  // Worker and chunk URLs are absolute: they must name the prefix the gateway serves them under
  // (kept in step with EXPLORER_ASSET_PREFIX in explorer-assets.ts; a unit test checks it).
  base: '/explorer/',
  logLevel: 'warn',
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    assetsDir: 'assets',
    // Inline data: URLs would need `data:` in the CSP; every asset is a file instead.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's packages start with "use client", meaningless outside a React server build.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
