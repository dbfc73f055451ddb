import { assessPair, LIKELY_SAME } from '../assess-pair';
import { corroborate } from '../corroborate';
import { pairKey } from '../decision-store';
import { linkView } from '../link-view';
import { keysOf, type Who } from './fixtures';

const maricel: Who = { id: 'PHL:PNP:1', name: { given: 'Maricel', middle: 'Dizon', family: 'Villanueva' }, born: '1998-03-14', passport: 'P4821937B', phone: '0917 482 1937' };
const assess = (a: Who, b: Who) => assessPair(keysOf(a), keysOf(b));
const ref = (id: string) => ({ __typename: 'PersonRecord', id });

describe('assessing a pair of records from their blind keys', () => {
  it('calls the same passport, name and date of birth the same person, and says why', () => {
    const thai: Who = { id: 'THA:TIB:1', name: { full: 'มาริเซล ดิซอน วิลลานูเอวา', romanised: 'MARICEL DIZON VILLANUEVA' }, born: '1998-03-14', passport: 'p 4821937 b', country: 'PHL', phone: '+63 917 482 1937' };
    const a = assess(maricel, thai);
    expect(a.score).toBeGreaterThan(0.99);
    expect(a.matchedKeys).toEqual(expect.arrayContaining(['TRAVEL_DOCUMENT', 'PHONE', 'NAME_BIRTH_YEAR', 'DATE_OF_BIRTH']));
    expect(a.matchedKeys).not.toContain('TRAVEL_DOCUMENT_NEAR');
    expect(a).toMatchObject({ nameSimilarity: 1, identityFraud: false });
    expect(a.method).toMatch(/blind name keys.*same name parts in any order, same birth year/);
    expect(a.reason).toMatch(/same travel document; same phone; same name parts/);
  });

  it('finds the same person through a mistyped passport number and a name in another order', () => {
    const a = assess(maricel, { id: 'MYS:JIM:1', name: 'VILLANUEVA MARICEL DIZON', born: '1998-03-14', passport: 'P4821973B', country: 'PHL' });
    expect(a.matchedKeys).toContain('TRAVEL_DOCUMENT_NEAR');
    expect(a.matchedKeys).not.toContain('TRAVEL_DOCUMENT');
    expect(a.score).toBeGreaterThan(LIKELY_SAME);
  });

  it('meets a Thai-script record and the passport romanisation through the consonant skeleton', () => {
    const script: Who = { id: 'THA:RTP:1', name: 'สมชาย ใจดี', born: '1990-05-02', phone: '081 774 2290' };
    const passport: Who = { id: 'PHL:BI:1', name: 'SOMCHAI JAIDEE', born: '1990-05-02', phone: '+66 81 774 2290', country: 'THA' };
    const a = assess(script, passport);
    expect(a.matchedKeys).toContain('NAME_SKELETON_BIRTH_YEAR');
    expect(a.method).toMatch(/consonant skeleton/);
    expect(a.score).toBeGreaterThan(LIKELY_SAME);
  });

  it('does not link different people who share a phone (a recruiter’s, a dormitory’s)', () => {
    const a = assess(maricel, { id: 'PHL:PNP:2', name: 'Jocelyn Bautista Soriano', born: '2001-07-30', phone: '0917 482 1937' });
    expect(a.matchedKeys).toEqual(['PHONE']);
    expect(a).toMatchObject({ nameSimilarity: 0, identityFraud: false });
    expect(a.score).toBeLessThan(0.05);
  });

  it('keeps namesakes apart: the same name and birth year is a candidate, another day of birth speaks against', () => {
    const namesake: Who = { id: 'VNM:MPS:2', name: 'Maricel Dizon Villanueva', born: '1998-11-02' };
    expect(assess(maricel, namesake).score).toBeLessThan(0.05);
    expect(assess(maricel, { ...namesake, born: '1998' }).score).toBeLessThan(LIKELY_SAME);
    expect(assess(maricel, { ...namesake, born: '1998' }).namesAgree).toBe(true);
  });

  it('flags identity fraud: the same passport on a person whose name matches at no tolerance', () => {
    const impostor: Who = { id: 'KHM:CNP:9', name: 'HENG SAMNANG', born: '1991-06-21', passport: 'P4821937B', country: 'PHL' };
    const a = assess(maricel, impostor);
    expect(a.identityFraud).toBe(true);
    expect(a.reason).toMatch(/identity data used by different people/);
    expect(linkView(ref, maricel.id, impostor.id, a, null).colour).toBe('RED');
  });

  it('does not flag fraud when a name cannot be compared exactly (a library transliteration)', () => {
    const a = assess(maricel, { id: 'THA:RTP:3', name: 'สมชาย ใจดี', born: '1998-03-14', passport: 'P4821937B', country: 'PHL' });
    expect(a.identityFraud).toBe(false);
  });

  it('a decision sets the colour, never the score', () => {
    const other: Who = { ...maricel, id: 'THA:TIB:2' };
    const a = assess(maricel, other);
    const decided = (decision: 'SAME_PERSON' | 'DIFFERENT_PEOPLE' | 'IDENTITY_FRAUD') =>
      linkView(ref, maricel.id, other.id, a, { a: maricel.id, b: other.id, decision, reason: 'file', decidedBy: { sub: 's', country: 'PHL', agency: 'PNP' }, purpose: null, decidedAt: '2024-10-05T00:00:00.000Z' });
    expect([decided('SAME_PERSON'), decided('DIFFERENT_PEOPLE'), decided('IDENTITY_FRAUD')].map((l) => [l.colour, l.score])).toEqual([
      ['WHITE', a.score],
      ['GREEN', a.score],
      ['RED', a.score],
    ]);
  });
});

describe('corroboration through a third record', () => {
  // Home police: name and year only, and the phone. Immigration abroad: the passport, no phone.
  // Police abroad: the passport and the phone. Home and immigration share only name and year.
  const home: Who = { id: 'VNM:MPS:1', name: 'Nguyễn Thị Lan', born: '1998', phone: '0912 345 678' };
  const immigration: Who = { id: 'THA:TIB:1', name: 'NGUYEN THI LAN', born: '1998-03-14', passport: 'C1234567', country: 'VNM' };
  const police: Who = { id: 'KHM:CNP:1', name: 'LAN NGUYEN THI', born: '1998-03-14', passport: 'C1234567', country: 'VNM', phone: '+84 912 345 678' };
  const pairs = (...who: Who[]) =>
    who.flatMap((x, i) => who.slice(i + 1).map((y) => ({ x: x.id, y: y.id, assessment: assessPair(keysOf(x), keysOf(y)) })));

  it('makes a pair whose names agree likely when a third record is likely the same person as both', () => {
    const assessed = pairs(home, immigration, police);
    expect(assessed.find((p) => p.x === home.id && p.y === immigration.id)!.assessment.score).toBeLessThan(LIKELY_SAME);
    const found = corroborate(assessed).get(pairKey(home.id, immigration.id));
    expect(found).toEqual({ through: police.id, score: expect.any(Number) });
    expect(found!.score).toBeGreaterThan(LIKELY_SAME);
  });

  it('does not corroborate names that disagree, nor without a third record likely to both', () => {
    const other: Who = { ...home, name: 'Trần Văn Hùng' };
    expect(corroborate(pairs(other, immigration, police)).get(pairKey(other.id, immigration.id))).toBeUndefined();
    expect(corroborate(pairs(home, immigration, { ...police, phone: undefined })).size).toBe(0);
  });
});
