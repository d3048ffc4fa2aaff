/** The machine the figures come from, recorded beside them. */
import Database from 'better-sqlite3';
import { arch, cpus, loadavg, platform, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  sqlite: string;
  /** 1-minute load average when the run started: above the core count, other work shared the CPUs. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  const memory = new Database(':memory:');
  const sqlite = (memory.prepare('SELECT sqlite_version()').pluck().get() as string) ?? 'unknown';
  memory.close();
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()} (${platform()} ${arch()})`,
    sqlite,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

export const machineLine = (m: Machine): string =>
  `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}, Node ${m.node}, SQLite ${m.sqlite}, load ${m.loadAverage}`;
