// The ZZX mapping on plain rows, as the adapter's query assembles them (fixtures.ts): no database.
import { MappingError } from '../../../../../mapping/mapping-error';
import { FIELD_SOURCES, mapOrError, mapRecord } from '../../../adapter/mapping';
import { goodRecord, jurisdiction } from './fixtures';

describe('the ZZX mapping', () => {
  it('maps every shared field of a good row', () => {
    expect(mapRecord(goodRecord, jurisdiction)).toMatchObject({
      id: 'ZZX:NCB:R-1',
      jurisdiction: 'ZZX',
      agency: 'NCB',
      roles: ['VICTIM'],
      names: [{ full: 'Maria Santos Cruz', given: 'Maria', middle: 'Santos', family: 'Cruz', kind: 'PRIMARY' }, { full: 'Mia', kind: 'ALIAS' }],
      sex: 'FEMALE',
      dateOfBirth: { iso: '1998-03', precision: 'MONTH' },
      nationalities: ['PHL'],
      documents: [{ type: 'PASSPORT', number: 'P4821937B', rawNumber: 'p 4821937 b', issuingCountry: 'PHL', expiry: { iso: '2030-01-31' }, status: 'VALID' }],
      identifiers: [
        { kind: 'PHONE', value: '+639175550101', raw: '+63 917 555 0101' },
        { kind: 'EMAIL', raw: 'Maria@Example.org' },
      ],
      events: [{ type: 'RESCUE', when: { iso: '2024-10-02', time: '05:30', instant: '2024-10-02T05:30:00Z' }, where: { country: 'PHL', locality: 'Bamban' }, operation: 'LIBERTERRA-II' }],
      cases: [{ reference: 'C-1', role: 'VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
      handling: { code: 'H1', releasableTo: ['THA'], contact: 'ZZX contact point' },
      updatedAt: '2024-10-03T00:00:00.000Z',
    });
  });

  it.each([
    ['sex', { sex: 'Q' }],
    ['birth_date', { birth_date: '1998-13-40' }],
    ['handling_code', { handling_code: 'H9' }],
    ['roles[0]', { roles: ['BYSTANDER'] }],
    ['agency', { agency: 'ELSEWHERE' }],
    ['full_name', { full_name: ' ' }],
    ['events.0.type', { events: [{ ...goodRecord.events[0], type: null }] }],
  ])('answers a MappingError naming %s, never its value', (field, change) => {
    const mapped = mapOrError({ ...goodRecord, ...change }, jurisdiction);
    expect(mapped).toBeInstanceOf(MappingError);
    expect((mapped as MappingError).field).toBe(field);
    for (const value of Object.values(change)) if (typeof value === 'string' && value.trim()) expect((mapped as Error).message).not.toContain(value);
  });

  it('declares a native source for every shared field', () => {
    expect(Object.keys(FIELD_SOURCES)).toEqual(expect.arrayContaining(['names', 'documents', 'identifiers', 'events', 'cases', 'handling']));
  });
});
