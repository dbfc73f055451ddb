import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const port = z.number().int().min(1).max(65535);

const jurisdictionSchema = z.object({
  code: z.string().regex(/^([A-Z]{3}|INTERPOL)$/, 'ISO 3166-1 alpha-3 or INTERPOL'),
  name: z.string().min(1),
  typePrefix: z.string().regex(/^[A-Z][a-z0-9]+$/, 'a capitalised GraphQL type prefix such as Phl'),
  timeZone: z.string().min(1),
  agencies: z.array(z.string().min(1)).min(1),
  contact: z.string().min(1),
  subgraph: z.object({ port, timeoutMs: z.number().int().positive() }),
  native: z.object({
    /** Folder under subgraphs/native/ of the simulated agency system that feeds the embedded default. */
    service: z.string().regex(/^[a-z0-9-]+$/),
    format: z.enum(['json-rest', 'xml']),
    port,
    pageSize: z.number().int().positive(),
  }),
});

const indexServiceSchema = z.object({ name: z.literal('index'), port, timeoutMs: z.number().int().positive() });

export type Jurisdiction = Readonly<z.infer<typeof jurisdictionSchema>>;
export type IndexService = Readonly<z.infer<typeof indexServiceSchema>>;

/** The registry of jurisdictions: the one list that drives composition, the index and start-up. */
export interface Registry {
  readonly jurisdictions: readonly Jurisdiction[];
  readonly index: IndexService;
  byCode(code: string): Jurisdiction | undefined;
}

const registryDir = __dirname;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(registryDir, file), 'utf8'));
}

export function parseRegistry(jurisdictions: unknown, index: unknown): Registry {
  const list = z.array(jurisdictionSchema).min(1).parse(jurisdictions);
  const seen = new Set<string>();
  for (const j of list) {
    for (const key of [j.code, `prefix:${j.typePrefix}`]) {
      if (seen.has(key)) throw new Error(`registry: duplicate ${key}`);
      seen.add(key);
    }
  }
  const byCode = new Map(list.map((j) => [j.code, Object.freeze(j)]));
  return Object.freeze({
    jurisdictions: Object.freeze([...byCode.values()]),
    index: Object.freeze(indexServiceSchema.parse(index)),
    byCode: (code: string) => byCode.get(code),
  });
}

let cached: Registry | undefined;

/** The registry shipped in schema/registry, validated once. */
export function loadRegistry(): Registry {
  cached ??= parseRegistry(readJson('jurisdictions.json'), readJson('index-service.json'));
  return cached;
}

type Env = Record<string, string | undefined>;

/** Subgraph name used in composition and in gateway errors: the jurisdiction code in lower case. */
export const subgraphName = (j: Jurisdiction): string => j.code.toLowerCase();

/** Where a jurisdiction's subgraph answers; `SUBGRAPH_URL_<CODE>` overrides it (containers, remote agencies). */
export function subgraphUrl(j: Jurisdiction, env: Env = process.env): string {
  return env[`SUBGRAPH_URL_${j.code}`] ?? `http://127.0.0.1:${j.subgraph.port}/graphql`;
}

/** Where the agency's native source answers; `NATIVE_URL_<CODE>` points the adapter at a real agency endpoint. */
export function nativeUrl(j: Jurisdiction, env: Env = process.env): string {
  return env[`NATIVE_URL_${j.code}`] ?? `http://127.0.0.1:${j.native.port}`;
}

/** Where the index subgraph answers; `INDEX_URL` overrides it. */
export function indexUrl(index: IndexService, env: Env = process.env): string {
  return env.INDEX_URL ?? `http://127.0.0.1:${index.port}/graphql`;
}
