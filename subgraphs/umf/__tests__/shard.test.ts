import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { LONG_TAIL, expandLongTail, loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import { createUmfAdapter } from '../adapter';
import { readShard, shardJurisdictions } from '../shard';
import { startEach } from '../start-each';

const registry = loadRegistry();
const longTail = expandLongTail(JSON.parse(readFileSync(join(__dirname, '../../../schema/registry/long-tail.json'), 'utf8')));
const shards = Array.from({ length: LONG_TAIL.shards }, (_, shard) => shardJurisdictions(registry.jurisdictions, shard));

describe('shardJurisdictions', () => {
  it('hosts every long-tail country in exactly one shard', () => {
    const hosted = shards.flat().map((j) => j.code);
    expect(hosted).toHaveLength(longTail.length);
    expect(new Set(hosted).size).toBe(hosted.length);
    expect([...hosted].sort()).toEqual(longTail.map((j) => j.code).sort());
  });

  it('hosts no named jurisdiction, and no country outside 0 … shards − 1', () => {
    expect(shards.flat().every((j) => j.adapter === 'umf')).toBe(true);
    expect(shardJurisdictions(registry.jurisdictions, LONG_TAIL.shards)).toEqual([]);
    expect(shards.flat().map((j) => j.code)).not.toEqual(expect.arrayContaining(['PHL']));
  });

  it('splits the long tail evenly, so no shard process carries much more than another', () => {
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives every hosted country its own subgraph and native port', () => {
    const ports = shards.flat().flatMap((j) => [j.subgraph.port, j.native.port]);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('can build the generic adapter for every long-tail country from its row alone', () => {
    for (const jurisdiction of shards.flat()) {
      expect(() => createUmfAdapter({ jurisdiction, baseUrl: 'http://127.0.0.1:1', timeoutMs: 100 })).not.toThrow();
    }
  });
});

describe('readShard', () => {
  it.each(['0', '3', ' 2 '])('reads UMF_SHARD=%j', (value) => {
    expect(readShard({ UMF_SHARD: value })).toBe(Number(value));
  });

  it.each([undefined, '', '4', '-1', '1.5', 'one', '0x1'])('refuses UMF_SHARD=%j, naming the option', (value) => {
    expect(() => readShard({ UMF_SHARD: value })).toThrow(/UMF_SHARD/);
  });
});

describe('startEach', () => {
  const log = pino({ level: 'silent' });
  const j = (code: string) => ({ code }) as Jurisdiction;

  it('starts all and answers them in jurisdiction order', async () => {
    const started = await startEach([j('AUS'), j('KOR')], async (x) => ({ code: x.code, close: async () => {} }), log, 'servers');
    expect(started.map((s) => s.code)).toEqual(['AUS', 'KOR']);
  });

  it('closes the ones already up when one fails, and names the one that failed', async () => {
    const closed: string[] = [];
    const start = async (x: Jurisdiction) => {
      if (x.code === 'KOR') throw new Error('listen EADDRINUSE');
      return { close: async () => void closed.push(x.code) };
    };
    await expect(startEach([j('AUS'), j('KOR'), j('CAN')], start, log, 'servers')).rejects.toThrow('KOR: listen EADDRINUSE');
    expect(closed.sort()).toEqual(['AUS', 'CAN']);
  });
});
