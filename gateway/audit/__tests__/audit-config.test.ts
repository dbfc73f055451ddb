import { createAuditSink } from '../create-audit-sink';
import { DEFAULT_AUDIT_FILE, durableKind, loadAuditConfig } from '../audit-config';
import { capturingLogger, DATABASE_URL } from './fixtures';

describe('audit configuration', () => {
  it('defaults to the file trail without DATABASE_URL (an empty one counts as unset)', () => {
    const config = loadAuditConfig({ DATABASE_URL: '' });
    expect(config).toMatchObject({ AUDIT_FILE: DEFAULT_AUDIT_FILE, AUDIT_STREAM: 'corridor:audit', AUDIT_SCHEMA: 'public', AUDIT_STREAM_MAXLEN: 100_000 });
    expect(durableKind(config)).toBe('file');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(durableKind(loadAuditConfig({ DATABASE_URL }))).toBe('postgres');
    expect(durableKind(loadAuditConfig({ DATABASE_URL, AUDIT_SINK: 'file' }))).toBe('file');
  });

  it('stops the start naming a bad option', () => {
    expect(() => loadAuditConfig({ AUDIT_SINK: 'tape' })).toThrow(/AUDIT_SINK="tape"/);
    expect(() => loadAuditConfig({ AUDIT_STREAM_MAXLEN: '-1' })).toThrow(/AUDIT_STREAM_MAXLEN="-1"/);
    expect(() => durableKind(loadAuditConfig({ AUDIT_SINK: 'postgres' }))).toThrow(/needs DATABASE_URL/);
  });

  it('says where the trail goes', async () => {
    const { sink, description } = createAuditSink(loadAuditConfig({ DATABASE_URL, REDIS_URL: 'redis://127.0.0.1:6379', AUDIT_SCHEMA: 'audit_cfg' }), capturingLogger().log);
    expect(description).toBe('audit trail: PostgreSQL (schema audit_cfg); feed: Redis stream corridor:audit');
    await sink.close();
    expect(createAuditSink(loadAuditConfig({}), capturingLogger().log).description).toMatch(/^audit trail: file .*trail\.jsonl \(embedded default/);
  });
});
