// Link decisions in the real PostgreSQL (DATABASE_URL), each test file in a schema of its own.
import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import type { DecisionRecord } from '../decision-store';
import { postgresDecisionStore } from '../postgres-decision-store';

const DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `links_test_${randomBytes(5).toString('hex')}`;

const decision = (over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  a: 'PHL:PNP:1', b: 'THA:TIB:1', decision: 'SAME_PERSON', reason: 'file 12', decidedBy: { sub: 'officer-7', country: 'PHL', agency: 'PNP' },
  purpose: 'PHL-2024-0001', decidedAt: '2024-10-05T08:00:00.000Z', ...over,
});

afterAll(async () => {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
  await client.end();
});

describe('link decisions in PostgreSQL', () => {
  it('creates its table on start, keeps every decision, and answers the latest per pair', async () => {
    const store = postgresDecisionStore({ pool: DATABASE_URL, schema });
    await store.ready();
    await store.record(decision());
    await store.record(decision({ decision: 'DIFFERENT_PEOPLE', reason: 'two women', decidedAt: '2024-10-06T08:00:00.000Z' }));
    await store.record(decision({ a: 'KHM:CNP:1', b: 'PHL:PNP:1', decision: 'IDENTITY_FRAUD' }));
    const among = await store.among(['PHL:PNP:1', 'THA:TIB:1', 'VNM:MPS:9']);
    expect([...among.values()]).toEqual([decision({ decision: 'DIFFERENT_PEOPLE', reason: 'two women', decidedAt: '2024-10-06T08:00:00.000Z' })]);
    await store.close();

    // Durable: another store (a restarted or second index) reads what the first wrote.
    const again = postgresDecisionStore({ pool: DATABASE_URL, schema });
    await again.ready();
    expect((await again.among(['KHM:CNP:1', 'PHL:PNP:1'])).size).toBe(1);
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${escapeIdentifier(schema)}.link_decisions`);
    await client.end();
    expect(rows[0].n).toBe(3);
    await again.close();
  });

  it('refuses a pair not in its stored order, and an unknown decision', async () => {
    const store = postgresDecisionStore({ pool: DATABASE_URL, schema });
    await expect(store.record(decision({ a: 'THA:TIB:1', b: 'PHL:PNP:1' }))).rejects.toThrow(/check/);
    await expect(store.record(decision({ decision: 'MAYBE' as never }))).rejects.toThrow(/check/);
    await store.close();
  });
});
