import { MappingError } from '../kit/mapping/mapping-error';
import { rememberMappings } from '../kit/mapping/remembered-mappings';
import type { PersonRecord } from '../kit/record/person-record';
import type { NativeAdapter, NativePage } from '../kit/subgraph/native-adapter';
import type { AdapterSettings } from '../kit/subgraph/run-country';
import { loadVnmConfig } from './config';
import { ExportCache, type ExportCacheOptions } from './export-cache';
import { lineRef, type ExportSnapshot } from './export-snapshot';
import { MPS, parseVnmId } from './global-id';
import { EXPORT_NAME } from './listing';
import { mapLineOrError } from './mapping';
import { createMpsDropClient } from './native-api';

type Slot = PersonRecord | null | Error;

export interface VnmAdapterOptions extends ExportCacheOptions {
  /** Largest export downloaded. @default 64 MiB */
  maxExportBytes?: number;
}

/** A feed cursor `<export name>:<line>`: the export a pass reads, and the line it has reached. */
function readCursor(cursor: string): { name: string; from: number } {
  const at = cursor.lastIndexOf(':');
  const name = cursor.slice(0, at);
  const from = cursor.slice(at + 1);
  if (at < 0 || !EXPORT_NAME.test(name) || !/^[1-9]\d{0,8}$/.test(from)) throw new RangeError('a VNM cursor is an export name and a line number');
  return { name, from: Number(from) };
}

const heldTwice = () => new MappingError('so_ho_so', undefined, 'the export holds this record number on more than one line');

/**
 * The VNM adapter: the Ministry of Public Security's CSV exports on its file drop, mapped to the
 * shared schema. Every batch is answered from the newest export, cached by version (the native
 * call rule is on ExportCache; the format in README.md).
 */
export function createVnmAdapter({ jurisdiction, baseUrl, timeoutMs }: AdapterSettings, options: VnmAdapterOptions = {}): NativeAdapter {
  if (!jurisdiction.agencies.includes(MPS)) throw new Error(`the ${jurisdiction.code} registry row does not list the ${MPS} agency`);
  const cache = new ExportCache(createMpsDropClient(baseUrl, timeoutMs, options.maxExportBytes), options);
  const mapped = rememberMappings((line: ExportSnapshot['lines'][number]) => mapLineOrError(line, jurisdiction));

  /** The mapped record of line `i`, or an Error when its record number is on other lines too. */
  const mapLine = (snapshot: ExportSnapshot, i: number): PersonRecord | Error => {
    const line = snapshot.lines[i]!;
    const ref = lineRef(line);
    return ref !== null && snapshot.byRef.get(ref)!.length > 1 ? heldTwice() : mapped(line);
  };

  async function fetchByIds(ids: readonly string[]): Promise<ReadonlyArray<Slot>> {
    const refs = ids.map(parseVnmId);
    if (refs.every((ref) => ref === null)) return refs.map(() => null);
    const snapshot = await cache.current();
    const mapped = new Map<number, PersonRecord | Error>();
    return refs.map((ref): Slot => {
      if (ref === null || snapshot === null) return null;
      const at = snapshot.byRef.get(ref)?.[0];
      if (at === undefined) {
        // A line we cannot tell apart may be this record, so "not held" would be a claim we cannot make.
        return snapshot.unidentified > 0 ? new MappingError('so_ho_so', undefined, 'the export has a line without a readable so_ho_so') : null;
      }
      if (!mapped.has(at)) mapped.set(at, mapLine(snapshot, at));
      return mapped.get(at)!;
    });
  }

  async function fetchPage(cursor: string | null): Promise<NativePage> {
    const position = cursor === null ? null : readCursor(cursor);
    // A pass reads one export from start to end, whatever is published meanwhile.
    const snapshot = position ? await cache.pinned(position.name) : await cache.current();
    if (snapshot === null) return { records: [], next: null };
    const from = position?.from ?? 0;
    const to = Math.min(from + jurisdiction.native.pageSize, snapshot.lines.length);
    const records = Array.from({ length: Math.max(0, to - from) }, (_, k) => mapLine(snapshot, from + k));
    return { records, next: to < snapshot.lines.length ? `${snapshot.name}:${to}` : null };
  }

  return { jurisdiction, fetchByIds, fetchPage };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts): settings from VNM_EXPORT_POLL_MS. */
export const createAdapter = (settings: AdapterSettings): NativeAdapter => createVnmAdapter(settings, loadVnmConfig());
