/**
 * The main thread's own CPU time so far (ms), from Linux's /proc/self/task/<pid>/schedstat, or
 * null elsewhere. Unlike wall time, it does not grow while the thread waits for a core: how long
 * the thread itself was busy, whatever the load of the machine.
 */
import { readFileSync } from 'node:fs';

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

export function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}
