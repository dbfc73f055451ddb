import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  /** Responses received in the round. */
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** The q-quantile (0–1) of sorted values, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/**
 * One autocannon round of POSTs of `query` against a GraphQL URL. Latency percentiles come from
 * every response's own time (autocannon's summary has no p95).
 */
export function loadRound(url: string, query: string, seconds: number, connections: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }), duration: seconds, connections },
      (error, result) => {
        if (error) return reject(error);
        const sorted = times.sort((a, b) => a - b);
        resolve({
          requestsPerSecond: result.requests.average,
          requests: result.requests.total,
          p50Ms: +quantile(sorted, 0.5).toFixed(1),
          p95Ms: +quantile(sorted, 0.95).toFixed(1),
          p99Ms: +quantile(sorted, 0.99).toFixed(1),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of the values known (to two decimals), or null when none is. */
export function medianOf(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? +median(known).toFixed(2) : null;
}
