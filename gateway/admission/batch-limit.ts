import { refusal } from './refusal';

/**
 * The check of an HTTP batch (a JSON array of operations in one POST), for the context function,
 * which sees the parsed body once per HTTP request, before Apollo Server runs any operation of it.
 * Apollo Server has no batch size limit of its own: without this a batch could carry as many
 * operations as the body size allows, each within the per-operation limits, all at once.
 *
 * `maxBatchSize` 1 means no batching: every array is refused, so each operation comes in its own
 * request (its own request id, and one request for rate limits). Refusals are BAD_USER_INPUT with
 * `extensions.limit: 'batchSize'`, HTTP 400.
 */
export function batchLimit(maxBatchSize: number): (body: unknown) => void {
  return (body) => {
    if (!Array.isArray(body)) return;
    if (maxBatchSize <= 1) {
      throw refusal('BAD_USER_INPUT', 'Batched requests are not accepted (MAX_BATCH_SIZE=1): send one operation per request.', {
        limit: 'batchSize',
        maximum: 1,
        actual: body.length,
      });
    }
    if (body.length > maxBatchSize) {
      throw refusal('BAD_USER_INPUT', `A batched request holds at most ${maxBatchSize} operations (MAX_BATCH_SIZE); this one holds ${body.length}.`, {
        limit: 'batchSize',
        maximum: maxBatchSize,
        actual: body.length,
      });
    }
  };
}
