import { personRecordType } from '../../../schema/build/subgraph-sdl';
import type { Jurisdiction } from '../../../schema/registry/registry';
import type { RecordReference } from './link-view';

/**
 * The entity reference of a record id (`PHL:PNP:…` → PhlPersonRecord), or null when its
 * jurisdiction is not (or no longer) in the registry.
 */
export function recordReferences(jurisdictions: readonly Jurisdiction[]): (id: string) => RecordReference | null {
  const typeByCode = new Map(jurisdictions.map((j) => [j.code, personRecordType(j)]));
  return (id) => {
    const typename = typeByCode.get(id.slice(0, id.indexOf(':')));
    return typename ? { __typename: typename, id } : null;
  };
}
