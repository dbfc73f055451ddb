/**
 * Group commit: appends that arrive while a write is in flight wait and go down together in the
 * next one, so N concurrent answers cost one write and one fsync (or one transaction) instead of N,
 * while each append still resolves only once its own entry is durable. A failed batch rejects every
 * append in it: each of those answers is withheld (fail closed), none is reported stored.
 *
 * One batch is in flight at a time, which also keeps the chain's order: a batch is chained from
 * the head the previous batch left.
 */
export function groupCommit<T, R>(writeBatch: (items: readonly T[]) => Promise<readonly R[]>, maxBatch = 256): (item: T) => Promise<R> {
  let waiting: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(batch.length);
      try {
        const results = await writeBatch(batch.map((w) => w.item));
        if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} appends stored ${results.length}`);
        batch.forEach((w, i) => w.resolve(results[i]!));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    flushing = false;
  }

  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!flushing) void flush();
    });
}
