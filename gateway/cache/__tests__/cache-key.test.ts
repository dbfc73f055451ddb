import type { GatewayContext } from '../../gateway-context';
import type { Role } from '../../auth/requester';
import { cacheScope, entityKey, recordIdOf, type EntityKeyParts } from '../cache-key';

function context(over: { country?: string; agency?: string; roles?: Role[]; clearance?: number; sub?: string; purpose?: string | null } = {}): GatewayContext {
  return {
    requester: { sub: over.sub ?? 'officer-1', country: over.country ?? 'PHL', agency: over.agency ?? 'PNP', roles: over.roles ?? ['INVESTIGATOR'], clearance: over.clearance ?? 2, issuer: 'dev' },
    purpose: over.purpose === undefined ? 'PHL-2024-0001' : over.purpose,
    requestId: 'r1',
  };
}

function keyFor(ctx: GatewayContext, parts: Partial<Omit<EntityKeyParts, 'scope'>> = {}): string {
  return entityKey({
    subgraph: 'phl',
    url: 'http://127.0.0.1:4101/graphql',
    query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on PhlPersonRecord{id names{full}}}}',
    variables: {},
    representation: { __typename: 'PhlPersonRecord', id: 'PHL:PNP:2024-000123' },
    ...parts,
    scope: cacheScope(ctx)!,
  });
}

describe('cache key: requesters with different rights never share an entry', () => {
  const base = keyFor(context());

  it.each([
    ['country', context({ country: 'THA' })],
    ['agency', context({ agency: 'BI' })],
    ['a role added', context({ roles: ['INVESTIGATOR', 'ANALYST'] })],
    ['another role', context({ roles: ['ANALYST'] })],
    ['clearance', context({ clearance: 3 })],
    ['no purpose', context({ purpose: null })],
  ])('a requester differing in %s gets another key', (_what, other) => {
    expect(keyFor(other)).not.toBe(base);
  });

  it('is the same for attributes no rule reads: role order, the purpose value, the officer', () => {
    const a = keyFor(context({ roles: ['INVESTIGATOR', 'ANALYST'] }));
    expect(keyFor(context({ roles: ['ANALYST', 'INVESTIGATOR'] }))).toBe(a);
    expect(keyFor(context({ roles: ['ANALYST', 'INVESTIGATOR', 'ANALYST'] }))).toBe(a);
    expect(keyFor(context({ purpose: 'PHL-2024-0999' }))).toBe(base);
    expect(keyFor(context({ sub: 'officer-2' }))).toBe(base);
  });

  it.each([
    ['subgraph', { subgraph: 'tha' }],
    ['url', { url: 'http://10.0.0.2/graphql' }],
    ['query text (another set of labels applied)', { query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on PhlPersonRecord{id}}}' }],
    ['variables', { variables: { a: true } }],
    ['record', { representation: { __typename: 'PhlPersonRecord', id: 'PHL:PNP:2024-000131' } }],
    ['@requires fields of the representation', { representation: { __typename: 'PhlPersonRecord', id: 'PHL:PNP:2024-000123', events: [] } }],
  ] as const)('differs with the %s', (_what, parts) => {
    expect(keyFor(context(), parts)).not.toBe(base);
  });

  it('has no scope, so caches nothing, for a call made for nobody', () => {
    expect(cacheScope({})).toBeNull();
    expect(cacheScope(undefined)).toBeNull();
  });

  it('reads the record id of a representation', () => {
    expect(recordIdOf({ __typename: 'PhlPersonRecord', id: 'PHL:PNP:1' })).toBe('PHL:PNP:1');
    expect(recordIdOf({ __typename: 'X' })).toBeNull();
    expect(recordIdOf(null)).toBeNull();
  });
});
