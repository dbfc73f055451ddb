// `npm run -s audit:verify [-- --source postgres|file|redis]`: walk the whole audit chain and print
// one JSON line, `{"ok":true,"entries":N}` or the first broken entry and why. Exit 0 when intact,
// 1 when broken, 2 when the trail could not be read at all.
import { parseArgs } from 'node:util';
import { durableKind, loadAuditConfig, type AuditConfig } from './audit-config';
import type { AuditSink } from './audit-sink';
import { fileSink } from './file-sink';
import { postgresSink } from './postgres-sink';
import { redisStreamSink } from './redis-stream-sink';
import { verifySink } from './verify-sink';

const SOURCES = ['postgres', 'file', 'redis'] as const;
type Source = (typeof SOURCES)[number];

function open(source: Source, config: AuditConfig): AuditSink {
  if (source === 'file') return fileSink({ path: config.AUDIT_FILE });
  if (source === 'postgres') {
    if (!config.DATABASE_URL) throw new Error('--source postgres needs DATABASE_URL');
    return postgresSink({ pool: config.DATABASE_URL, schema: config.AUDIT_SCHEMA });
  }
  if (!config.REDIS_URL) throw new Error('--source redis needs REDIS_URL');
  return redisStreamSink({ redis: config.REDIS_URL, stream: config.AUDIT_STREAM });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { source: { type: 'string' } } });
  const config = loadAuditConfig();
  const source = (values.source ?? durableKind(config)) as Source;
  if (!SOURCES.includes(source)) throw new Error(`--source must be one of ${SOURCES.join(', ')}, not ${JSON.stringify(values.source)}`);
  const sink = open(source, config);
  try {
    // The Redis feed is trimmed by design; the durable trails must start at entry 1.
    const verdict = await verifySink(sink, { trimmed: source === 'redis' });
    if (verdict.ok) {
      process.stdout.write(`${JSON.stringify({ ok: true, entries: verdict.entries, ...(verdict.firstSeq && { firstSeq: verdict.firstSeq }) })}\n`);
      return 0;
    }
    process.stdout.write(`${JSON.stringify({ ok: false, seq: verdict.seq, kind: verdict.kind, reason: verdict.reason })}\n`);
    return 1;
  } finally {
    await sink.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`audit:verify: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
