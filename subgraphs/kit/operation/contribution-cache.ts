import type { NativeAdapter } from '../subgraph/native-adapter';
import { countContribution, type Contribution } from './count-contribution';

interface Entry {
  value?: Contribution;
  at: number;
  refreshing?: Promise<Contribution>;
}

/**
 * Counting reads every native record, so a country counts ahead of the question: at start, then
 * again whenever its figures are older than `ttlMs` (the last good figures are served meanwhile).
 * Concurrent requests share one count; a failed count keeps nothing and is retried on the next ask.
 */
export class ContributionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly adapter: NativeAdapter,
    /** How old figures may be before a recount starts. @default 30_000 */
    private readonly ttlMs = 30_000,
  ) {}

  /** Start counting these operations now, so the first question finds figures ready; settles when every count has. */
  warm(operations: readonly string[]): Promise<void> {
    return Promise.allSettled(operations.map((op) => this.refresh(op))).then(() => undefined);
  }

  async get(operation: string): Promise<Contribution> {
    const entry = this.entries.get(operation);
    if (entry?.value) {
      if (Date.now() - entry.at >= this.ttlMs) this.refresh(operation).catch(() => {});
      return entry.value;
    }
    return entry?.refreshing ?? this.refresh(operation);
  }

  private refresh(operation: string): Promise<Contribution> {
    const entry = this.entries.get(operation) ?? { at: 0 };
    if (entry.refreshing) return entry.refreshing;
    entry.refreshing = countContribution(this.adapter, operation).then(
      (value) => {
        Object.assign(entry, { value, at: Date.now(), refreshing: undefined });
        return value;
      },
      (error: unknown) => {
        entry.refreshing = undefined;
        throw error;
      },
    );
    this.entries.set(operation, entry);
    return entry.refreshing;
  }
}
