import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { countTokens, measureOperation, type OperationMeasure } from './measure-operation';
import { enforceEarlyRefusal, refuseEarly, refusal } from './refusal';

export interface LimitsOptions {
  /** Deepest field nesting, root fields at depth 1 (introspection not counted). @default 12 */
  maxDepth?: number;
  /** Aliased fields in the operation, a fragment's counted each time it is spread. @default 30 */
  maxAliases?: number;
  /** Fields at the root of the operation. @default 10 */
  maxRootFields?: number;
  /** Lexical tokens of the document, comments excluded. @default 2000 */
  maxTokens?: number;
  /** The cost estimate of `measureOperation`. @default 10000 */
  maxCost?: number;
  /** How many items the cost estimate assumes each list field holds. @default 10 */
  listFactor?: number;
}

/** Each limit: what it is called in `extensions.limit`, the option and the variable that set it, how the message says it. */
const LIMITS = [
  { limit: 'depth', option: 'maxDepth', variable: 'MAX_QUERY_DEPTH', what: 'depth' },
  { limit: 'aliases', option: 'maxAliases', variable: 'MAX_ALIASES', what: 'alias count' },
  { limit: 'rootFields', option: 'maxRootFields', variable: 'MAX_ROOT_FIELDS', what: 'root field count' },
  { limit: 'cost', option: 'maxCost', variable: 'MAX_QUERY_COST', what: 'estimated cost' },
] as const satisfies readonly { limit: keyof OperationMeasure; option: keyof LimitsOptions; variable: string; what: string }[];

type Limit = (typeof LIMITS)[number];

function tooComplex({ limit, variable, what }: Limit, maximum: number, actual: number) {
  return refusal('QUERY_TOO_COMPLEX', `The operation is too complex: its ${what} is ${actual}, over the maximum of ${maximum} (${variable}).`, {
    limit,
    maximum,
    actual,
  });
}

/** The parser stops counting at the limit, so the message says "more than". */
function tooManyTokens(maximum: number) {
  return refusal('QUERY_TOO_COMPLEX', `The operation is too complex: the document has more than ${maximum} tokens (MAX_TOKENS).`, {
    limit: 'tokens',
    maximum,
  });
}

/**
 * Refuses, with QUERY_TOO_COMPLEX naming the limit (`extensions.limit`, `maximum`, `actual`), an
 * operation over any of the limits, before it is executed: no subgraph is called.
 *
 * Tokens come first. Give Apollo Server
 * `parseOptions: { maxTokens }` with the same number: the parser then stops at the limit, so an
 * oversized document is never validated (graphql-js's validation can take minutes on 100 KB of
 * repeated fields), and this plugin answers QUERY_TOO_COMPLEX in place of the parser's error.
 * Without it, the count after parsing still refuses the operation, only later.
 *
 * Depth, aliases, root fields and cost are measured on the operation that runs, after validation
 * (see `measureOperation`); the first limit exceeded, in that order, is the one reported.
 */
export function useLimits<TContext extends BaseContext = BaseContext>({
  maxDepth = 12,
  maxAliases = 30,
  maxRootFields = 10,
  maxTokens = 2000,
  maxCost = 10_000,
  listFactor = 10,
}: LimitsOptions = {}): ApolloServerPlugin<TContext> {
  const maxima = { maxDepth, maxAliases, maxRootFields, maxCost };
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ request, source }) {
          return async (error) => {
            // Only a failed parse can be the parser's token limit; counting tells it from a syntax error.
            if (error && countTokens(source, maxTokens) > maxTokens) refuseEarly(request, tooManyTokens(maxTokens));
          };
        },
        async didResolveOperation(requestContext) {
          await enforceEarlyRefusal.didResolveOperation(requestContext);
          const { schema, document, operation, source } = requestContext;
          if (countTokens(source, maxTokens) > maxTokens) throw tooManyTokens(maxTokens);
          // No such operation in the document: Apollo Server answers that itself, nothing runs.
          if (!operation) return;
          const measure = measureOperation({ schema, document, operation, listFactor });
          for (const limit of LIMITS) {
            if (measure[limit.limit] > maxima[limit.option]) throw tooComplex(limit, maxima[limit.option], measure[limit.limit]);
          }
        },
        willSendResponse: enforceEarlyRefusal.willSendResponse,
      };
    },
  };
}
