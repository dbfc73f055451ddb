import { groupCommit } from '../group-commit';

describe('groupCommit', () => {
  it('writes what arrives during a write as the next batch, one batch at a time, in order', async () => {
    const batches: number[][] = [];
    let inFlight = 0;
    const append = groupCommit(async (items: readonly number[]) => {
      expect(++inFlight).toBe(1);
      batches.push([...items]);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return items.map((i) => i * 10);
    });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => append(i)));
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    // The first append goes alone; the nine that came while it was written go together.
    expect(batches).toEqual([[0], [1, 2, 3, 4, 5, 6, 7, 8, 9]]);
  });

  it('caps a batch, and writes the rest in the batches after it', async () => {
    const sizes: number[] = [];
    const append = groupCommit(async (items: readonly number[]) => (sizes.push(items.length), items), 4);
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(i)));
    expect(sizes).toEqual([1, 4, 4, 1]);
  });

  it('rejects every append of a failed batch, and goes on with the next one', async () => {
    let calls = 0;
    const append = groupCommit(async (items: readonly string[]) => {
      calls++;
      await new Promise((r) => setTimeout(r, 1));
      if (calls === 2) throw new Error('disk full');
      return items;
    });
    const first = append('a');
    const failed = [append('b'), append('c')];
    await expect(first).resolves.toBe('a');
    await expect(Promise.all(failed)).rejects.toThrow('disk full');
    await expect(failed[1]).rejects.toThrow('disk full');
    await expect(append('d')).resolves.toBe('d');
  });

  it('refuses a batch that stored fewer entries than it was given', async () => {
    const append = groupCommit(async (items: readonly number[]) => items.slice(1));
    await expect(append(1)).rejects.toThrow('a batch of 1 appends stored 0');
  });
});
