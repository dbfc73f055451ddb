import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { readFieldLabels, type FieldLabel } from '../../schema/access/field-labels';
import type { PolicySubject } from '../../schema/access/policy-expression';
import { corridorError } from '../../schema/errors';
import type { Logger } from '../../subgraphs/kit/log';
import type { FieldDecision } from '../audit/audit-event';
import { decideFields } from './field-decisions';
import { labelledSelections, type LabelledSelection } from './labelled-selections';
import { RESERVED_PREFIX } from './placeholder';
import { withRecordIds, selectsRecords } from './record-ids';
import { rememberDecisions, rememberRecords } from './policy-decisions';
import { pinToRecord, restoreAnswer } from './restore-answer';
import { rewriteDenied, type Rewrite } from './rewrite-denied';

export interface FieldPolicyOptions {
  /** The requester attributes of a request's context; null denies every labelled field. */
  subjectOf: (context: Record<string, unknown>) => PolicySubject | null;
  log: Logger;
  /** Rewrites kept for reuse, by (query hash, operation, denied set). @default 1000 */
  maxCachedRewrites?: number;
}

interface DocumentShape {
  readonly labels: ReadonlyMap<string, FieldLabel>;
  readonly selections: LabelledSelection[];
  readonly records: boolean;
  /** The client used an alias our rewrites reserve (refused). */
  readonly reservedAlias: boolean;
}

/** Who nobody is: used when a request carries no verified requester, so every label denies. */
const NOBODY: PolicySubject = Object.freeze({ roles: [], country: '', agency: '', clearance: 0, hasPurpose: false });

function usesReservedAlias(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.alias?.value.startsWith(RESERVED_PREFIX)) found = true;
    },
  });
  return found;
}

/**
 * Field labels (SPEC §5, layer 1), enforced before the query plan: wraps the Apollo gateway so that
 * every request's labelled fields are evaluated for its requester before any subgraph is called.
 * Denied fields are rewritten out of the document (they never reach a subgraph) and come back
 * `null` with a FORBIDDEN or PURPOSE_REQUIRED error naming the label and the path.
 *
 * Documents that select person records also get each record's id added (and removed from the
 * answer), so errors a country raises about one record are pinned to that record's path.
 *
 * The plan cache is keyed by `queryHash`: a rewritten document gets its own hash (original hash +
 * denied set), or a plan cached for one requester would serve another (see shared/design/policy.md).
 */
export class FieldPolicyGateway implements GatewayInterface {
  private labels: ReadonlyMap<string, FieldLabel> = new Map();
  /** Set when the loaded supergraph's labels do not parse: then nothing labelled is served. */
  private brokenLabels: string | null = null;
  private shapes = new WeakMap<DocumentNode, DocumentShape>();
  /** Rewritten documents with their own plan-cache hash, by original hash, operation and denied set. */
  private rewrites = new Map<string, Rewrite & { readonly queryHash: string }>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly inner: GatewayInterface,
    private readonly options: FieldPolicyOptions,
  ) {
    // Registered before Apollo Server's own callback, so a new schema never runs with old labels.
    this.unsubscribe = inner.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => this.loadLabels(coreSupergraphSdl));
  }

  /** The labels currently enforced, by `Type.field` (for the explorer and tests). */
  get fieldLabels(): ReadonlyMap<string, FieldLabel> {
    return this.labels;
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  async load(options: Parameters<GatewayInterface['load']>[0]) {
    const { executor } = await this.inner.load(options);
    return { executor: executor && this.guard(executor) };
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.inner.stop();
  }

  private loadLabels(sdl: string): void {
    try {
      this.labels = readFieldLabels(sdl);
      this.brokenLabels = null;
      this.rewrites.clear();
      this.options.log.info({ labelledFields: this.labels.size }, 'field labels loaded');
    } catch (error) {
      // Composition refuses malformed labels; a supergraph that still carries one fails closed.
      this.brokenLabels = (error as Error).message;
      this.options.log.error({ err: this.brokenLabels }, 'supergraph has a malformed access label; labelled fields are not served');
    }
  }

  /** The labelled fields and whether person records are selected, once per parsed document. */
  private shapeOf(document: DocumentNode, requestContext: GatewayGraphQLRequestContext): DocumentShape {
    const cached = this.shapes.get(document);
    if (cached && cached.labels === this.labels) return cached;
    const shape = {
      labels: this.labels,
      selections: labelledSelections(document, requestContext.schema, this.labels),
      records: selectsRecords(document, requestContext.schema),
      reservedAlias: usesReservedAlias(document),
    };
    this.shapes.set(document, shape);
    return shape;
  }

  private guard(execute: GatewayExecutor): GatewayExecutor {
    return async (requestContext) => {
      if (this.brokenLabels) {
        return { errors: [corridorError('INTERNAL_SERVER_ERROR', 'the loaded supergraph has a malformed access label; nothing is served until it is fixed')] };
      }
      const { document, context } = requestContext;
      const shape = this.shapeOf(document, requestContext);
      if (shape.reservedAlias) {
        return { errors: [corridorError('BAD_USER_INPUT', `aliases starting with ${RESERVED_PREFIX} are reserved`)] };
      }
      if (shape.selections.length === 0 && !shape.records) return execute(requestContext); // the fast path
      const subject = this.options.subjectOf(context) ?? NOBODY;
      const { denied } = decideFields(shape.selections, subject);
      rememberDecisions(
        context,
        shape.selections.map((s): FieldDecision => {
          const d = denied.get(s.coordinate);
          return d ? { path: s.schematicPath, decision: 'DENIED', rule: d.rule } : { path: s.schematicPath, decision: 'ALLOWED', rule: s.label.policy };
        }),
      );
      if (denied.size === 0 && !shape.records) return execute(requestContext);

      const deniedKey = [...denied.values()].map((d) => `${d.coordinate}:${d.code}`).sort().join(',');
      const cacheKey = `${requestContext.queryHash}\u0000${requestContext.operationName ?? ''}\u0000${deniedKey}`;
      let rewrite = this.rewrites.get(cacheKey);
      if (!rewrite) {
        const denying = rewriteDenied(document, shape.selections, denied);
        rewrite = {
          ...denying,
          document: shape.records ? withRecordIds(denying.document, requestContext.schema) : denying.document,
          // Its own plan-cache key: the rewritten document is a different operation (policy.md).
          queryHash: createHash('sha256').update(cacheKey).digest('hex'),
        };
        if (this.rewrites.size >= (this.options.maxCachedRewrites ?? 1000)) this.rewrites.delete(this.rewrites.keys().next().value!);
        this.rewrites.set(cacheKey, rewrite);
      }
      const result = await execute({ ...requestContext, document: rewrite.document, queryHash: rewrite.queryHash });
      const restored = restoreAnswer(result.data, rewrite.placeholders);
      rememberRecords(context, restored.touched);
      const errors = (result.errors ?? []).map((e) => pinToRecord(e as GraphQLError, restored.recordPaths));
      return { ...result, data: restored.data, errors: errors.length + restored.denials.length > 0 ? [...errors, ...restored.denials] : undefined };
    };
  }
}
