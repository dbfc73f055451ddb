import type Redis from 'ioredis';

/** The channel gateways listen on for changed records (CACHE_CHANNEL). */
export const RECORDS_CHANGED_CHANNEL = 'corridor:records:changed';

/**
 * Tell every gateway that these records changed or were deleted at their source, so each drops
 * what it cached of them. One message per record id. For the index's synchroniser to call with
 * the ids of each page of UPSERT / DELETE changes it applies.
 */
export async function publishRecordChanges(redis: Pick<Redis, 'pipeline'>, recordIds: readonly string[], channel = RECORDS_CHANGED_CHANNEL): Promise<void> {
  if (recordIds.length === 0) return;
  const pipeline = redis.pipeline();
  for (const id of recordIds) pipeline.publish(channel, id);
  const results = (await pipeline.exec()) ?? [];
  const failure = results.find(([error]) => error)?.[0];
  if (failure) throw failure;
}
