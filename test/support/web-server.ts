/** (Shared by the end-to-end tests and the benchmark.) Starts the real loopback web server (main/web/start-web.ts) on a data folder and stops it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './paths';

const URL_LINE = /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/u;
const START_TIMEOUT_MS = 60_000;

export interface RunningServer {
  url: string;
  child: ChildProcess;
}

export function startServer(dataDir: string): Promise<RunningServer> {
  const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['main/web/start-web.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the web server printed no URL within ${START_TIMEOUT_MS} ms\n${stderr}`));
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!URL_LINE.test(line.trim())) return;
      clearTimeout(timer);
      resolve({ url: line.trim(), child });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web server exited (${code}) before printing its URL\n${stderr}`));
    });
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
