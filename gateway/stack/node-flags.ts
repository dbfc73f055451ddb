/**
 * Node flags every Corridor process runs with (`npm start`'s supervisor, the bench's processes; the
 * Dockerfile sets the same through NODE_OPTIONS).
 *
 * `--max-semi-space-size=32`: a young generation of 32 MB semi-spaces instead of V8's 16 MB. A
 * trace allocates most of what it touches for one request only (parsed subgraph answers, mapped
 * records, JSON); with the default, scavenges ran often enough to promote much of it to the old
 * generation mid-request, which then needed full collections. Side by side, three hosts of the whole
 * registry (BENCHMARKS.md): a common-name search cost ×0.81 the CPU at 32 MB, p50 ×0.79 and p99
 * ×0.35; 64 MB did no better. V8 grows the young generation to this bound only under load.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** The arguments of `process.execPath` that run a Corridor entry point: its Node flags, tsx as loader, the entry. */
export function corridorNodeArgs(entry: string): string[] {
  return [...NODE_FLAGS, '--import', 'tsx', entry];
}
