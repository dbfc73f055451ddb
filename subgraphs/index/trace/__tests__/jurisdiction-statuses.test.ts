import { loadRegistry } from '../../../../schema/registry/registry';
import type { NormalisedIdentifier } from '../../../kit/identifiers/normalise';
import type { SyncState } from '../../sync/synchroniser';
import { jurisdictionStatuses, searchedJurisdictions } from '../jurisdiction-statuses';

const jurisdictions = loadRegistry().jurisdictions;
const read = (code: string, over: Partial<SyncState> = {}): SyncState => ({
  code, passes: 1, records: 10, invalid: 0, received: 10, fullReads: 1, cursor: null, lastSuccess: new Date(0), lastError: null, ...over,
});
const allRead = () => new Map(jurisdictions.map((j) => [j.code, read(j.code)]));
const name: NormalisedIdentifier = { kind: 'NAME' as NormalisedIdentifier['kind'], value: 'LAN NGUYEN THI|1998', country: null };
const codes = (list: { code: string }[]) => list.map((j) => j.code);

describe('the jurisdictions a trace lists', () => {
  it('by default, only those holding a match, in registry order, whatever the size of the registry', () => {
    const hits = new Map([['THA', 1], ['PHL', 2]]);
    const list = jurisdictionStatuses({ jurisdictions, syncStates: allRead(), hits, asked: [name] }, false);
    expect(list).toEqual([
      { code: 'PHL', status: 'ANSWERED', hits: 2, skipped: 0, detail: null },
      { code: 'THA', status: 'ANSWERED', hits: 1, skipped: 0, detail: null },
    ]);
  });

  it('with `all`, every registered jurisdiction, the others as NO_HIT', () => {
    const list = jurisdictionStatuses({ jurisdictions, syncStates: allRead(), hits: new Map([['PHL', 1]]), asked: [name] }, true);
    expect(codes(list)).toEqual(jurisdictions.map((j) => j.code));
    expect(list.filter((j) => j.status === 'NO_HIT')).toHaveLength(jurisdictions.length - 1);
  });

  it('names the country of a travel document and of a phone number, NO_HIT when it holds nothing', () => {
    const asked: NormalisedIdentifier[] = [
      { kind: 'TRAVEL_DOCUMENT' as NormalisedIdentifier['kind'], value: 'C1234567', country: 'VNM' },
      { kind: 'PHONE' as NormalisedIdentifier['kind'], value: '+442079460123', country: null },
      { kind: 'PHONE' as NormalisedIdentifier['kind'], value: '+882345678901', country: null }, // international network: no country
    ];
    const list = jurisdictionStatuses({ jurisdictions, syncStates: allRead(), hits: new Map([['THA', 1]]), asked }, false);
    expect(list).toEqual([
      { code: 'THA', status: 'ANSWERED', hits: 1, skipped: 0, detail: null },
      { code: 'VNM', status: 'NO_HIT', hits: 0, skipped: 0, detail: null },
      { code: 'GBR', status: 'NO_HIT', hits: 0, skipped: 0, detail: null },
    ].sort((a, b) => jurisdictions.findIndex((j) => j.code === a.code) - jurisdictions.findIndex((j) => j.code === b.code)));
  });

  it('lists a jurisdiction the index cannot vouch for: none read yet (FAILED), or records it could not index', () => {
    const states = allRead();
    states.set('MYS', read('MYS', { passes: 0, lastError: 'feed answered HTTP 502' }));
    states.set('KHM', read('KHM', { invalid: 2 }));
    const list = jurisdictionStatuses({ jurisdictions, syncStates: states, hits: new Map(), asked: [name] }, false);
    expect(list).toEqual(expect.arrayContaining([
      { code: 'MYS', status: 'FAILED', hits: 0, skipped: 0, detail: 'the index has no publication from MYS yet: feed answered HTTP 502' },
      { code: 'KHM', status: 'NO_HIT', hits: 0, skipped: 2, detail: '2 native records of KHM could not be read and are not indexed' },
    ]));
    expect(list).toHaveLength(2);
  });

  it('counts the jurisdictions searched: those whose keys the index has read', () => {
    const states = allRead();
    states.set('MYS', read('MYS', { passes: 0 }));
    expect(searchedJurisdictions(jurisdictions, states)).toBe(jurisdictions.length - 1);
    expect(searchedJurisdictions(jurisdictions, new Map())).toBe(0);
  });
});
