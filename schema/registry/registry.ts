import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { z } from 'zod';

const port = z.number().int().min(1).max(65535);
const service = z.object({ name: z.string(), port, timeoutMs: z.number().int().positive() });

const jurisdictionSchema = z.object({
  code: z.string().regex(/^([A-Z]{3}|INTERPOL)$/, 'ISO 3166-1 alpha-3 or INTERPOL'),
  name: z.string().min(1),
  typePrefix: z.string().regex(/^[A-Z][a-z0-9]+$/, 'a capitalised GraphQL type prefix such as Phl'),
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone'),
  agencies: z.array(z.string().min(1)).min(1),
  contact: z.string().min(1),
  /** Folder under subgraphs/ whose adapter.ts exports `createAdapter` (`umf`: the long tail's one adapter). */
  adapter: z.string().regex(/^[a-z0-9-]+$/),
  /** Which long-tail process hosts this subgraph and its native source (named adapters: their own). */
  shard: z.number().int().min(0).optional(),
  /** Extra SDL of this jurisdiction's own, in schema/jurisdictions/ (INTERPOL's SLTD check). */
  extraSdl: z.string().regex(/^[a-z0-9-]+\.graphql$/).optional(),
  subgraph: z.object({ port, timeoutMs: z.number().int().positive() }),
  native: z.object({
    /** Folder under subgraphs/native/ of the simulated agency system that feeds the embedded default. */
    service: z.string().regex(/^[a-z0-9-]+$/),
    format: z.enum(['json-rest', 'xml', 'csv', 'sql', 'json', 'umf']),
    port,
    pageSize: z.number().int().positive(),
  }),
});

const longTailRow = z.object({ code: z.string().regex(/^[A-Z]{3}$/), timeZone: z.string() });

export type Jurisdiction = Readonly<z.infer<typeof jurisdictionSchema>>;
export type ServiceSettings = Readonly<z.infer<typeof service>>;

/** The registry of jurisdictions: the one list that drives composition, the index and start-up. */
export interface Registry {
  readonly jurisdictions: readonly Jurisdiction[];
  readonly index: ServiceSettings;
  readonly operations: ServiceSettings;
  byCode(code: string): Jurisdiction | undefined;
}

/** Long-tail subgraph and native ports: base + the row's position. Append new rows at the end. */
export const LONG_TAIL = { subgraphBase: 4500, nativeBase: 5500, shards: 4, pageSize: 500, timeoutMs: 3000 } as const;

/**
 * A long-tail country costs one row (code, time zone): everything else follows from it. Its
 * records arrive in the standard message format through the one generic adapter.
 */
export function expandLongTail(rows: unknown): Jurisdiction[] {
  return z.array(longTailRow).parse(rows).map((row, i) => {
    const name = countries.getName(row.code, 'en', { select: 'official' }) ?? row.code;
    return {
      code: row.code,
      name,
      typePrefix: row.code[0] + row.code.slice(1).toLowerCase(),
      timeZone: row.timeZone,
      agencies: ['NCB'],
      contact: `INTERPOL National Central Bureau, ${name}`,
      adapter: 'umf',
      shard: i % LONG_TAIL.shards,
      subgraph: { port: LONG_TAIL.subgraphBase + i, timeoutMs: LONG_TAIL.timeoutMs },
      native: { service: 'umf-messages', format: 'umf', port: LONG_TAIL.nativeBase + i, pageSize: LONG_TAIL.pageSize },
    };
  });
}

const registryDir = __dirname;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(registryDir, file), 'utf8'));
}

export function parseRegistry(jurisdictions: unknown, services: unknown): Registry {
  const list = z.array(jurisdictionSchema).min(1).parse(jurisdictions);
  const seen = new Set<string>();
  const { index, operations } = z.object({ index: service, operations: service }).parse(services);
  for (const key of [`port:${index.port}`, `port:${operations.port}`]) seen.add(key);
  for (const j of list) {
    for (const key of [j.code, `prefix:${j.typePrefix}`, `port:${j.subgraph.port}`, `port:${j.native.port}`]) {
      if (seen.has(key)) throw new Error(`registry: duplicate ${key} (${j.code})`);
      seen.add(key);
    }
  }
  const byCode = new Map(list.map((j) => [j.code, Object.freeze(j)]));
  return Object.freeze({
    jurisdictions: Object.freeze([...byCode.values()]),
    index: Object.freeze(index),
    operations: Object.freeze(operations),
    byCode: (code: string) => byCode.get(code),
  });
}

let cached: Registry | undefined;

/** The registry shipped in schema/registry (named jurisdictions, then the long tail), validated once. */
export function loadRegistry(): Registry {
  cached ??= parseRegistry(
    [...(readJson('jurisdictions.json') as unknown[]), ...expandLongTail(readJson('long-tail.json'))],
    readJson('services.json'),
  );
  return cached;
}

type Env = Record<string, string | undefined>;

/** Subgraph name used in composition and in gateway errors: the jurisdiction code in lower case. */
export const subgraphName = (j: Pick<Jurisdiction, 'code'>): string => j.code.toLowerCase();

/** Whether a jurisdiction is a country (INTERPOL is not one). */
export const isCountry = (j: Pick<Jurisdiction, 'code'>): boolean => /^[A-Z]{3}$/.test(j.code);

/** Where a jurisdiction's subgraph answers; `SUBGRAPH_URL_<CODE>` overrides it (containers, remote agencies). */
export function subgraphUrl(j: Jurisdiction, env: Env = process.env): string {
  return env[`SUBGRAPH_URL_${j.code}`] ?? `http://127.0.0.1:${j.subgraph.port}/graphql`;
}

/** Where the agency's native source answers; `NATIVE_URL_<CODE>` points the adapter at a real agency endpoint. */
export function nativeUrl(j: Jurisdiction, env: Env = process.env): string {
  return env[`NATIVE_URL_${j.code}`] ?? `http://127.0.0.1:${j.native.port}`;
}

/** Where the index subgraph answers; `INDEX_URL` overrides it. */
export function indexUrl(index: ServiceSettings, env: Env = process.env): string {
  return env.INDEX_URL ?? `http://127.0.0.1:${index.port}/graphql`;
}

/** Where the operations (totals) subgraph answers; `OPERATIONS_URL` overrides it. */
export function operationsUrl(operations: ServiceSettings, env: Env = process.env): string {
  return env.OPERATIONS_URL ?? `http://127.0.0.1:${operations.port}/graphql`;
}
