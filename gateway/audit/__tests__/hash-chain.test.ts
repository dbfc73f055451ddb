import { canonicalJson, chainEntry, entryHash, GENESIS, verifyChain, type ChainedEntry } from '../hash-chain';
import { auditEvent } from './fixtures';

function chainOf(n: number): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  let head = GENESIS;
  for (let i = 0; i < n; i++) {
    const entry = chainEntry(head, auditEvent());
    out.push(entry);
    head = entry;
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, so the same event always hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('refuses values JSON cannot carry instead of rewriting them', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow();
  });
});

describe('chainEntry', () => {
  it('numbers entries from 1 and links each to the hash before it', () => {
    const [a, b] = chainOf(2);
    expect(a).toMatchObject({ seq: 1, prevHash: GENESIS.hash });
    expect(b).toMatchObject({ seq: 2, prevHash: a!.hash });
    expect(a!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a!.hash).toBe(entryHash(1, GENESIS.hash, a!.event));
  });

  it('does not depend on the key order of the event', () => {
    const event = auditEvent();
    const shuffled = Object.fromEntries(Object.entries(event).reverse()) as typeof event;
    expect(chainEntry(GENESIS, shuffled).hash).toBe(chainEntry(GENESIS, event).hash);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const chain = chainOf(5);
    expect(verifyChain(chain)).toEqual({ ok: true, entries: 5, head: { seq: 5, hash: chain[4]!.hash } });
    expect(verifyChain([])).toEqual({ ok: true, entries: 0, head: GENESIS });
  });

  it('detects an altered entry', () => {
    const chain = chainOf(5);
    chain[2] = { ...chain[2]!, event: { ...chain[2]!.event, purpose: 'PHL-2024-9999' } };
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 3, kind: 'altered' });
  });

  it('detects an altered entry whose hash was recomputed, at the next entry', () => {
    const chain = chainOf(5);
    const event = { ...chain[2]!.event, records: [] };
    chain[2] = { ...chain[2]!, event, hash: entryHash(3, chain[2]!.prevHash, event) };
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 4, kind: 'broken-link' });
  });

  it('detects a deleted entry', () => {
    const chain = chainOf(5);
    chain.splice(1, 1);
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 2, kind: 'missing' });
  });

  it('detects a deleted first entry', () => {
    expect(verifyChain(chainOf(3).slice(1))).toMatchObject({ ok: false, seq: 1, kind: 'missing' });
  });

  it('detects a deletion hidden by renumbering the rest', () => {
    const chain = chainOf(5);
    chain.splice(1, 1);
    const renumbered = chain.map((e, i) => ({ ...e, seq: i + 1 }));
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, seq: 2, kind: 'altered' });
  });

  it('detects reordered entries', () => {
    const chain = chainOf(5);
    [chain[1], chain[2]] = [chain[2]!, chain[1]!];
    expect(verifyChain(chain)).toMatchObject({ ok: false, seq: 2, kind: 'out-of-order' });
    const swappedTail = chainOf(5);
    [swappedTail[3], swappedTail[4]] = [swappedTail[4]!, swappedTail[3]!];
    expect(verifyChain(swappedTail)).toMatchObject({ ok: false, seq: 4, kind: 'out-of-order' });
    const movedToEnd = chainOf(5);
    movedToEnd.push(...movedToEnd.splice(0, 1));
    expect(verifyChain(movedToEnd)).toMatchObject({ ok: false, seq: 1, kind: 'out-of-order' });
  });

  it('detects a duplicated entry', () => {
    const chain = chainOf(3);
    expect(verifyChain([...chain, chain[1]!])).toMatchObject({ ok: false, seq: 2, kind: 'out-of-order' });
  });

  it('verifies a page from the head before it', () => {
    const chain = chainOf(6);
    const from = { seq: chain[2]!.seq, hash: chain[2]!.hash };
    expect(verifyChain(chain.slice(3), from)).toMatchObject({ ok: true, entries: 3 });
    expect(verifyChain(chain.slice(4), from)).toMatchObject({ ok: false, seq: 4, kind: 'missing' });
  });
});
