import type { NativeSourceOptions } from '../../kit/wiring/adapters';
import { recordsOf } from '../../scenario/generate';
import type { ScenarioRecord } from '../../scenario/model';
import type { NativeServer } from '../native-server';
import type { ExportRow } from './columns';
import { startDropServer } from './drop-server';
import { createExportShelf, type ExportEntry } from './export-shelf';
import { renderExport, renderRow } from './render';

export interface VnmNativeSourceOptions extends NativeSourceOptions {
  /** Clock of the file names and listing times. @default () => new Date() */
  now?: () => Date;
  /** Exports kept on the drop. @default 5 */
  keep?: number;
}

export interface PublishOptions {
  /** `so_ho_so` of records the agency deleted: absent from this export on. */
  remove?: readonly string[];
}

export interface VnmNativeServer extends NativeServer {
  /**
   * Publish a new export, as the agency's nightly job does: every record it holds, with these
   * records added or replaced (by their reference) and the `remove`d ones gone. Each export is a
   * full snapshot under a new name; readers only ever need the newest.
   */
  publishExport(records: readonly ScenarioRecord[], options?: PublishOptions): ExportEntry;
  /** Drop a file on the share exactly as given, as the next export (a desk re-saving it in Excel). */
  publishRawExport(content: Buffer | string): ExportEntry;
  /** The files on the drop, oldest first. */
  exports(): ExportEntry[];
}

/**
 * The simulated Ministry of Public Security file drop, serving the scenario's VNM records as CSV
 * exports (format: subgraphs/vnm/README.md). Routes: `GET /exports/` (JSON listing),
 * `GET /exports/<name>` (one export), `GET /healthz`.
 */
export async function startVnmNativeSource({ scenario, jurisdiction, port, host, latencyMs, now, keep }: VnmNativeSourceOptions): Promise<VnmNativeServer> {
  const timeZone = jurisdiction.timeZone;
  // The agency's current holdings, in its storage order; a replaced record keeps its place.
  const rows = new Map<string, ExportRow>();
  const shelf = createExportShelf({ timeZone, now, keep });

  const publishExport = (records: readonly ScenarioRecord[], { remove = [] }: PublishOptions = {}): ExportEntry => {
    // Rendered before anything changes: a record that cannot be rendered publishes nothing.
    const rendered = records.map((r) => {
      if (r.jurisdiction !== jurisdiction.code) throw new RangeError(`a ${r.jurisdiction} record is not held by ${jurisdiction.code}`);
      return renderRow(r, timeZone);
    });
    for (const row of rendered) rows.set(row.so_ho_so, row);
    for (const ref of remove) rows.delete(ref);
    return shelf.publish(renderExport([...rows.values()]), rows.size);
  };

  publishExport(recordsOf(scenario, jurisdiction.code));
  const server = await startDropServer(shelf, { port, host, latencyMs, recordCount: () => rows.size });
  return {
    ...server,
    publishExport,
    publishRawExport: (content) => shelf.publish(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), null),
    exports: () => shelf.list(),
  };
}

/** The registry's convention name (subgraphs/kit/wiring/adapters.ts). */
export const startNativeSource = startVnmNativeSource;
