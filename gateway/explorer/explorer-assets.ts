import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Where the built page and its assets live (`npm run explorer:build`, run by `npm ci`). */
export const EXPLORER_DIST = join(__dirname, 'dist');
/** The URL prefix of the built assets; vite.config.mjs `base` says the same (a test checks). */
export const EXPLORER_ASSET_PREFIX = '/explorer/';

/**
 * What the page may load, all from the gateway itself: no other origin for scripts, styles, fonts,
 * workers or requests. Two allowances, both local: `style-src 'unsafe-inline'` because Monaco (the
 * editor inside GraphiQL) writes style attributes and <style> elements at run time, and
 * `data:` fonts and images because GraphiQL's own style sheet embeds its fonts and icons as data
 * URLs. Scripts get no such allowance: the built page has no inline script.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every explorer answer carries. */
export const EXPLORER_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface ExplorerAsset {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ExplorerBuild {
  /** The page, or null when the explorer was not built. */
  readonly page: ExplorerAsset | null;
  /** Every asset by its URL path (`/explorer/assets/index-….js`). */
  readonly assets: ReadonlyMap<string, ExplorerAsset>;
}

/**
 * Read the built explorer once at start, into memory (≈ 7 MB): the files are hashed by name, so
 * they are cached by browsers for a year; the page itself is revalidated every time, so a new build
 * is picked up on the next load.
 */
export function loadExplorerBuild(dir = EXPLORER_DIST): ExplorerBuild {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return { page: null, assets: new Map() };
  const assets = new Map<string, ExplorerAsset>();
  const assetDir = join(dir, 'assets');
  for (const name of existsSync(assetDir) ? readdirSync(assetDir) : []) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    assets.set(`${EXPLORER_ASSET_PREFIX}assets/${name}`, {
      body: readFileSync(join(assetDir, name)),
      headers: { ...EXPLORER_HEADERS, 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' },
    });
  }
  const page = { body: readFileSync(index), headers: { ...EXPLORER_HEADERS, 'content-type': TYPES['.html']!, 'cache-control': 'no-cache', vary: 'accept' } };
  return { page, assets };
}
