/**
 * A native value that cannot be mapped to the shared schema. Adapters throw it while mapping one
 * record; the kit turns it into a NATIVE_RECORD_INVALID error for that record alone.
 */
export class MappingError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    reason: string,
  ) {
    // The value stays out of the message: it is native personal data and messages reach clients.
    super(`${field}: ${reason}`);
    this.name = 'MappingError';
  }
}
