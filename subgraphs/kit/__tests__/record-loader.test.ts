import { GraphQLError } from 'graphql';
import { loadRegistry } from '../../../schema/registry/registry';
import { MappingError } from '../mapping/mapping-error';
import { NativeSourceError } from '../native/native-source-error';
import type { PersonRecord } from '../record/person-record';
import type { NativeAdapter } from '../subgraph/native-adapter';
import { createRecordLoader } from '../subgraph/record-loader';

const jurisdiction = loadRegistry().byCode('PHL')!;
const record = (id: string) => ({ id, jurisdiction: 'PHL' }) as PersonRecord;

function adapter(fetchByIds: NativeAdapter['fetchByIds']): NativeAdapter & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    jurisdiction,
    calls,
    fetchByIds: (ids) => {
      calls.push([...ids]);
      return fetchByIds(ids);
    },
    fetchPage: async () => ({ records: [], next: null }),
  };
}

describe('per-request record loader', () => {
  it('collects the loads of one tick into one adapter call, results in key order', async () => {
    const a = adapter(async (ids) => ids.map((id) => record(id)));
    const loader = createRecordLoader(a);
    const got = await Promise.all(['PHL:PNP:3', 'PHL:PNP:1', 'PHL:PNP:2'].map((id) => loader.load(id)));
    expect(got.map((r) => r?.id)).toEqual(['PHL:PNP:3', 'PHL:PNP:1', 'PHL:PNP:2']);
    expect(a.calls).toEqual([['PHL:PNP:3', 'PHL:PNP:1', 'PHL:PNP:2']]);
  });

  it('fails only the slot of a record that cannot be mapped', async () => {
    const loader = createRecordLoader(adapter(async (ids) => ids.map((id) => (id.endsWith('2') ? new MappingError('dob', 'x', 'no such day') : record(id)))));
    const [one, two] = await Promise.allSettled([loader.load('PHL:PNP:1'), loader.load('PHL:PNP:2')]);
    expect(one).toMatchObject({ status: 'fulfilled', value: { id: 'PHL:PNP:1' } });
    expect(two.status).toBe('rejected');
    const error = (two as PromiseRejectedResult).reason as GraphQLError;
    expect(error.extensions).toMatchObject({ code: 'NATIVE_RECORD_INVALID', jurisdiction: 'PHL', recordId: 'PHL:PNP:2' });
  });

  it.each([
    [new NativeSourceError('native source answered HTTP 500'), 'JURISDICTION_UNAVAILABLE'],
    [new NativeSourceError('native source did not answer in 10 ms', true), 'JURISDICTION_TIMEOUT'],
    [new TypeError('adapter bug'), 'JURISDICTION_UNAVAILABLE'],
  ])('turns a whole-source failure (%s) into a coded error for every key', async (failure, code) => {
    const loader = createRecordLoader(adapter(async () => Promise.reject(failure)));
    const results = await Promise.allSettled([loader.load('PHL:PNP:1'), loader.load('PHL:PNP:2')]);
    for (const r of results) expect((r as PromiseRejectedResult).reason.extensions).toMatchObject({ code, jurisdiction: 'PHL' });
  });

  it('refuses an adapter that breaks the one-result-per-key contract', async () => {
    const loader = createRecordLoader(adapter(async () => [record('PHL:PNP:1')]));
    const results = await Promise.allSettled([loader.load('PHL:PNP:1'), loader.load('PHL:PNP:2')]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
  });

  it('answers null for a record the source does not hold', async () => {
    const loader = createRecordLoader(adapter(async (ids) => ids.map(() => null)));
    await expect(loader.load('PHL:PNP:404')).resolves.toBeNull();
  });
});
