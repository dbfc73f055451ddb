import { z } from 'zod';
import { LONG_TAIL, type Jurisdiction } from '../../schema/registry/registry';

/**
 * The jurisdictions one long-tail process hosts: the generic adapter's rows of that shard, in
 * registry order. The shard processes split the long tail so that one crash or restart takes
 * down a quarter of it, not all of it.
 */
export function shardJurisdictions(jurisdictions: readonly Jurisdiction[], shard: number): Jurisdiction[] {
  return jurisdictions.filter((j) => j.adapter === 'umf' && j.shard === shard);
}

const shardSchema = z.string().trim().regex(/^\d{1,3}$/).transform(Number).pipe(z.number().max(LONG_TAIL.shards - 1));

/** `UMF_SHARD`, read once at start; a missing or bad value stops the start, naming it. */
export function readShard(env: Record<string, string | undefined> = process.env): number {
  const parsed = shardSchema.safeParse(env.UMF_SHARD);
  if (!parsed.success) {
    throw new Error(`invalid configuration: UMF_SHARD must be a whole number from 0 to ${LONG_TAIL.shards - 1} (got ${JSON.stringify(env.UMF_SHARD ?? null)})`);
  }
  return parsed.data;
}
