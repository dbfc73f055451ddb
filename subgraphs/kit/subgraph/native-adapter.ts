import type { Jurisdiction } from '../../../schema/registry/registry';
import type { PersonRecord } from '../record/person-record';

/** One page of a native source, for publication to the index. */
export interface NativePage {
  /** Mapped records; an Error (usually a MappingError) in place of a record that could not be mapped. */
  readonly records: ReadonlyArray<PersonRecord | Error>;
  /** Cursor of the next page, or null after the last. */
  readonly next: string | null;
}

/**
 * What a jurisdiction writes: the bridge from its agencies' native source to the shared schema.
 * Everything else (schema, batching, errors, serving, index feed) comes from the kit.
 */
export interface NativeAdapter {
  readonly jurisdiction: Jurisdiction;
  /**
   * The records with these global ids, with as few native calls as the native API allows (one for
   * a batch that fits its limits). One slot per id, in order: the record, null when the source
   * does not hold it, or an Error when that one record cannot be mapped. Throws NativeSourceError
   * when the source as a whole fails.
   */
  fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<PersonRecord | null | Error>>;
  /** One page of every record the source holds, from `cursor` (null: the first page). */
  fetchPage(cursor: string | null): Promise<NativePage>;
  /**
   * Resolvers for the jurisdiction's own extra SDL (registry `extraSdl`), e.g. INTERPOL's SLTD
   * check on every TravelDocument. `createRequestState` runs once per request (per-request
   * DataLoaders); resolvers find its result in `context.extra`.
   */
  readonly extra?: {
    readonly resolvers: Record<string, Record<string, unknown>>;
    createRequestState?(): unknown;
  };
}
