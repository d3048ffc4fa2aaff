/**
 * The terminal door's start-up: the bundled CLI (out/cli/cli.js, scripts/build-cli.mjs) answering
 * `help` in its own process, beside a bare `node -e ''` in the same run, the two interleaved so a
 * busy machine weighs on both alike. npm's own start-up (`npm run cli`) is left out.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';

function timeProcess(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return performance.now() - start;
}

export const cliStartup: Measurement = {
  id: 'cli-startup',
  title: 'CLI `help` start-up vs a bare node',
  async run(bench: BenchContext): Promise<Figure[]> {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-cli.mjs')], { cwd: REPO_ROOT, stdio: 'ignore' });
    const bundle = join(REPO_ROOT, 'out', 'cli', 'cli.js');
    const runs = Math.max(bench.runs, 10);
    const bare: number[] = [];
    const help: number[] = [];
    const extra: number[] = [];
    timeProcess([bundle, 'help']); // warm the file cache
    for (let i = 0; i < runs; i++) {
      const b = timeProcess(['-e', '']);
      const h = timeProcess([bundle, 'help']);
      bare.push(b);
      help.push(h);
      extra.push(h - b);
    }
    return [
      figureOf('node -e "" (bare)', bare),
      figureOf('node out/cli/cli.js help', help, { target: { stat: 'median', max: 300, label: '< 300 ms' } }),
      figureOf('help minus bare node, same run', extra),
    ];
  },
};
