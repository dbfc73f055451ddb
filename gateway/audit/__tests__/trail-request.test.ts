import type { GraphQLError } from 'graphql';
import type { Role } from '../../auth/requester';
import { trailRequest } from '../trail-request';

const as = (roles: Role[], country = 'PHL') => ({ country, roles });
const params = (query: string) => new URLSearchParams(query);

/** The code and HTTP status a refusal carries. */
function refusalOf(run: () => unknown): { code: unknown; status: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as GraphQLError;
    return { code: extensions.code, status: (extensions.http as { status?: number } | undefined)?.status, message };
  }
  throw new Error('expected a refusal');
}

describe('trailRequest', () => {
  it("reads the requester's own jurisdiction, from the start, 100 entries, when nothing is asked", () => {
    expect(trailRequest(as(['LIAISON']), params(''))).toEqual({ jurisdiction: 'PHL', afterSeq: 0, limit: 100 });
    expect(trailRequest(as(['ANALYST'], 'INTERPOL'), params('after=42&limit=1000'))).toEqual({ jurisdiction: 'INTERPOL', afterSeq: 42, limit: 1000 });
  });

  it.each([[['INVESTIGATOR']], [['VICTIM_SUPPORT']], [['INTEGRATOR']]] as Role[][][])('refuses %j with 403 FORBIDDEN', (roles) => {
    expect(refusalOf(() => trailRequest(as(roles), params('')))).toMatchObject({ code: 'FORBIDDEN', status: 403, message: expect.stringMatching(/LIAISON, ANALYST/) });
  });

  it('takes an oversight role among others', () => {
    expect(trailRequest(as(['INVESTIGATOR', 'LIAISON']), params('')).jurisdiction).toBe('PHL');
  });

  it("refuses another country's trail with 403, whatever the parameters, and accepts its own named", () => {
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('jurisdiction=THA')))).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('jurisdiction=phl')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(trailRequest(as(['LIAISON']), params('jurisdiction=PHL&limit=5'))).toEqual({ jurisdiction: 'PHL', afterSeq: 0, limit: 5 });
  });

  it('checks the role before the parameters, so a refused requester learns nothing about them', () => {
    expect(refusalOf(() => trailRequest(as(['INVESTIGATOR']), params('limit=abc')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each(['limit=abc', 'limit=0', 'limit=1001', 'limit=-1', 'limit=1e2', 'limit=', 'limit= 5', 'limit=5.0'])('refuses %s with 400 and says what limit takes', (query) => {
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params(query)))).toEqual({ code: 'BAD_USER_INPUT', status: 400, message: 'limit must be a whole number from 1 to 1000' });
  });

  it.each(['after=abc', 'after=-1', 'after=1.5', 'after=', 'after=0x10', 'after=9999999999999999'])('refuses %s with 400', (query) => {
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params(query)))).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, message: expect.stringMatching(/^after must be a whole number/) });
  });

  it('refuses unknown and repeated parameters, so a typo never reads as the default', () => {
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('country=THA')))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/only after, limit, jurisdiction/) });
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('after=1&after=2')))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'parameter after must be given at most once' });
  });

  it('never repeats the value it refuses', () => {
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('limit=<script>'))).message).not.toContain('<script>');
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('jurisdiction=<b>'))).message).not.toContain('<b>');
  });

  it('takes other page sizes from the options', () => {
    expect(trailRequest(as(['LIAISON']), params(''), { defaultLimit: 10, maxLimit: 20 }).limit).toBe(10);
    expect(refusalOf(() => trailRequest(as(['LIAISON']), params('limit=21'), { maxLimit: 20 })).message).toBe('limit must be a whole number from 1 to 20');
  });
});
