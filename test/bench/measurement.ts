/** What a measurement is and what it reports. A figure is in milliseconds unless its unit says otherwise. */
import type { Fixtures } from './gen/fixtures';
import { median, percentile } from './stats';

export type Unit = 'ms' | 'x' | 'MB';

/** A target the figure is compared with: `stat` of the figure must stay at or under `max`. */
export interface Target {
  stat: 'median' | 'p95';
  max: number;
  /** As printed: "p95 < 2 ms", "≤ 3× floor". */
  label: string;
}

export interface Figure {
  /** Row name in the table. */
  name: string;
  unit: Unit;
  median: number;
  p95?: number;
  /** The raw samples (run times, or per-run p95 for a batch of queries). */
  samples: number[];
  target?: Target;
  note?: string;
}

export interface BenchContext {
  fixtures: Fixtures;
  /** Runs per measurement, scaled down for slow ones by each measurement. */
  runs: number;
  log(message: string): void;
}

export interface Measurement {
  id: string;
  title: string;
  /** Not measurable yet (e.g. waiting for the PDF engine): printed as a row saying why. */
  pending?: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

/** A figure's status against its target: true / false, or null when it has none. */
export function meetsTarget(f: Figure): boolean | null {
  if (!f.target) return null;
  const value = f.target.stat === 'p95' ? (f.p95 ?? f.median) : f.median;
  return value <= f.target.max;
}

/** A figure from run times: their median and p95. */
export function figureOf(name: string, samples: number[], extra: Partial<Figure> = {}): Figure {
  return { name, unit: 'ms', median: median(samples), p95: percentile(samples, 95), samples, ...extra };
}
