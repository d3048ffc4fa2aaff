/** The table printed to stdout and the JSON written to .bench/results-<date>.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine';
import { meetsTarget, type Figure, type Unit } from './measurement';
import { BENCH_DIR } from './paths';

export interface MeasurementResult {
  id: string;
  title: string;
  status: 'ok' | 'pending' | 'error';
  figures: Figure[];
  /** Why it is pending, or the error. */
  message?: string;
  seconds: number;
}

export interface Results {
  date: string;
  machine: Machine;
  /** 1-minute load average when the run ended (see Machine.loadAverage). */
  loadAverageAtEnd: number;
  options: Record<string, unknown>;
  fixtures: Record<string, unknown>;
  results: MeasurementResult[];
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (unit === 'x') return `${value.toFixed(2)}×`;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

function okMark(f: Figure): string {
  const ok = meetsTarget(f);
  return ok === null ? '' : ok ? '✓' : '✗';
}

export function renderTable(results: readonly MeasurementResult[]): string {
  const rows: string[][] = [['measurement', 'median', 'p95', 'target', 'ok']];
  const notes: string[] = [];
  for (const r of results) {
    if (r.status === 'pending') {
      rows.push([r.title, '—', '—', 'pending', '']);
      notes.push(`- ${r.title}: pending, ${r.message}`);
    }
    if (r.status === 'error') rows.push([r.title, '—', '—', `ERROR: ${(r.message ?? '').split('\n')[0].slice(0, 90)}`, '✗']);
    for (const f of r.figures) {
      rows.push([f.name, formatValue(f.median, f.unit), formatValue(f.p95, f.unit), f.target?.label ?? '', okMark(f)]);
      if (f.note) notes.push(`- ${f.name}: ${f.note}`);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => [...row[c]].length)));
  const line = (row: string[]): string =>
    row
      .map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join(' | ')
      .trimEnd();
  const table = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)];
  return [...table, ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

/**
 * Writes the results; returns the file's path. One file per day (a later run the same day replaces
 * it); a run of some measurements only (--only) goes to results-<date>-partial.json instead.
 */
export function writeResults(results: Results, partial: boolean): string {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(BENCH_DIR, `results-${results.date.slice(0, 10)}${partial ? '-partial' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
