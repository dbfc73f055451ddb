import type { GraphQLError } from 'graphql';
import { corridorError, ERROR_CODES, type ErrorCode } from '../../schema/errors';
import type { Requester, Role } from '../auth/requester';

/**
 * Who may read a jurisdiction's audit trail. The trail is oversight data: which officers, of which
 * countries, looked at the jurisdiction's records, and for which cases. LIAISON officers answer
 * for their country's exchanges with the others and ANALYSTs review access patterns, so both need
 * it. An INVESTIGATOR must not have it: it would show who else is working on a suspect and under
 * which case, foreign colleagues included, which is how an investigation leaks (or a suspect gets
 * tipped off). VICTIM_SUPPORT and INTEGRATOR (who run the adapter) have no oversight task.
 */
export const OVERSIGHT_ROLES: readonly Role[] = Object.freeze(['LIAISON', 'ANALYST']);

/** What one page of the trail asks for, once the request has been checked. */
export interface TrailRequest {
  /** Always the requester's own country: there is no way to ask for another's trail. */
  readonly jurisdiction: string;
  /** Entries with a seq above this one; 0 reads from the start. */
  readonly afterSeq: number;
  readonly limit: number;
}

export interface TrailRequestLimits {
  /** Entries per page when `limit` is not given. @default 100 */
  defaultLimit?: number;
  /** The largest `limit` accepted. @default 1000 */
  maxLimit?: number;
}

const PARAMETERS = new Set(['after', 'limit', 'jurisdiction']);
const WHOLE_NUMBER = /^\d{1,15}$/;

/** The route answers outside Apollo Server, so the HTTP status travels with the error. */
function refusal(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return corridorError(code, message, { ...extensions, http: { status: ERROR_CODES[code].status } });
}

/**
 * Check a request for `GET /audit/trail` from an authenticated requester: the role first (a
 * requester who may not read the trail learns nothing about its parameters), then the parameters.
 * Throws a FORBIDDEN or BAD_USER_INPUT error carrying its HTTP status. Client values are never
 * repeated in messages: they are arbitrary input.
 */
export function trailRequest(
  requester: Pick<Requester, 'country' | 'roles'>,
  params: URLSearchParams,
  { defaultLimit = 100, maxLimit = 1000 }: TrailRequestLimits = {},
): TrailRequest {
  if (!requester.roles.some((role) => OVERSIGHT_ROLES.includes(role))) {
    throw refusal('FORBIDDEN', `reading the audit trail needs one of the roles ${OVERSIGHT_ROLES.join(', ')}`, { rule: 'trail-oversight-role' });
  }
  for (const name of new Set(params.keys())) {
    if (!PARAMETERS.has(name)) throw refusal('BAD_USER_INPUT', `unknown parameter; /audit/trail takes only ${[...PARAMETERS].join(', ')}`);
    if (params.getAll(name).length > 1) throw refusal('BAD_USER_INPUT', `parameter ${name} must be given at most once`);
  }
  const asked = params.get('jurisdiction');
  if (asked !== null && asked !== requester.country) {
    throw refusal('FORBIDDEN', `a jurisdiction reads only the audit trail of its own records; this token reads ${requester.country}'s`, {
      rule: 'trail-own-jurisdiction',
    });
  }
  const after = params.get('after');
  const limit = params.get('limit');
  if (after !== null && !WHOLE_NUMBER.test(after)) {
    throw refusal('BAD_USER_INPUT', 'after must be a whole number: the seq of an entry already read (the "next" of the previous page), or 0');
  }
  if (limit !== null && (!WHOLE_NUMBER.test(limit) || Number(limit) < 1 || Number(limit) > maxLimit)) {
    throw refusal('BAD_USER_INPUT', `limit must be a whole number from 1 to ${maxLimit}`);
  }
  return Object.freeze({
    jurisdiction: requester.country,
    afterSeq: after === null ? 0 : Number(after),
    limit: limit === null ? defaultLimit : Number(limit),
  });
}
