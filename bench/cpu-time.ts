// CPU time of the benchmarked processes, read from /proc (Linux). On a shared two-core machine a
// gateway's throughput moves with whatever else runs; the CPU one request costs the processes that
// serve it moves far less, so it is the steadier measure of what policy evaluation and audit add.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds used so far, by process id. */
export type CpuSnapshot = ReadonlyMap<number, number>;

export const cpuTimeAvailable = existsSync('/proc/self/stat');

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Parent id and user + system CPU of one process, or null once it has gone. */
function statOf(pid: number): { ppid: number; cpuMs: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 of proc(5): ppid is field 4, utime 14, stime 15.
  return { ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND };
}

/** Every process below `root` (children, grandchildren, …), not `root` itself. */
export function descendantsOf(root: number): number[] {
  if (!cpuTimeAvailable) return [];
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat) parentOf.set(Number(name), stat.ppid);
  }
  const below = new Set<number>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!below.has(pid) && below.has(ppid)) {
        below.add(pid);
        grew = true;
      }
    }
  }
  below.delete(root);
  return [...below];
}

export function cpuSnapshot(pids: readonly number[]): CpuSnapshot {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const stat = statOf(pid);
    if (stat) out.set(pid, stat.cpuMs);
  }
  return out;
}

/**
 * CPU milliseconds spent between two snapshots. A process that ended in between counts for what
 * it had used at `before` (nothing more is known); one that started counts from zero.
 */
export function cpuSpentMs(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
