import { MappingError } from '../../kit/mapping/mapping-error';
import { readSltdAnswer, sltdQuery } from '../sltd-answer';
import { sltdHit } from './fixtures';

const AT = '2024-10-05T08:00:00.000Z';
const NOT_REPORTED = { reported: false, status: null, reportedBy: null, reportedAt: null, checkedAt: AT };
const q = (number: string, country: string) => ({ number, country });

describe('sltdQuery', () => {
  it('normalises the number and the country the way the index does', () => {
    expect(sltdQuery({ number: 'aa 3318842', issuingCountry: 'TH' })).toEqual(q('AA3318842', 'THA'));
    expect(sltdQuery({ number: 'P4821937B', issuingCountry: 'phl' })).toEqual(q('P4821937B', 'PHL'));
  });

  it.each([
    ['no issuing country', { number: 'AA3318842', issuingCountry: null }],
    ['an unknown issuing country', { number: 'AA3318842', issuingCountry: 'QQ' }],
    ['INTERPOL as a country', { number: 'AA3318842', issuingCountry: 'INTERPOL' }],
    ['a number that is no document number', { number: '--', issuingCountry: 'THA' }],
    ['no number', { issuingCountry: 'THA' }],
  ])('cannot check a document with %s', (_what, doc) => {
    expect(sltdQuery(doc)).toBeNull();
  });
});

describe('readSltdAnswer', () => {
  it('answers every query in order: its hit, or not reported', () => {
    const results = readSltdAnswer([q('AA1', 'THA'), q('P0005840Q', 'PHL')], [sltdHit('p 0005840 q', 'PHL', { status: 'stolen_blank' })], AT);
    expect(results).toEqual([NOT_REPORTED, { reported: true, status: 'STOLEN', reportedBy: 'PHL', reportedAt: '2024-06-01', checkedAt: AT }]);
  });

  it.each([
    ['LOST', 'LOST'],
    ['REVOKED', 'REVOKED'],
    ['INVALIDATED', 'REVOKED'],
  ])('maps the SLTD status %s to %s', (native, status) => {
    expect(readSltdAnswer([q('AA1234', 'THA')], [sltdHit('AA1234', 'THA', { status: native })], AT)[0]).toMatchObject({ reported: true, status });
  });

  it('keeps the latest of two reports of one document', () => {
    const hits = [sltdHit('AA1234', 'THA', { status: 'LOST', date_reported: '2024-09-01' }), sltdHit('AA1234', 'THA', { status: 'STOLEN', date_reported: '2024-03-01' })];
    expect(readSltdAnswer([q('AA1234', 'THA')], hits, AT)[0]).toMatchObject({ status: 'LOST', reportedAt: '2024-09-01' });
  });

  it('puts an Error in the slot of a hit it cannot read, never a "not reported"', () => {
    const [bad, fine] = readSltdAnswer([q('AA1234', 'THA'), q('AA5678', 'THA')], [sltdHit('AA1234', 'THA', { status: 'MISLAID' }), sltdHit('AA5678', 'THA')], AT);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).message).not.toContain('MISLAID');
    expect(fine).toMatchObject({ reported: true });
  });

  it('declares nothing "not reported" while a hit names no readable document', () => {
    const results = readSltdAnswer([q('AA1234', 'THA'), q('AA5678', 'THA')], [sltdHit('AA5678', 'THA'), { document_number: 'AA1234' }], AT);
    expect(results[0]).toBeInstanceOf(MappingError);
    expect(results[1]).toMatchObject({ reported: true });
  });
});
