import DataLoader from 'dataloader';
import { corridorError } from '../../../schema/errors';
import type { PersonRecord } from '../record/person-record';
import { nativeFailure } from './native-failure';
import type { NativeAdapter } from './native-adapter';

/**
 * A per-request loader: every `_entities` representation of one request is collected into one
 * `fetchByIds` call. Per request, so no record outlives the request it was released for.
 */
export function createRecordLoader(adapter: NativeAdapter): DataLoader<string, PersonRecord | null> {
  const jurisdiction = adapter.jurisdiction.code;
  return new DataLoader<string, PersonRecord | null>(async (ids) => {
    // Slots may hold an Error: DataLoader rejects that key alone, the rest of the batch answers.
    let results: ReadonlyArray<PersonRecord | null | Error>;
    try {
      results = await adapter.fetchByIds(ids);
    } catch (error) {
      const failure = nativeFailure(error, jurisdiction);
      return ids.map(() => failure);
    }
    if (results.length !== ids.length) {
      const broken = corridorError('JURISDICTION_UNAVAILABLE', `${jurisdiction}: adapter returned ${results.length} results for ${ids.length} ids`, { jurisdiction });
      return ids.map(() => broken);
    }
    return results.map((r, i) =>
      r instanceof Error
        ? corridorError('NATIVE_RECORD_INVALID', `${jurisdiction}: record ${ids[i]} could not be read: ${r.message}`, {
            jurisdiction,
            recordId: ids[i],
          })
        : r,
    );
  });
}
