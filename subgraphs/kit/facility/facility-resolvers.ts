import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { facilityCasesType } from '../../../schema/build/subgraph-sdl';
import { loadFacilities, type FacilityDefinition } from '../../../schema/registry/facilities';
import type { RequesterContext } from '../context/requester-context';
import { releaseRecord } from '../release/released-record';
import { nativeFailure } from '../subgraph/native-failure';
import type { NativeAdapter } from '../subgraph/native-adapter';
import type { createRecordLoader } from '../subgraph/record-loader';
import { findFacilityCases, type RecordRef } from './facility-cases';
import { FacilityScanCache } from './facility-scan';

/** What these resolvers read of the country subgraph's per-request context. */
interface FacilityContext {
  requester: RequesterContext;
  records: ReturnType<typeof createRecordLoader>;
}

/**
 * Resolvers of a country's `<Prefix>FacilityCases` (by id `<facility>:<country>`) and of the
 * records its cases refer to. The cases are found in the country's own records for each requester;
 * every record they refer to answers through the same loader and release rules as a record fetched
 * in a trace, so a withheld field is withheld here too.
 */
export interface FacilityResolverOptions {
  /** The facilities to search for. @default loadFacilities() */
  facilities?: readonly FacilityDefinition[];
  /** Search the source once this settles, so the first question does not wait. @default on the first question */
  warmAfter?: Promise<unknown>;
}

export function facilityResolvers(adapter: NativeAdapter, { facilities = loadFacilities(), warmAfter }: FacilityResolverOptions = {}): GraphQLResolverMap<unknown> {
  const code = adapter.jurisdiction.code;
  const scans = new FacilityScanCache(adapter, facilities);
  // A failed warm-up keeps nothing: the first question searches again and reports the failure.
  if (warmAfter) void warmAfter.then(() => scans.get()).catch(() => {});
  const record = async (parent: { record: RecordRef | null }, _args: unknown, context: unknown) => {
    const { records, requester } = context as FacilityContext;
    if (!parent.record) return null;
    const found = await records.load(parent.record.id);
    return found && releaseRecord(found, requester);
  };
  return {
    [facilityCasesType(adapter.jurisdiction)]: {
      __resolveReference: async (ref: { id: string }, context: unknown) => {
        const { requester } = context as FacilityContext;
        const at = ref.id.lastIndexOf(':');
        if (at <= 0 || ref.id.slice(at + 1) !== code) return null;
        const site = facilities.find((f) => f.id === ref.id.slice(0, at));
        if (!site) return null;
        let scan;
        try {
          scan = await scans.get();
        } catch (error) {
          throw nativeFailure(error, code);
        }
        return {
          id: ref.id,
          country: code,
          contact: adapter.jurisdiction.contact,
          skippedRecords: scan.skippedRecords,
          ...findFacilityCases(scan.records, site, requester, code),
        };
      },
    },
    CaseParticipant: { record },
    CaseEvent: { record },
  };
}
