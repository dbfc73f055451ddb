import type { PersonRecord, RecordEvent } from '../../record/person-record';
import type { ReleaseRequester } from '../../release/release-decision';
import { facilityNameKey, findFacilityCases, happenedAt, type FacilitySite } from '../facility-cases';

const SITE: FacilitySite = { id: 'PHL-BAMBAN', country: 'PHL', knownAs: ['Bamban compound', 'Khu phức hợp Bamban'] };

const at = (facility: string | null, iso: string, country: string | null = 'PHL'): RecordEvent => ({
  type: 'EXPLOITATION',
  when: { year: Number(iso.slice(0, 4)), month: null, day: null, iso, precision: 'MONTH', raw: iso, calendar: 'GREGORIAN' },
  where: { country, locality: 'Bamban, Tarlac', facility },
  operation: null,
  summary: 'held',
});

const record = (id: string, over: Partial<PersonRecord> & { code?: string; to?: string[] } = {}): PersonRecord => {
  const { code = 'H1', to = [], ...rest } = over;
  return {
    id, jurisdiction: 'VNM', agency: 'MPS', roles: ['SUSPECT'], names: [], sex: 'MALE', dateOfBirth: null, nationalities: ['VNM'],
    documents: [], identifiers: [], events: [], cases: [], handling: { code, releasableTo: to, contact: 'mps@example.vn' }, updatedAt: '2023-01-01T00:00:00Z',
    ...rest,
  };
};
const involvement = (reference: string, role: PersonRecord['roles'][number], status = 'OPEN', offences = ['TRAFFICKING_IN_PERSONS']) => ({
  reference, role, status, exploitationTypes: ['FORCED_CRIMINALITY'], offences,
});
const investigator: ReleaseRequester = { country: 'PHL', roles: ['INVESTIGATOR'], purpose: 'PHL-2024-0001' };

describe('facility names', () => {
  it('ignore case, accents and spacing, as agencies spell them differently', () => {
    expect(facilityNameKey('  Khu  phuc HOP bamban ')).toBe(facilityNameKey('Khu phức hợp Bamban'));
    expect(facilityNameKey('Bamban-compound')).toBe(facilityNameKey('Bamban compound'));
    expect(facilityNameKey('Bamban compound')).not.toBe(facilityNameKey('Bamban'));
  });

  it('place an event at the site only under a known name, in the site’s country or none recorded', () => {
    expect(happenedAt(at('BAMBAN COMPOUND', '2023-01').where, SITE)).toBe(true);
    expect(happenedAt(at('Bamban compound', '2023-01', null).where, SITE)).toBe(true);
    expect(happenedAt(at('Bamban compound', '2023-01', 'KHM').where, SITE)).toBe(false);
    expect(happenedAt(at(null, '2023-01').where, SITE)).toBe(false);
    expect(happenedAt(null, SITE)).toBe(false);
  });
});

describe('a country’s cases at a facility', () => {
  const victim = record('VNM:MPS:1', {
    roles: ['VICTIM'], code: 'H2', to: ['PHL'], updatedAt: '2023-04-21T00:00:00Z',
    events: [at(null, '2022-11'), at('Khu phức hợp Bamban', '2023-02'), at('Bamban compound', '2023-01')],
    cases: [involvement('VNM-2023-0412', 'VICTIM', 'UNDER_INVESTIGATION')],
  });
  const recruiter = record('VNM:MPS:2', {
    code: 'H0', to: ['PHL'], updatedAt: '2023-06-03T00:00:00Z',
    cases: [involvement('VNM-2023-0412', 'SUSPECT', 'CHARGED', ['FRAUD', 'TRAFFICKING_IN_PERSONS'])],
  });
  const elsewhere = record('VNM:MPS:3', { events: [at('Other compound', '2023-01')], cases: [involvement('VNM-2023-0999', 'VICTIM')] });

  it('lists each case with a record at the facility, with every record of the case and the events there, oldest first', () => {
    const found = findFacilityCases([recruiter, elsewhere, victim], SITE, investigator, 'VNM');
    expect(found).toEqual({
      withheldRecords: 0,
      cases: [
        {
          reference: 'VNM-2023-0412',
          jurisdiction: 'VNM',
          // The status as last recorded: the recruiter's record is the latest.
          status: 'CHARGED',
          exploitationTypes: ['FORCED_CRIMINALITY'],
          offences: ['FRAUD', 'TRAFFICKING_IN_PERSONS'],
          persons: [
            { role: 'VICTIM', record: { id: 'VNM:MPS:1' } },
            { role: 'SUSPECT', record: { id: 'VNM:MPS:2' } },
          ],
          events: [
            expect.objectContaining({ when: expect.objectContaining({ iso: '2023-01' }), record: { id: 'VNM:MPS:1' } }),
            expect.objectContaining({ when: expect.objectContaining({ iso: '2023-02' }), record: { id: 'VNM:MPS:1' } }),
          ],
        },
      ],
    });
  });

  it('counts a record whose casework the owner withholds, and lists no case on its account alone', () => {
    // Releasable to the Philippines only: a Thai investigator gets neither record's casework.
    const found = findFacilityCases([victim, recruiter], SITE, { ...investigator, country: 'THA' }, 'VNM');
    expect(found).toEqual({ cases: [], withheldRecords: 1 });
  });

  it('leaves a withheld record out of a listed case, and counts it', () => {
    // H0: police use only. Victim support gets the victim's casework, not the recruiter's.
    const found = findFacilityCases([victim, recruiter], SITE, { ...investigator, roles: ['VICTIM_SUPPORT'] }, 'VNM');
    expect(found.withheldRecords).toBe(1);
    expect(found.cases.map((c) => c.persons)).toEqual([[{ role: 'VICTIM', record: { id: 'VNM:MPS:1' } }]]);
    expect(found.cases[0]).toMatchObject({ status: 'UNDER_INVESTIGATION', offences: ['TRAFFICKING_IN_PERSONS'] });
  });

  it('withholds every record’s casework without a purpose', () => {
    expect(findFacilityCases([victim, recruiter], SITE, { ...investigator, purpose: null }, 'VNM')).toEqual({ cases: [], withheldRecords: 1 });
  });

  it('keeps a victim’s casework when only her identity is withheld (the identity is the record’s to withhold)', () => {
    const found = findFacilityCases([victim], SITE, { ...investigator, roles: ['LIAISON'] }, 'VNM');
    expect(found.cases.map((c) => c.reference)).toEqual(['VNM-2023-0412']);
  });

  it('finds nothing, and counts nothing, where no record was at the facility', () => {
    expect(findFacilityCases([elsewhere, recruiter], SITE, investigator, 'VNM')).toEqual({ cases: [], withheldRecords: 0 });
  });
});
