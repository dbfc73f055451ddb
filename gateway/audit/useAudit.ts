import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { corridorError, ERROR_CODES } from '../../schema/errors';
import type { Logger } from '../../subgraphs/kit/log';
import { ANONYMOUS_REQUESTER, type AuditEvent, type AuditOutcome, type AuditRequester, type FieldDecision } from './audit-event';
import type { AuditSink } from './audit-sink';
import { collectRecordIds } from './record-ids';

/** What the policy layer knows about the personal data of one answer. */
export interface PersonalDataTouched {
  /** Records touched, including ones denied and so absent from the answer. */
  readonly records: readonly string[];
  /** Every labelled field in the operation, with the decision taken for it. */
  readonly fields: readonly FieldDecision[];
}

/** The parts of the request context the audit reads; authentication and the purpose check fill them. */
export interface AuditContext {
  readonly requester?: {
    readonly sub: string;
    readonly country: string;
    readonly agency: string;
    readonly roles: readonly string[];
    readonly issuer: string;
  } | null;
  /** The case reference from `X-Purpose`. */
  readonly purpose?: string | null;
  readonly requestId?: string;
}

export interface UseAuditOptions<TContext extends BaseContext> {
  sink: AuditSink;
  log: Logger;
  /**
   * The labelled fields and touched records of this request, from the policy layer. Record ids
   * found anywhere in the answer are always added to `records`, whatever this returns.
   * @default () => null (only the record ids in the answer are audited)
   */
  personalData?: (
    requestContext: GraphQLRequestContextWillSendResponse<TContext>,
  ) => PersonalDataTouched | null | Promise<PersonalDataTouched | null>;
  /** The clock stamped on events. @default () => new Date() */
  now?: () => Date;
}

/** Errors that mean the request was refused rather than broken. */
const DENIAL_CODES = new Set(['FORBIDDEN', 'PURPOSE_REQUIRED', 'UNAUTHENTICATED']);

function outcomeOf(result: FormattedExecutionResult, inAnswer: readonly string[], fields: readonly FieldDecision[]): AuditOutcome {
  if (result.data == null) {
    return result.errors?.some((e) => DENIAL_CODES.has(String(e.extensions?.code))) ? 'DENIED' : 'FAILED';
  }
  if (inAnswer.length === 0 && fields.length > 0 && fields.every((f) => f.decision === 'DENIED')) return 'DENIED';
  return 'SERVED';
}

function requesterOf(context: AuditContext): AuditRequester {
  const r = context.requester;
  if (!r) return ANONYMOUS_REQUESTER;
  // Copy only what the trail needs; clearance and anything else stay out of it.
  return { sub: r.sub, country: r.country, agency: r.agency, roles: [...r.roles], issuer: r.issuer };
}

/** A client-sent `x-request-id` is used only when it looks like one: it ends up in the trail. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>): string {
  const fromContext = (requestContext.contextValue as AuditContext | undefined)?.requestId;
  if (fromContext) return fromContext;
  const fromClient = requestContext.request.http?.headers.get('x-request-id');
  return fromClient && REQUEST_ID.test(fromClient) ? fromClient : randomUUID();
}

/**
 * The audit trail of SPEC §5. In `willSendResponse`, before the body is serialised, every answer
 * that touches personal data (a record id in the answer, or a labelled field) is appended to the
 * sink; answers without any are not audited. When the append fails the personal data does not
 * leave: the body becomes `{ data: null, errors: [AUDIT_UNAVAILABLE] }` with HTTP 503 (fail closed).
 *
 * Apollo starts every plugin's `willSendResponse` together, so this one reads the answer as it
 * stood when the hooks began: another plugin that rewrites the data in its own `willSendResponse`
 * may do so after the audit has read it.
 */
export function useAudit<TContext extends BaseContext = BaseContext>({
  sink,
  log,
  personalData = () => null,
  now = () => new Date(),
}: UseAuditOptions<TContext>): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const { response } = requestContext;
          const requestId = requestIdOf(requestContext as GraphQLRequestContextWillSendResponse<BaseContext>);
          const withhold = (why: string, error?: unknown) => {
            log.error({ requestId, err: error instanceof Error ? error.message : undefined }, why);
            const refusal = corridorError(
              'AUDIT_UNAVAILABLE',
              'Personal data was withheld because the audit sink is unavailable; try again later.',
              { requestId },
            );
            response.body = { kind: 'single', singleResult: { data: null, errors: [refusal.toJSON()] } };
            response.http.status = ERROR_CODES.AUDIT_UNAVAILABLE.status;
            response.http.headers.set('cache-control', 'no-store');
          };

          if (response.body.kind !== 'single') {
            // Deferred parts would leave after this hook, unaudited. The gateway does not produce
            // incremental answers today; if it ever does, refusing is the safe side.
            withhold('incremental answers cannot be audited before they leave; personal data withheld');
            return;
          }
          const result = response.body.singleResult;
          let event: AuditEvent;
          try {
            const touched = await personalData(requestContext);
            const inAnswer = collectRecordIds(result.data);
            const records = [...new Set([...(touched?.records ?? []), ...inAnswer])];
            const fields = [...(touched?.fields ?? [])];
            if (records.length === 0 && fields.length === 0) return;
            const context = (requestContext.contextValue ?? {}) as AuditContext;
            event = {
              at: now().toISOString(),
              requestId,
              requester: requesterOf(context),
              purpose: context.purpose ?? null,
              operation: requestContext.operationName ?? requestContext.request.operationName ?? null,
              records,
              fields,
              outcome: outcomeOf(result, inAnswer, fields),
            };
          } catch (error) {
            // Not knowing what the answer holds is no better than not being able to record it.
            withhold('could not tell which personal data the answer holds; personal data withheld', error);
            return;
          }
          try {
            await sink.append(event);
          } catch (error) {
            withhold('audit sink refused the event; personal data withheld', error);
          }
        },
      };
    },
  };
}
