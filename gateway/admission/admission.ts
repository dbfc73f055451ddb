import type { ApolloServerOptionsWithGateway, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '../../subgraphs/kit/log';
import type { AdmissionConfig } from './admission-config';
import { batchLimit } from './batch-limit';
import { persistedQueryStore } from './persisted-query-store';
import { loadTrustedDocuments } from './trusted-documents';
import { useLimits } from './useLimits';
import { useTrustedDocuments } from './useTrustedDocuments';

/** What the gateway needs from the admission: Apollo Server options, plugins, the batch check. */
export interface Admission<TContext extends BaseContext> {
  /** Spread into ApolloServer's options. */
  readonly apolloOptions: Pick<ApolloServerOptionsWithGateway<TContext>, 'parseOptions' | 'persistedQueries' | 'allowBatchedHttpRequests'>;
  /** Listed before the other plugins: nothing else needs to see a refused operation. */
  readonly plugins: ApolloServerPlugin<TContext>[];
  /** Call in the context function with the parsed HTTP body: refuses a batch over MAX_BATCH_SIZE. */
  readonly checkBatch: (body: unknown) => void;
  close(): Promise<void>;
}

/**
 * Everything that decides whether an operation is let in, before any subgraph is called: limits,
 * trusted documents, persisted queries and batches. Reads the trusted documents file now, so a
 * missing or malformed one stops the start.
 */
export function createAdmission<TContext extends BaseContext>(
  config: AdmissionConfig & { readonly REDIS_URL?: string | undefined },
  log: Logger,
): Admission<TContext> {
  const trusted = loadTrustedDocuments({ mode: config.TRUSTED_DOCUMENTS, file: config.TRUSTED_DOCUMENTS_FILE });
  const persisted = persistedQueryStore({ redisUrl: config.REDIS_URL, ttlMs: config.PERSISTED_QUERY_TTL_MS, trusted, log });
  log.info(
    {
      persistedQueries: persisted.description,
      trustedDocuments: trusted.mode,
      limits: { depth: config.MAX_QUERY_DEPTH, aliases: config.MAX_ALIASES, rootFields: config.MAX_ROOT_FIELDS, tokens: config.MAX_TOKENS, cost: config.MAX_QUERY_COST },
      maxBatchSize: config.MAX_BATCH_SIZE,
    },
    'admission',
  );
  return {
    apolloOptions: {
      // The parser stops at the token limit, so an oversized document is never validated (useLimits).
      parseOptions: { maxTokens: config.MAX_TOKENS },
      persistedQueries: persisted.options,
      allowBatchedHttpRequests: config.MAX_BATCH_SIZE > 1,
    },
    plugins: [
      useTrustedDocuments<TContext>({ documents: trusted }),
      useLimits<TContext>({
        maxDepth: config.MAX_QUERY_DEPTH,
        maxAliases: config.MAX_ALIASES,
        maxRootFields: config.MAX_ROOT_FIELDS,
        maxTokens: config.MAX_TOKENS,
        maxCost: config.MAX_QUERY_COST,
        listFactor: config.QUERY_COST_LIST_FACTOR,
      }),
    ],
    checkBatch: batchLimit(config.MAX_BATCH_SIZE),
    close: () => persisted.close(),
  };
}
