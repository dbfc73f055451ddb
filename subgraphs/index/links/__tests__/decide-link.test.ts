import { GraphQLError } from 'graphql';
import { MemoryKeyStore } from '../../store/key-store';
import { decideLink, type DecideLinkArgs } from '../decide-link';
import { MemoryDecisionStore } from '../decision-store';
import { traceLinks } from '../trace-links';
import { investigator, keysOf, type Who } from './fixtures';

const a: Who = { id: 'PHL:PNP:1', name: 'Maricel Dizon Villanueva', born: '1998-03-14', passport: 'P4821937B' };
const b: Who = { id: 'THA:TIB:1', name: 'MARICEL VILLANUEVA', born: '1998', phone: '+63 917 482 1937', country: 'PHL' };
const reference = (id: string) => (id.includes(':') && !id.startsWith('XXX') ? { __typename: 'PersonRecord', id } : null);

async function setUp() {
  const store = new MemoryKeyStore();
  await store.put(a.id, keysOf(a));
  await store.put(b.id, keysOf(b));
  const decisions = new MemoryDecisionStore();
  return { store, decisions, deps: { store, decisions, reference, now: () => new Date('2024-10-05T08:00:00Z') } };
}
const code = (error: unknown) => (error as GraphQLError).extensions?.code;
const confirm = (over: Partial<DecideLinkArgs> = {}): DecideLinkArgs => ({ a: b.id, b: a.id, decision: 'SAME_PERSON', reason: 'fingerprints match, PHL-2024-0001 file 12', ...over });

describe('deciding on a link', () => {
  it('stores who decided, under which case, when and why, keyed by the unordered pair', async () => {
    const { deps, decisions } = await setUp();
    const link = await decideLink(deps, 'confirmLink', investigator, confirm());
    expect(link).toMatchObject({ a: { id: a.id }, b: { id: b.id }, colour: 'WHITE', decision: { decision: 'SAME_PERSON' } });
    expect(decisions.all()).toEqual([
      { a: a.id, b: b.id, decision: 'SAME_PERSON', reason: 'fingerprints match, PHL-2024-0001 file 12', decidedBy: { sub: 'officer-7', country: 'PHL', agency: 'PNP' }, purpose: 'PHL-2024-0001', decidedAt: '2024-10-05T08:00:00.000Z' },
    ]);
  });

  it('changes later traces: the latest decision sets the colour', async () => {
    const { deps } = await setUp();
    const before = await traceLinks(deps, [a.id, b.id]);
    expect(before.map((l) => l.colour)).toEqual(['YELLOW']);
    await decideLink(deps, 'confirmLink', investigator, confirm());
    await decideLink(deps, 'rejectLink', investigator, confirm({ decision: 'DIFFERENT_PEOPLE', reason: 'two women, per interview' }));
    const after = await traceLinks(deps, [a.id, b.id]);
    expect(after).toMatchObject([{ colour: 'GREEN', score: before[0]!.score, decision: { decision: 'DIFFERENT_PEOPLE', reason: 'two women, per interview' } }]);
  });

  it.each([
    ['an analyst', { ...investigator, roles: ['ANALYST'] }],
    ['an investigator without a purpose', { ...investigator, purpose: null }],
    ['nobody', undefined],
  ])('refuses %s (FORBIDDEN), whatever the gateway let through', async (_who, requester) => {
    const { deps, decisions } = await setUp();
    const error = await decideLink(deps, 'confirmLink', requester, confirm()).catch((e: unknown) => e);
    expect(code(error)).toBe('FORBIDDEN');
    expect((error as GraphQLError).extensions).toMatchObject({ rule: 'INVESTIGATOR & PURPOSE' });
    expect(decisions.all()).toEqual([]);
  });

  it.each([
    ['an empty reason', confirm({ reason: '   ' }), /reason/],
    ['a reason past 500 characters', confirm({ reason: 'x'.repeat(501) }), /500/],
    ['one record twice', confirm({ b: b.id }), /two different records/],
    ['a record the index does not hold', confirm({ a: 'PHL:PNP:404' }), /not in the index/],
    ['a record of no registered jurisdiction', confirm({ a: 'XXX:Y:1' }), /not in the index/],
  ])('refuses %s (BAD_USER_INPUT)', async (_what, args, message) => {
    const { deps, decisions } = await setUp();
    const error = await decideLink(deps, 'confirmLink', investigator, args).catch((e: unknown) => e);
    expect(code(error)).toBe('BAD_USER_INPUT');
    expect((error as Error).message).toMatch(message);
    expect(decisions.all()).toEqual([]);
  });
});
