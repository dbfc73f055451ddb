import { loadFacilities, parseFacilities } from '../../../../schema/registry/facilities';
import { registryOf } from '../../../../gateway/stack/in-process';
import { resolveFacilities, resolveFacility } from '../resolve-facility';

const jurisdictions = registryOf(['PHL', 'VNM', 'INTERPOL']).jurisdictions;
const facilities = loadFacilities();

describe('facilities as the index knows them', () => {
  it('answers a facility with one reference to its cases per registered country (not INTERPOL)', () => {
    expect(resolveFacility(facilities, jurisdictions, ' phl-bamban ')).toMatchObject({
      id: 'PHL-BAMBAN',
      kind: 'SCAM_COMPOUND',
      reportingCountries: ['PHL', 'VNM'],
      byCountry: [
        { __typename: 'PhlFacilityCases', id: 'PHL-BAMBAN:PHL' },
        { __typename: 'VnmFacilityCases', id: 'PHL-BAMBAN:VNM' },
      ],
    });
  });

  it('answers null for a well-formed id no facility has, and refuses a malformed one', () => {
    expect(resolveFacility(facilities, jurisdictions, 'PHL-NOWHERE')).toBeNull();
    for (const bad of ['', 'BAMBAN', 'PHL BAMBAN', 'PHL-', 'PHL--BAMBAN', `PHL-${'X'.repeat(80)}`]) {
      expect(() => resolveFacility(facilities, jurisdictions, bad)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('lists every facility, or one country’s by alpha-3 or alpha-2, and refuses an unknown country', () => {
    expect(resolveFacilities(facilities, jurisdictions).map((f) => f.id)).toEqual(facilities.map((f) => f.id));
    expect(resolveFacilities(facilities, jurisdictions, 'th').map((f) => f.id)).toEqual(['THA-MAE-SOT', 'THA-SUVARNABHUMI']);
    expect(resolveFacilities(facilities, jurisdictions, 'AUS')).toEqual([]);
    expect(() => resolveFacilities(facilities, jurisdictions, 'XYZ')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('the facility list', () => {
  const row = { id: 'PHL-X', name: 'X compound', kind: 'SCAM_COMPOUND', country: 'PHL', knownAs: ['X compound'] };

  it('is valid as shipped', () => {
    expect(facilities.length).toBeGreaterThan(0);
  });

  it('refuses duplicate ids, a malformed id, an unknown country, and a facility not known by its own name', () => {
    expect(() => parseFacilities([row, row])).toThrow(/duplicate id PHL-X/);
    expect(() => parseFacilities([{ ...row, id: 'phl x' }])).toThrow();
    expect(() => parseFacilities([{ ...row, country: 'XYZ' }])).toThrow();
    expect(() => parseFacilities([{ ...row, knownAs: ['Other'] }])).toThrow(/not known as its own name/);
  });
});
