/**
 * `npm run bench` (electron-vite build, then this): generates the large session and the archive
 * (cached in .bench/cache), runs every measurement of registry.ts, prints a table of medians and
 * p95s beside their targets, and writes .bench/results-<date>.json. A benchmark, not a test: a
 * figure over its target never fails the run. The exit code is 1 only when a measurement crashed.
 *
 * Options: --only id,id   --runs N (default 5)   --fresh (rebuild the fixtures)   --keep (keep scratch)
 *          --list (print the measurements' ids)
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { argValue } from '../../main/core/paths';
import { Fixtures } from './gen/fixtures';
import { describeMachine, machineLine } from './machine';
import type { BenchContext } from './measurement';
import { MEASUREMENTS } from './registry';
import { renderTable, writeResults, type MeasurementResult } from './report';
import { scratchRootIfAny } from './paths';

const log = (message: string): void => void process.stderr.write(`${message}\n`);

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--list')) {
    for (const m of MEASUREMENTS) console.log(`${m.id.padEnd(18)} ${m.title}${m.pending ? ` (pending: ${m.pending})` : ''}`);
    return 0;
  }
  const only = argValue(argv, '--only')?.split(',').filter(Boolean);
  const runs = Number(argValue(argv, '--runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  const unknown = only?.filter((id) => !MEASUREMENTS.some((m) => m.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown measurement(s): ${unknown.join(', ')} (see --list)`);

  const machine = describeMachine();
  log(`Góp ý HĐND benchmark on ${machineLine(machine)}`);
  const fixtures = new Fixtures({ fresh: argv.includes('--fresh') });
  const bench: BenchContext = { fixtures, runs, log: (m) => log(`  ${m}`) };
  const results: MeasurementResult[] = [];
  for (const m of MEASUREMENTS.filter((x) => !only || only.includes(x.id))) {
    const start = performance.now();
    const seconds = (): number => Math.round((performance.now() - start) / 100) / 10;
    if (m.pending) {
      results.push({ id: m.id, title: m.title, status: 'pending', figures: [], message: m.pending, seconds: 0 });
      continue;
    }
    log(`▸ ${m.title}…`);
    try {
      const figures = await m.run(bench);
      results.push({ id: m.id, title: m.title, status: 'ok', figures, seconds: seconds() });
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`  ERROR in ${m.id}: ${message}`);
      results.push({ id: m.id, title: m.title, status: 'error', figures: [], message, seconds: seconds() });
    }
    log(`  (${seconds()} s)`);
  }

  const fixtureInfo = await describeFixtures(fixtures, results);
  console.log(`\nGóp ý HĐND benchmark, ${new Date().toISOString()}\n${machineLine(machine)}\n`);
  console.log(renderTable(results));
  const loadAverageAtEnd = Math.round(loadavg()[0] * 100) / 100;
  console.log(`\nload average at the end: ${loadAverageAtEnd} (${machine.cores} cores)`);
  if (Math.max(machine.loadAverage, loadAverageAtEnd) > machine.cores * 0.75) {
    console.log(
      '⚠ other work shared the CPUs during this run: the figures are inflated and noisy; compare runs on a quiet machine.',
    );
  }
  const file = writeResults(
    {
      date: new Date().toISOString(),
      machine,
      loadAverageAtEnd,
      options: { only: only ?? null, runs },
      fixtures: fixtureInfo,
      results,
    },
    only !== undefined,
  );
  console.log(`\nresults: ${file}`);

  if (argv.includes('--keep') && scratchRootIfAny()) console.log(`scratch kept: ${scratchRootIfAny()}`);
  else removeScratch();
  return results.some((r) => r.status === 'error') ? 1 : 0;
}

function removeScratch(): void {
  const scratch = scratchRootIfAny();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/** What the fixtures hold and how long they took to generate (only those this run used). */
async function describeFixtures(fixtures: Fixtures, results: MeasurementResult[]): Promise<Record<string, unknown>> {
  const info: Record<string, unknown> = { cache: fixtures.root };
  if (results.length === 0) return info;
  // A fixture that failed to build already made its measurements report an error.
  const settled = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null);
  const s = fixtures.sessionUsed ? await settled(fixtures.session()) : null;
  const a = fixtures.archiveUsed ? await settled(fixtures.archive()) : null;
  if (s) {
    info.session = {
      documents: s.documents,
      blocks: s.documents.reduce((n, d) => n + d.blocks, 0),
      delegates: s.packages.length,
      comments: s.comments,
      answered: s.answered,
      packageBytes: s.packages.reduce((n, p) => n + p.data.length, 0),
      generatedMs: s.generatedMs,
      reusedFromCache: s.reused,
    };
  }
  if (a) {
    info.archive = { blocks: a.blocks, generatedMs: a.generatedMs, reusedFromCache: a.reused };
  }
  return info;
}

// The event loop only empties before main() settles if a measurement awaits something that can never happen.
process.on('beforeExit', () => {
  log('The benchmark stopped early: a measurement waited on a promise that can never settle.');
  process.exit(2);
});

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    removeScratch();
    process.exit(2);
  },
);
