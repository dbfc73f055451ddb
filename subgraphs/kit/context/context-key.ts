import { hkdfSync } from 'node:crypto';

const DEVELOPMENT_CONTEXT_KEY = 'corridor-development-context-key-not-for-production';

/**
 * The key one subgraph verifies with: derived from the deployment's master key and the subgraph's
 * name (HKDF-SHA256). A subgraph that holds only its own derived key cannot sign for another.
 */
export function subgraphContextKey(master: string, subgraph: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(hkdfSync('sha256', master, 'corridor-requester-context', subgraph, 32));
}

/** `CONTEXT_KEY` (32+ characters); a development key outside production, none in production. */
export function contextMasterKey(env: Record<string, string | undefined> = process.env): string {
  const key = env.CONTEXT_KEY;
  if (key && key.length < 32) throw new Error('invalid configuration: CONTEXT_KEY must be at least 32 characters');
  if (!key && env.NODE_ENV === 'production') throw new Error('invalid configuration: CONTEXT_KEY is required in production');
  return key ?? DEVELOPMENT_CONTEXT_KEY;
}
