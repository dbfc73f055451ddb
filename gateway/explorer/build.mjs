// `npm ci` runs this (postinstall) and `npm run explorer:build` on demand: builds the explorer page.
// An install without dev dependencies (the production image: `--omit=dev`) has no vite and no
// GraphiQL; it skips the build, and the gateway says so if EXPLORER=on asks for the page.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
try {
  require.resolve('vite');
  require.resolve('graphiql/package.json');
} catch {
  console.warn('explorer: vite or graphiql is not installed (production install?); the schema explorer is not built');
  process.exit(0);
}
const started = Date.now();
const { build } = await import('vite');
await build({ configFile: fileURLToPath(new URL('vite.config.mjs', import.meta.url)) });
console.warn(`explorer: built gateway/explorer/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
