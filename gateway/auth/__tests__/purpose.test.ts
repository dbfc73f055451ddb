import { parsePurpose, type CaseRegistry } from '../purpose';
import { thrown } from './fixtures';

const officer = { country: 'PHL' };

/** A case registry that knows PHL's cases only. */
const phlCases: CaseRegistry = {
  knows: (reference) => (reference.startsWith('PHL-') ? reference === 'PHL-2024-0001' : undefined),
};

function refusal(value: string | string[] | undefined, cases?: CaseRegistry) {
  const error = thrown(() => parsePurpose(value, officer, cases));
  return { code: error.extensions.code, status: (error.extensions.http as { status: number }).status, message: error.message, rule: error.extensions.rule };
}

describe('parsePurpose', () => {
  it('is null when no purpose is declared', () => {
    expect(parsePurpose(undefined, officer)).toBeNull();
  });

  it('reads a case reference of the requester’s own country', () => {
    expect(parsePurpose('PHL-2024-0001', officer)).toEqual({ reference: 'PHL-2024-0001' });
    expect(parsePurpose(' PHL-1999-000123456 ', officer)).toEqual({ reference: 'PHL-1999-000123456' });
    expect(Object.isFrozen(parsePurpose('PHL-2024-0001', officer))).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['lower case', 'phl-2024-0001'],
    ['a short number', 'PHL-2024-001'],
    ['a two-digit year', 'PHL-24-0001'],
    ['an implausible year', 'PHL-0024-0001'],
    ['no country', '2023-0007'],
    ['two references', 'PHL-2024-0001, PHL-2024-0002'],
    ['over 40 characters', `PHL-2024-${'1'.repeat(32)}`],
    ['free text', 'checking my neighbour'],
  ])('refuses %s as BAD_USER_INPUT (400) without echoing it', (_what, value) => {
    const r = refusal(value);
    expect(r).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
    expect(r.message).toMatch(/<COUNTRY>-<YYYY>-<NNNN>/);
    if (value) expect(r.message).not.toContain(value);
  });

  it('refuses a header sent twice', () => {
    expect(refusal(['PHL-2024-0001', 'PHL-2024-0002'])).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/once/) });
  });

  it('refuses a case of another jurisdiction as FORBIDDEN (403)', () => {
    expect(refusal('THA-2024-0001')).toEqual({
      code: 'FORBIDDEN',
      status: 403,
      rule: 'purpose-own-jurisdiction',
      message: 'purpose THA-2024-0001 is a case of another jurisdiction; ask through liaison with THA',
    });
  });

  it('refuses a case the case registry says does not exist, and trusts one it cannot judge', () => {
    expect(parsePurpose('PHL-2024-0001', officer, phlCases)).toEqual({ reference: 'PHL-2024-0001' });
    expect(refusal('PHL-2024-9999', phlCases)).toMatchObject({ code: 'FORBIDDEN', status: 403, rule: 'purpose-known-case' });
    const thaCases: CaseRegistry = { knows: () => undefined };
    expect(parsePurpose('PHL-2024-9999', officer, thaCases)).toEqual({ reference: 'PHL-2024-9999' });
  });
});
