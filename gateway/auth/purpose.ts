import type { GraphQLError } from 'graphql';
import { ERROR_CODES, corridorError, type ErrorCode } from '../../schema/errors';
import type { Requester } from './requester';

/** The request's declared purpose: the case it is made for (the `X-Purpose` header, SPEC §8). */
export interface Purpose {
  /** A case reference such as `PHL-2024-0001`. */
  readonly reference: string;
}

/**
 * Hook for the case-management systems that know which case references exist. Until one is
 * wired in, the gateway can check a reference's form and country but not that the case is real.
 */
export interface CaseRegistry {
  /**
   * `true` the case exists, `false` it does not (the reference is refused), `undefined` this
   * registry does not know the reference's jurisdiction (the reference is taken on trust).
   */
  knows(reference: string): boolean | undefined;
}

/** The default registry: it knows no jurisdiction, so it never refuses a well-formed reference. */
export const unknownCases: CaseRegistry = Object.freeze({ knows: () => undefined });

export const MAX_REFERENCE_CHARS = 40;

/** `<ALPHA3>-<YYYY>-<NNNN…>`: the owning country, the year the case was opened, its number. */
const REFERENCE = /^([A-Z]{3})-((?:19|20)\d{2})-(\d{4,})$/;

/**
 * Errors thrown from the gateway's context function become the HTTP answer, and Apollo Server
 * answers 500 unless the error names a status; so name the one errors.ts gives the code.
 */
function purposeError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return corridorError(code, message, { ...extensions, http: { status: ERROR_CODES[code].status } });
}

/**
 * The purpose the `X-Purpose` header declares for this requester, or `null` when there is none
 * (requests that touch personal data are then refused by the field policy, PURPOSE_REQUIRED).
 *
 * A reference of another country's case is refused: an officer works on their own jurisdiction's
 * cases, and the case reference is what the audit trail ties each access to. Work on another
 * country's case goes through that country (liaison), whose officers then ask under their own
 * case; accepting foreign references would let anyone justify access by quoting a case number
 * they cannot be held to.
 */
export function parsePurpose(
  headerValue: string | readonly string[] | undefined,
  requester: Pick<Requester, 'country'>,
  cases: CaseRegistry = unknownCases,
): Purpose | null {
  if (headerValue === undefined) return null;
  if (typeof headerValue !== 'string') {
    throw purposeError('BAD_USER_INPUT', 'X-Purpose must be sent once, with one case reference');
  }
  const reference = headerValue.trim();
  const match = reference.length <= MAX_REFERENCE_CHARS ? REFERENCE.exec(reference) : null;
  if (!match) {
    // The value is not repeated: it is arbitrary client input and would end up in logs.
    throw purposeError(
      'BAD_USER_INPUT',
      `X-Purpose must be one case reference <COUNTRY>-<YYYY>-<NNNN>, e.g. PHL-2024-0001 (upper case, at most ${MAX_REFERENCE_CHARS} characters)`,
    );
  }
  if (match[1] !== requester.country) {
    throw purposeError('FORBIDDEN', `purpose ${reference} is a case of another jurisdiction; ask through liaison with ${match[1]}`, {
      rule: 'purpose-own-jurisdiction',
    });
  }
  if (cases.knows(reference) === false) {
    throw purposeError('FORBIDDEN', `purpose ${reference} is not a known case of ${requester.country}`, { rule: 'purpose-known-case' });
  }
  return Object.freeze({ reference });
}
