// Shared by the audit tests: events, and the real Redis and PostgreSQL they run against, each test
// in a stream key or schema of its own so parallel test files never see each other's entries.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Redis from 'ioredis';
import { Client, escapeIdentifier } from 'pg';
import pino from 'pino';
import type { AuditEvent } from '../audit-event';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
export const DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

let counter = 0;

/** A valid event; `records` decide which jurisdictions it touches. */
export function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  counter += 1;
  return {
    at: new Date(Date.UTC(2024, 9, 1, 8, 0, counter % 60)).toISOString(),
    requestId: `req-${counter}`,
    requester: { sub: 'officer-17', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], issuer: 'https://idp.pnp.gov.ph' },
    purpose: 'PHL-2024-0001',
    operation: 'Trace',
    records: ['PHL:PNP:2024-000123'],
    fields: [{ path: 'trace.records.0.names', decision: 'ALLOWED', rule: 'INVESTIGATOR & PURPOSE' }],
    outcome: 'SERVED',
    ...overrides,
  };
}

export const randomStream = (): string => `corridor:audit:test:${randomBytes(6).toString('hex')}`;
export const randomSchema = (): string => `audit_test_${randomBytes(5).toString('hex')}`;
export const tempFile = (): string => join(mkdtempSync(join(tmpdir(), 'corridor-audit-')), 'trail.jsonl');

/** Delete a test stream and its head. */
export async function dropStream(stream: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    await redis.del(stream, `${stream}:head`);
  } finally {
    redis.disconnect();
  }
}

/** Run SQL on the test database with a throwaway client. */
export async function sql<T extends Record<string, unknown> = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  await sql(`DROP SCHEMA IF EXISTS ${escapeIdentifier(schema)} CASCADE`);
}

/** A logger that keeps its lines for assertions. */
export function capturingLogger(): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const out = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { log: pino(out), lines };
}
