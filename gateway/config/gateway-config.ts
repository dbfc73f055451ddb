import { z } from 'zod';
import { supergraphPath } from '../../schema/supergraph-path';
import { auditConfigShape } from '../audit/audit-config';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SUPERGRAPH_PATH: z.string().min(1).default(supergraphPath),
  /** Overrides every subgraph's own time budget from the registry. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Trusted token issuers (JSON); required in production, where no development issuer is trusted. */
  AUTH_ISSUERS_FILE: z.string().min(1).optional(),
  /** Master key of the requester context signed for subgraphs (32+ characters); required in production. */
  CONTEXT_KEY: z.string().min(32).optional(),
}).extend(auditConfigShape);

export type GatewayConfig = Readonly<z.output<typeof schema>>;

/** Read the gateway's environment once, validated and frozen; a bad value stops the start naming it. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])])}: ${i.message}`);
    throw new Error(`invalid gateway configuration: ${problems.join('; ')}`);
  }
  return Object.freeze(parsed.data);
}
