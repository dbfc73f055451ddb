import { createReadStream } from 'node:fs';
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { touchesJurisdiction, type AuditEvent } from './audit-event';
import type { AuditSink, ReadFilter } from './audit-sink';
import { checkedAppend } from './checked-append';
import { groupCommit } from './group-commit';
import { canonicalJson, chainEntries, GENESIS, type ChainedEntry, type ChainHead } from './hash-chain';
import { parseStoredEntry, UnreadableEntry } from './stored-entry';

export interface FileSinkOptions {
  /** The JSON-lines trail; it and its folder are created when missing. */
  path: string;
}

/**
 * The audit trail of the embedded default (no DATABASE_URL): one chained entry per line, appended
 * and fsynced before `append` resolves; appends that arrive together share the write and the fsync.
 *
 * One writer only: appends are serialised inside this instance, but two processes (or two
 * instances) appending to the same file would fork the chain. Deployments with replicas use
 * PostgreSQL. A torn last line (a crash mid-write) makes every later append fail, so the gateway
 * withholds personal data until an operator has looked at the trail: fail closed.
 */
export function fileSink({ path }: FileSinkOptions): AuditSink {
  let handle: FileHandle | undefined;
  let head: ChainHead | undefined;
  // Appends and reads run one at a time: a read must never see a half-written line.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => {});
    return run;
  };

  async function* lines(): AsyncGenerator<string> {
    const exists = await stat(path).then(() => true, () => false);
    if (!exists) return;
    const input = createReadStream(path, { encoding: 'utf8' });
    const reader = createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of reader) yield line;
    } finally {
      reader.close();
      input.destroy();
    }
  }

  function parseLine(line: string, position: number): ChainedEntry {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new UnreadableEntry(position, `line ${position} of ${path} is not JSON`);
    }
    return parseStoredEntry(raw, position);
  }

  async function currentHead(): Promise<ChainHead> {
    if (head) return head;
    // Only the last line matters for appending; a damaged line further up is for the verifier to
    // report, and the chain still continues correctly from the last entry.
    let lastLine: string | undefined;
    let count = 0;
    for await (const line of lines()) {
      count += 1;
      lastLine = line;
    }
    const last = lastLine === undefined ? undefined : parseLine(lastLine, count);
    const size = await stat(path).then((s) => s.size, () => 0);
    if (size > 0) {
      const tail = await open(path, 'r');
      try {
        const byte = Buffer.alloc(1);
        await tail.read(byte, 0, 1, size - 1);
        if (byte.toString() !== '\n') throw new UnreadableEntry((last?.seq ?? 0) + 1, `${path} ends in a torn line`);
      } finally {
        await tail.close();
      }
    }
    head = last ? { seq: last.seq, hash: last.hash } : GENESIS;
    return head;
  }

  async function writer(): Promise<FileHandle> {
    if (handle) return handle;
    await mkdir(dirname(path), { recursive: true });
    handle = await open(path, 'a');
    return handle;
  }

  // Concurrent appends share one write and one fsync (group commit).
  const commit = groupCommit((events: readonly AuditEvent[]) =>
    serially(async () => {
      const { entries, head: next } = chainEntries(await currentHead(), events);
      const file = await writer();
      try {
        await file.appendFile(entries.map((entry) => `${canonicalJson(entry)}\n`).join(''));
        // The events count as audited only once they are on disk.
        await file.sync();
      } catch (error) {
        head = undefined; // re-read the file: a partial write must be seen, not papered over
        throw error;
      }
      head = next;
      return entries;
    }),
  );

  const append = checkedAppend(commit);

  return {
    append,

    // `afterSeq` counts lines: in an intact trail line N holds entry N, and in a damaged one the
    // verifier, paging with it, still sees every line once (seq-based skipping could hide a
    // duplicated or moved entry behind the page boundary).
    read: (filter: ReadFilter = {}) =>
      serially(async () => {
        const { jurisdiction, limit = Infinity, afterSeq = 0 } = filter;
        const out: ChainedEntry[] = [];
        if (limit <= 0) return out;
        let position = 0;
        for await (const line of lines()) {
          position += 1;
          if (position <= afterSeq) continue;
          const entry = parseLine(line, position);
          if (jurisdiction && !touchesJurisdiction(entry.event, jurisdiction)) continue;
          out.push(entry);
          if (out.length >= limit) break;
        }
        return out;
      }),

    head: () => serially(currentHead),

    close: () =>
      serially(async () => {
        await handle?.close();
        handle = undefined;
      }),
  };
}
