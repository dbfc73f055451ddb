import { consonantSkeleton, deletionNeighbourhood } from '../skeleton';

describe('consonant skeleton', () => {
  it.each([
    ['somchai', 'smchay'],
    ['jaidee', 'aichdi'],
    ['natthaphon', 'nathphl'],
    ['kanchana', 'kaychna'],
    ['boonma', 'buyma'],
    ['srisuk', 'srisukh'],
  ])('reads %s and %s as one sound', (passport, transliteration) => {
    expect(consonantSkeleton(passport)).toBe(consonantSkeleton(transliteration));
  });

  it('keeps names apart that differ in their consonants', () => {
    expect(consonantSkeleton('villanueva')).not.toBe(consonantSkeleton('bautista'));
    expect(consonantSkeleton('ai')).toBe('a');
  });
});

describe('deletion neighbourhood', () => {
  const meet = (a: string, b: string) => deletionNeighbourhood(a).some((f) => deletionNeighbourhood(b).includes(f));

  it('meets numbers one typing error apart: a wrong, missing or extra character, or two swapped', () => {
    expect(meet('P4821937B', 'P4821937B')).toBe(true);
    expect(meet('P4821937B', 'P4821997B')).toBe(true);
    expect(meet('P4821937B', 'P482937B')).toBe(true);
    expect(meet('P4821937B', 'P4812937B')).toBe(true);
  });

  it('does not meet numbers two errors apart', () => {
    expect(meet('P4821937B', 'P4281973B')).toBe(false);
  });

  it('never deletes a kept separator, and re-normalises each form', () => {
    const forms = deletionNeighbourhood('ab cd', ' ', (f) => f.split(' ').sort().join(' '));
    expect(forms).toContain('ab cd');
    expect(forms).toContain('b cd');
    expect(forms).not.toContain('abcd');
  });
});
