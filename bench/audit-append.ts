// The audit's durable write alone, outside any gateway: how long one append takes on the sink the
// benchmarked gateway uses, and how many a second it can take. Tells whether the gap between
// Corridor with policies on and off is the durable write or the rest (labels, event building).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client, escapeIdentifier } from 'pg';
import { durableKind, type AuditConfig } from '../gateway/audit/audit-config';
import type { AuditEvent } from '../gateway/audit/audit-event';
import type { AuditSink } from '../gateway/audit/audit-sink';
import { fileSink } from '../gateway/audit/file-sink';
import { postgresSink } from '../gateway/audit/postgres-sink';
import { median } from './load';

export interface AppendResult {
  sink: 'file' | 'postgres';
  appends: number;
  /** One append at a time: the latency a lone request pays. */
  p50Ms: number;
  p99Ms: number;
  /** CPU (user + system) of this process per append, one at a time: hashing, validation, the write and fsync calls. */
  cpuMsPerAppend: number;
  /** `concurrency` appends in flight, as under load; appends are serialised inside the sink. */
  appendsPerSecond: number;
  concurrency: number;
}

/** An event the size of the example trace's: two records, the trace's labelled fields. */
function traceEvent(i: number): AuditEvent {
  return {
    at: new Date().toISOString(),
    requestId: `bench-${i}`,
    requester: { sub: 'bench-officer', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], issuer: 'corridor-dev:PHL' },
    purpose: 'PHL-2024-0001',
    operation: null,
    records: ['PHL:PNP:2024-000123', 'THA:TIB:2567-TIB-004512'],
    fields: ['names', 'dateOfBirth', 'documents', 'events'].map((f) => ({ path: `trace.records.${f}`, decision: 'ALLOWED' as const, rule: 'INVESTIGATOR & PURPOSE' })),
    outcome: 'SERVED',
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A throwaway sink of the kind the gateway's configuration chooses; never the real trail. */
function scratchSink(config: Pick<AuditConfig, 'AUDIT_SINK' | 'DATABASE_URL'>): { kind: 'file' | 'postgres'; sink: AuditSink; drop(): Promise<void> } {
  const kind = durableKind(config);
  if (kind === 'file') {
    const path = join(mkdtempSync(join(tmpdir(), 'corridor-bench-audit-')), 'trail.jsonl');
    return { kind, sink: fileSink({ path }), drop: async () => rmSync(dirname(path), { recursive: true, force: true }) };
  }
  const schema = `audit_bench_${randomBytes(5).toString('hex')}`;
  return {
    kind,
    sink: postgresSink({ pool: config.DATABASE_URL!, schema }),
    async drop() {
      const client = new Client({ connectionString: config.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`).finally(() => client.end());
    },
  };
}

export async function auditAppend(config: Pick<AuditConfig, 'AUDIT_SINK' | 'DATABASE_URL'>, appends = 300, concurrency = 20): Promise<AppendResult> {
  const { kind, sink, drop } = scratchSink(config);
  try {
    await sink.append(traceEvent(0)); // creates the file or the tables
    const latencies: number[] = [];
    const cpuBefore = process.cpuUsage();
    for (let i = 1; i <= appends; i++) {
      const t0 = performance.now();
      await sink.append(traceEvent(i));
      latencies.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpuBefore);
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < appends) {
          next += 1;
          await sink.append(traceEvent(appends + next));
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return { sink: kind, appends, p50Ms: +median(latencies).toFixed(2), p99Ms: +percentile(latencies, 99).toFixed(2), cpuMsPerAppend: +((cpu.user + cpu.system) / 1000 / appends).toFixed(3), appendsPerSecond: Math.round(appends / seconds), concurrency };
  } finally {
    await sink.close();
    await drop();
  }
}
