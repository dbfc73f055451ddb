// One contract, two stores: the embedded default's memory and Redis behave the same.
import { memoryTestStore, redisKeysUnder, redisTestStore, type TestStore } from './fixtures';
import type { FeedCursor } from '../store/key-store';

const cursor = (seq: number): FeedCursor => ({ epoch: 'e1', keyId: 'k1', seq });
const sorted = async (ids: Promise<readonly string[]>) => [...(await ids)].sort();

describe.each([
  ['memory', memoryTestStore],
  ['redis', redisTestStore],
] as const)('%s key store', (_name, open) => {
  let fixture: TestStore;
  beforeEach(() => {
    fixture = open();
  });
  afterEach(() => fixture.dispose());

  it('finds records by any of their keys, each once, in one call for many keys', async () => {
    const { store } = fixture;
    await store.put('PHL:PNP:1', ['a', 'b']);
    await store.put('PHL:PNP:2', ['b', 'c']);
    await store.put('THA:RTP:9', ['c']);
    expect(await sorted(store.lookup(['a']))).toEqual(['PHL:PNP:1']);
    expect(await sorted(store.lookup(['a', 'b', 'c', 'unknown']))).toEqual(['PHL:PNP:1', 'PHL:PNP:2', 'THA:RTP:9']);
    expect(await store.lookup([])).toEqual([]);
    expect(await store.lookup(new Set(['nothing']))).toEqual([]);
  });

  it('replaces exactly what a record had published when it is put again, and forgets it on remove', async () => {
    const { store } = fixture;
    await store.put('PHL:PNP:1', ['a', 'b']);
    await store.put('PHL:PNP:2', ['b']);
    await store.put('PHL:PNP:1', ['c']);
    expect(await store.lookup(['a'])).toEqual([]);
    expect(await store.lookup(['b'])).toEqual(['PHL:PNP:2']);
    expect(await store.keysOf('PHL:PNP:1')).toEqual(['c']);
    await store.remove('PHL:PNP:1');
    expect(await store.lookup(['c'])).toEqual([]);
    expect(await store.keysOf('PHL:PNP:1')).toEqual([]);
    expect(await store.recordsOf('PHL')).toEqual(['PHL:PNP:2']);
    await store.remove('PHL:PNP:404'); // forgetting what was never there is not an error
  });

  it('keeps a record that publishes no key (it still counts as held)', async () => {
    const { store } = fixture;
    await store.put('PHL:PNP:1', []);
    expect(await store.recordsOf('PHL')).toEqual(['PHL:PNP:1']);
    expect(await store.keysOf('PHL:PNP:1')).toEqual([]);
    expect(await store.countOf('PHL')).toBe(1);
  });

  it('answers the keys of many records at once, one slot per id in order', async () => {
    const { store } = fixture;
    await store.put('PHL:PNP:1', ['a', 'b', 'a']);
    await store.put('PHL:PNP:2', ['c']);
    const many = await store.keysOfMany(['PHL:PNP:2', 'PHL:PNP:404', 'PHL:PNP:1']);
    expect(many.map((keys) => [...keys].sort())).toEqual([['c'], [], ['a', 'b']]);
    expect(await store.keysOfMany([])).toEqual([]);
  });

  it('applies a jurisdiction’s changes in order and saves its cursor with them', async () => {
    const { store } = fixture;
    expect(await store.cursorOf('PHL')).toBeNull();
    await store.apply('PHL', [
      { id: 'PHL:PNP:1', keys: ['a'] },
      { id: 'PHL:PNP:2', keys: ['b'] },
      { id: 'PHL:PNP:1', keys: null },
      { id: 'PHL:PNP:3', keys: ['b'] },
    ], cursor(4));
    expect(await sorted(store.recordsOf('PHL'))).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect(await sorted(store.lookup(['a', 'b']))).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect(await store.cursorOf('PHL')).toEqual(cursor(4));
    expect(await store.cursorOf('THA')).toBeNull();
    await store.apply('PHL', [], cursor(9));
    expect(await store.cursorOf('PHL')).toEqual(cursor(9));
  });

  it('refuses changes to another jurisdiction’s records, changing nothing', async () => {
    const { store } = fixture;
    await store.put('THA:RTP:1', ['a']);
    await expect(store.apply('PHL', [{ id: 'PHL:PNP:1', keys: ['b'] }, { id: 'THA:RTP:1', keys: null }], cursor(2))).rejects.toThrow(/THA:RTP:1/);
    await expect(store.replace('PHL', new Map([['THA:RTP:1', []]]), cursor(2))).rejects.toThrow(/THA:RTP:1/);
    expect(await store.lookup(['a'])).toEqual(['THA:RTP:1']);
    expect(await store.recordsOf('PHL')).toEqual([]);
    expect(await store.cursorOf('PHL')).toBeNull();
    await expect(store.put('no-jurisdiction', ['a'])).rejects.toThrow(/jurisdiction/);
  });

  it('replaces one jurisdiction’s records, leaving the others alone', async () => {
    const { store } = fixture;
    await store.apply('PHL', [{ id: 'PHL:PNP:1', keys: ['a'] }, { id: 'PHL:PNP:2', keys: ['b'] }], cursor(2));
    await store.put('THA:RTP:1', ['a']);
    await store.replace('PHL', new Map([['PHL:PNP:2', ['c']], ['PHL:PNP:3', ['a']]]), { epoch: 'e2', keyId: 'k1', seq: 2 });
    expect(await sorted(store.recordsOf('PHL'))).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect(await sorted(store.lookup(['a']))).toEqual(['PHL:PNP:3', 'THA:RTP:1']);
    expect(await store.lookup(['b'])).toEqual([]);
    expect(await store.countOf('PHL')).toBe(2);
    expect(await store.cursorOf('PHL')).toEqual({ epoch: 'e2', keyId: 'k1', seq: 2 });
    await store.replace('PHL', new Map(), cursor(0));
    expect(await store.countOf('PHL')).toBe(0);
    expect(await store.recordsOf('THA')).toEqual(['THA:RTP:1']);
  });

  it('holds what it was given for another process opening the same store', async () => {
    await fixture.store.apply('PHL', [{ id: 'PHL:PNP:1', keys: ['a'] }], cursor(1));
    const again = fixture.reopen();
    expect(await again.lookup(['a'])).toEqual(['PHL:PNP:1']);
    expect(await again.cursorOf('PHL')).toEqual(cursor(1));
  });

  it('takes a jurisdiction of thousands of records in batches', async () => {
    const { store } = fixture;
    const records = new Map(Array.from({ length: 1200 }, (_, i) => [`PHL:PNP:${i}`, [`k${i}`, `shared${i % 3}`]] as const));
    await store.replace('PHL', records, cursor(1200));
    expect(await store.countOf('PHL')).toBe(1200);
    expect(await store.lookup(['shared0'])).toHaveLength(400);
    expect(await store.lookup(['k1199'])).toEqual(['PHL:PNP:1199']);
  });
});

describe('redis key store layout', () => {
  it('writes blind keys and record ids only, under its prefix, and nothing once emptied', async () => {
    const fixture = redisTestStore();
    try {
      await fixture.store.apply('PHL', [{ id: 'PHL:PNP:1', keys: ['a', 'b'] }], cursor(1));
      expect((await redisKeysUnder(fixture.prefix)).map((k) => k.slice(fixture.prefix.length)).sort()).toEqual(['c:PHL', 'j:PHL', 'k:a', 'k:b', 'r:PHL:PNP:1']);
      await fixture.store.replace('PHL', new Map(), cursor(2));
      expect((await redisKeysUnder(fixture.prefix)).map((k) => k.slice(fixture.prefix.length))).toEqual(['c:PHL']);
    } finally {
      await fixture.dispose();
    }
  });

  it('refuses a key with white space, which its encoding cannot hold', async () => {
    const fixture = redisTestStore();
    try {
      await expect(fixture.store.put('PHL:PNP:1', ['a b'])).rejects.toThrow(/white space/);
    } finally {
      await fixture.dispose();
    }
  });
});
