import type { GraphQLError } from 'graphql';
import { corridorError } from '../../../schema/errors';
import { NativeSourceError } from '../native/native-source-error';

/** The client-facing error for a failed native source: coded, naming the jurisdiction, no native data. */
export function nativeFailure(error: unknown, jurisdiction: string): GraphQLError {
  const timedOut = error instanceof NativeSourceError && error.timedOut;
  const reason = error instanceof NativeSourceError ? error.message : 'adapter failed';
  return corridorError(timedOut ? 'JURISDICTION_TIMEOUT' : 'JURISDICTION_UNAVAILABLE', `${jurisdiction}: ${reason}`, { jurisdiction });
}
