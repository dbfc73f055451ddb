import type { PersonRecord } from '../../record/person-record';
import { decideRelease, type ReleaseRequester } from '../release-decision';
import { releaseRecord } from '../released-record';

const record = (over: Partial<PersonRecord> & { code?: string | null; to?: string[] } = {}): PersonRecord => {
  const { code = 'H1', to = [], ...rest } = over;
  return {
    id: 'THA:RTP:1', jurisdiction: 'THA', agency: 'RTP', roles: ['SUSPECT'], names: [], sex: 'MALE', dateOfBirth: null, nationalities: ['THA'],
    documents: [], identifiers: [], events: [], cases: [], handling: { code, releasableTo: to, contact: 'atpd@police.example.th' }, updatedAt: null,
    ...rest,
  };
};
const asker = (over: Partial<ReleaseRequester> = {}): ReleaseRequester => ({ country: 'PHL', roles: ['INVESTIGATOR'], purpose: 'PHL-2024-0001', ...over });

describe('originator release rules', () => {
  it('releases everything to a foreign investigator with a purpose when nothing restricts it, with the handling condition', () => {
    expect(decideRelease(record({ code: 'H1' }), asker())).toMatchObject({ status: 'RELEASED', rule: null, withheldFields: [], conditions: ['not for use in court without the owner’s consent'] });
    expect(decideRelease(record({ code: 'H2' }), asker()).conditions).toEqual(['no onward sharing without the owner’s consent']);
  });

  it.each([
    ['no purpose', record(), asker({ purpose: null }), 'originator:purpose'],
    ['not on the releasability list', record({ to: ['VNM'] }), asker(), 'originator:releasability'],
    ['H3 without a list, abroad', record({ code: 'H3' }), asker(), 'originator:H3'],
    ['H0 to victim support', record({ code: 'H0' }), asker({ roles: ['VICTIM_SUPPORT'] }), 'originator:H0'],
    ['H0 to a liaison officer of the owner', record({ code: 'H0' }), asker({ country: 'THA', roles: ['LIAISON'] }), 'originator:H0'],
    ['no handling code, abroad', record({ code: null }), asker(), 'originator:no-handling'],
  ])('withholds all but existence and contact: %s', (_why, r, who, rule) => {
    const d = decideRelease(r, who);
    expect(d).toMatchObject({ status: 'WITHHELD', rule, contact: 'atpd@police.example.th', conditions: [] });
    expect(d.withheldFields).toEqual(expect.arrayContaining(['names', 'documents', 'events', 'cases', 'roles']));
    expect(d.reason).toEqual(expect.any(String));
  });

  it.each([
    ['listed', record({ to: ['PHL'] }), asker()],
    ['H3 to the owner’s own officer', record({ code: 'H3' }), asker({ country: 'THA', purpose: 'THA-2024-0001' })],
    ['H3 listed', record({ code: 'H3', to: ['PHL'] }), asker()],
    ['H0 to an investigator', record({ code: 'H0' }), asker()],
    ['no handling code, at home', record({ code: null }), asker({ country: 'THA' })],
  ])('releases: %s', (_why, r, who) => {
    expect(decideRelease(r, who).status).toBe('RELEASED');
  });

  describe('victims', () => {
    const victim = (over = {}) => record({ roles: ['VICTIM'], nationalities: ['PHL'], code: 'H2', ...over });
    it('keeps a victim’s identity from roles other than victim support and investigators, releasing the casework', () => {
      const d = decideRelease(victim(), asker({ country: 'VNM', roles: ['LIAISON'] }));
      expect(d).toMatchObject({ status: 'PARTIAL', rule: 'originator:victim-identity' });
      expect(d.withheldFields).toEqual(['names', 'sex', 'dateOfBirth', 'nationalities', 'documents', 'identifiers']);
      expect(decideRelease(victim(), asker({ country: 'VNM', roles: ['VICTIM_SUPPORT'] })).status).toBe('RELEASED');
      expect(decideRelease(record({ roles: ['POTENTIAL_VICTIM'] }), asker({ country: 'VNM', roles: ['ANALYST'] })).rule).toBe('originator:victim-identity');
    });

    it('never releases a victim’s identity to the country of nationality without the owner listing it', () => {
      expect(decideRelease(victim(), asker())).toMatchObject({ status: 'PARTIAL', rule: 'originator:victim-origin' });
      expect(decideRelease(victim({ to: ['PHL'] }), asker()).status).toBe('RELEASED');
      expect(decideRelease(victim(), asker({ country: 'VNM' })).status).toBe('RELEASED');
    });
  });

  it('removes withheld values from the record itself, not only from the answer', () => {
    const released = releaseRecord(record({ to: ['VNM'], names: [{ full: 'Secret Name', script: 'LATIN', romanised: null, family: null, given: null, middle: null, kind: null }] }), asker());
    expect(JSON.stringify(released)).not.toContain('Secret Name');
    expect(released).toMatchObject({ id: 'THA:RTP:1', jurisdiction: 'THA', handling: { contact: 'atpd@police.example.th' }, release: { status: 'WITHHELD' } });
  });
});
