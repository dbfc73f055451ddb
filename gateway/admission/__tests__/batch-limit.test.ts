import { batchLimit } from '../batch-limit';

const batch = (n: number) => Array.from({ length: n }, () => ({ query: '{ version }' }));

describe('batchLimit', () => {
  it('lets single operations through, whatever the limit', () => {
    expect(() => batchLimit(1)({ query: '{ version }' })).not.toThrow();
    expect(() => batchLimit(1)('')).not.toThrow();
  });

  it('with 1, refuses every batch, saying batching is off', () => {
    expect(() => batchLimit(1)(batch(1))).toThrow('Batched requests are not accepted (MAX_BATCH_SIZE=1): send one operation per request.');
  });

  it('refuses a batch over the limit with BAD_USER_INPUT naming it, HTTP 400', () => {
    expect(() => batchLimit(3)(batch(3))).not.toThrow();
    try {
      batchLimit(3)(batch(4));
      throw new Error('not refused');
    } catch (error) {
      expect((error as Error).message).toBe('A batched request holds at most 3 operations (MAX_BATCH_SIZE); this one holds 4.');
      expect((error as { extensions: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'batchSize', maximum: 3, actual: 4, http: { status: 400 } });
    }
  });
});
