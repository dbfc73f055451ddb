/**
 * The agency's native source failed as a whole: unreachable, too slow, an HTTP error, or a body
 * that is not what its protocol promises. The kit answers JURISDICTION_UNAVAILABLE (or _TIMEOUT)
 * for every record of the batch; other jurisdictions are not affected.
 */
export class NativeSourceError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'NativeSourceError';
  }
}
