import { readFileSync } from 'node:fs';

/**
 * Peak resident memory of processes in MB: the kernel's high-water mark (`VmHWM`) of each, summed
 * (a cluster's primary and workers together). Null off Linux.
 */
export function peakRssMb(pids: readonly number[]): number | null {
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (!match) return null;
      kb += Number(match[1]);
    } catch {
      return null;
    }
  }
  return Math.round(kb / 1024);
}
