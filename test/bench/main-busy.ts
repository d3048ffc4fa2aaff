/**
 * How long the main thread was busy in one stretch, as the window would feel it, told apart from
 * the time it merely waited for a core (on a loaded machine the event loop's delay is mostly the
 * scheduler's). A 2 ms ticker notes the event loop's longest gap; on Linux, the main thread's own
 * CPU time (/proc/self/task/<pid>/schedstat) read at each tick gives the longest on-CPU stretch
 * between two ticks. Elsewhere that second figure is null.
 */
import { mainThreadCpuMs as onCpuMs } from '../support/thread-cpu';

export interface MainBusy {
  /** Longest gap between two ticks (ms): what an event waited at worst. */
  longestGapMs: number;
  /** Longest time the main thread ran on a core between two ticks (ms), or null off Linux. */
  longestBusyMs: number | null;
}

/** Starts watching; call the returned function to stop and read the figures. */
export function watchMainThread(intervalMs = 2): () => MainBusy {
  let last = performance.now();
  let lastCpu = onCpuMs();
  let longestGapMs = 0;
  let longestBusyMs: number | null = lastCpu === null ? null : 0;
  const tick = (): void => {
    const now = performance.now();
    const cpu = lastCpu === null ? null : onCpuMs();
    longestGapMs = Math.max(longestGapMs, now - last);
    if (cpu !== null && lastCpu !== null && longestBusyMs !== null) longestBusyMs = Math.max(longestBusyMs, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
  const timer = setInterval(tick, intervalMs);
  return () => {
    clearInterval(timer);
    tick();
    return { longestGapMs, longestBusyMs };
  };
}
