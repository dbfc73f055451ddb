import { escapeIdentifier } from 'pg';
import type { AuditSink } from '../audit-sink';
import { postgresSink } from '../postgres-sink';
import { verifySink } from '../verify-sink';
import { auditEvent, DATABASE_URL, dropSchema, randomSchema, sql } from './fixtures';
import { itKeepsTheSinkContract } from './sink-contract';

describe('postgresSink', () => {
  itKeepsTheSinkContract(() => {
    const schema = randomSchema();
    return { open: () => postgresSink({ pool: DATABASE_URL, schema }), drop: () => dropSchema(schema) };
  });

  let schema: string;
  let log: string;
  const sinks: AuditSink[] = [];
  beforeEach(() => {
    schema = randomSchema();
    log = `${escapeIdentifier(schema)}.audit_log`;
  });
  afterEach(async () => {
    await Promise.all(sinks.splice(0).map((s) => s.close()));
    await dropSchema(schema);
  });
  const open = () => {
    const sink = postgresSink({ pool: DATABASE_URL, schema });
    sinks.push(sink);
    return sink;
  };

  it('stores the table the spec names', async () => {
    const sink = open();
    const entry = await sink.append(auditEvent());
    const rows = await sql(`SELECT seq, prev_hash, hash, at, event FROM ${log}`);
    expect(rows).toEqual([{ seq: '1', prev_hash: entry.prevHash, hash: entry.hash, at: new Date(entry.event.at), event: entry.event }]);
  });

  it('keeps one valid chain when two replicas append at the same time, from a cold start', async () => {
    const [replicaA, replicaB] = [open(), open()];
    const appends = Array.from({ length: 40 }, (_, i) => (i % 2 ? replicaA : replicaB).append(auditEvent()));
    const entries = await Promise.all(appends);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(40);
    expect(await verifySink(replicaB)).toMatchObject({ ok: true, entries: 40 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    await open().append(auditEvent());
    await expect(sql(`UPDATE ${log} SET event = '{}'::jsonb`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(sql(`DELETE FROM ${log}`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(sql(`TRUNCATE ${log}`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await sql(`SELECT count(*)::int AS n FROM ${log}`)).toEqual([{ n: 1 }]);
  });

  describe('when the owner gets past the trigger, the chain still tells', () => {
    const bypass = (statement: string) =>
      sql(`BEGIN; ALTER TABLE ${log} DISABLE TRIGGER audit_log_append_only; ${statement}; ALTER TABLE ${log} ENABLE TRIGGER audit_log_append_only; COMMIT`);

    it('an altered entry', async () => {
      const sink = open();
      for (let i = 0; i < 3; i++) await sink.append(auditEvent());
      await bypass(`UPDATE ${log} SET event = jsonb_set(event, '{purpose}', '"PHL-2024-9999"') WHERE seq = 2`);
      expect(await verifySink(sink)).toMatchObject({ ok: false, seq: 2, kind: 'altered' });
    });

    it('a deleted entry', async () => {
      const sink = open();
      for (let i = 0; i < 3; i++) await sink.append(auditEvent());
      await bypass(`DELETE FROM ${log} WHERE seq = 2`);
      expect(await verifySink(sink)).toMatchObject({ ok: false, seq: 2, kind: 'missing' });
    });

    it('entries cut from the end', async () => {
      const sink = open();
      for (let i = 0; i < 3; i++) await sink.append(auditEvent());
      await bypass(`DELETE FROM ${log} WHERE seq = 3`);
      expect(await verifySink(sink)).toMatchObject({ ok: false, seq: 3, kind: 'truncated' });
    });
  });

  it('appends as a least-privilege role that cannot UPDATE or DELETE at all', async () => {
    await open().append(auditEvent()); // the owner sets the tables up
    const role = `${schema}_writer`;
    const q = escapeIdentifier(schema);
    await sql(`CREATE ROLE ${role} NOLOGIN`);
    try {
      await sql(`GRANT USAGE ON SCHEMA ${q} TO ${role}; GRANT SELECT, INSERT ON ${log} TO ${role}; GRANT SELECT, UPDATE ON ${q}.audit_head TO ${role}`);
      const url = new URL(DATABASE_URL);
      url.searchParams.set('options', `-c role=${role}`);
      const writer = postgresSink({ pool: url.toString(), schema });
      sinks.push(writer);
      await writer.append(auditEvent());
      expect(await verifySink(writer)).toMatchObject({ ok: true, entries: 2 });
      await expect(sql(`SET ROLE ${role}; DELETE FROM ${log}`)).rejects.toThrow(/permission denied/);
    } finally {
      await Promise.all(sinks.splice(0).map((s) => s.close()));
      await dropSchema(schema);
      await sql(`DROP ROLE ${role}`);
    }
  });

  it('rejects appends when PostgreSQL cannot be reached', async () => {
    const sink = postgresSink({ pool: 'postgres://postgres@127.0.0.1:1/test', schema });
    sinks.push(sink);
    await expect(sink.append(auditEvent())).rejects.toThrow();
  });

  it('refuses a schema name that would break out of its quotes', async () => {
    const sink = postgresSink({ pool: DATABASE_URL, schema: 'x"; DROP TABLE y; --' });
    await expect(sink.read()).resolves.toEqual([]);
    await sink.close();
  });
});
