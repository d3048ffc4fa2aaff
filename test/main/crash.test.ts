import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/core/context';
import { openDatabase } from '../../main/core/db/database';
import { delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';
import { REPO_ROOT, tempDir } from '../support/temp';

const TRIALS = 20;
const CHILD = join(REPO_ROOT, 'test', 'support', 'crash-child.ts');

/**
 * Runs the child and kills it with SIGKILL `ms` after it reported `steps` finished steps (lines
 * after "ready"), so the kill lands in the middle of the work however fast the machine is.
 */
function runAndKill(args: string[], steps: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // `node --import tsx`, not the tsx command: tsx runs the script in a second process, which a
    // SIGKILL of the first would leave running.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffer = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (lines.length === steps + 1) setTimeout(() => child.kill('SIGKILL'), ms);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL' && !lines.includes('finished')) reject(new Error(`child ended without being killed: ${errors}`));
      else resolve(lines);
    });
  });
}

/** A different delay in each trial, spread over `span` ms. */
const randomDelay = (trial: number, span: number): number => ((trial * 7919) % 97) * (span / 97);

describe('crash during import (SIGKILL)', () => {
  const packagesDir = tempDir('gopy-crash-packages-');
  const baseDir = tempDir('gopy-crash-base-');
  const expected = new Map<string, string[]>();

  beforeAll(async () => {
    const roster = JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'sample-dossier', 'dossier.json'), 'utf8'))
      .roster as Array<{ id: string }>;
    for (let d = 0; d < 8; d++) {
      const delegate = await delegateWithComments(
        roster[d].id,
        Array.from({ length: 200 }, (_, i) => `Góp ý số ${i + 1} của đại biểu ${d + 1}.`),
      );
      const file = await exportCommentsFile(delegate);
      const name = `${String(d).padStart(2, '0')}.gopy`;
      writeFileSync(join(packagesDir, name), file.data);
      const content = JSON.parse(JSON.parse(gunzipSync(file.data).toString('utf8')).content);
      expected.set(
        name,
        (content.comments as Array<{ id: string }>).map((c) => c.id),
      );
      delegate.close();
    }
    openInstallation(baseDir).close();
  }, 120_000);

  it(`leaves a sound database with every package wholly in or wholly out (${TRIALS} trials)`, async () => {
    let partial = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const dataDir = tempDir('gopy-crash-run-');
      cpSync(baseDir, dataDir, { recursive: true });
      const lines = await runAndKill(['import', dataDir, packagesDir], 1 + (trial % 6), randomDelay(trial, 20));
      const db = openDatabase(join(dataDir, DATABASE_FILE));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const present = new Set((db.prepare('SELECT id FROM comments').all() as Array<{ id: string }>).map((r) => r.id));
      const recorded = db.prepare('SELECT count(*) AS n FROM imported_packages').get() as { n: number };
      let whole = 0;
      // A package is reported only once its group is committed: what the child said is in, is in.
      const reported = new Set(lines.filter((l) => l.startsWith('imported ')).map((l) => l.slice('imported '.length)));
      for (const [name, ids] of expected) {
        const inDb = ids.filter((id) => present.has(id)).length;
        expect([0, ids.length], `${name} in trial ${trial}`).toContain(inDb);
        if (reported.has(name)) expect(inDb, `${name} was reported imported in trial ${trial}`).toBe(ids.length);
        if (inDb === ids.length && ids.length > 0) whole++;
      }
      const counts = [...expected].map(([name, ids]) => `${name}:${ids.filter((id) => present.has(id)).length}`).join(' ');
      expect(
        recorded.n,
        `trial ${trial}: recorded ${recorded.n}, in the database ${counts}; child said ${lines.join(' | ')}`,
      ).toBe(whole);
      if (whole > 0 && whole < expected.size) partial++;
      db.close();
      expect(lines[0]).toBe('ready');
    }
    // The kills land in the middle of the work: some packages in, others not yet.
    expect(partial).toBeGreaterThan(TRIALS / 2);
  }, 240_000);
});

describe('crash during autosave (SIGKILL)', () => {
  it(`never loses an acknowledged draft (${TRIALS} trials)`, async () => {
    const baseDir = tempDir('gopy-crash-draft-base-');
    openInstallation(baseDir).close();
    for (let trial = 0; trial < TRIALS; trial++) {
      const dataDir = tempDir('gopy-crash-draft-');
      mkdirSync(dataDir, { recursive: true });
      cpSync(baseDir, dataDir, { recursive: true });
      const lines = await runAndKill(['autosave', dataDir], 1 + trial * 3, randomDelay(trial, 10));
      const acknowledged = Math.max(0, ...lines.filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6))));
      const db = openDatabase(join(dataDir, DATABASE_FILE));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = db.prepare("SELECT payload FROM drafts WHERE key = 'comment:new:crash'").get() as
        { payload: string } | undefined;
      const saved = row ? (JSON.parse(row.payload) as { n: number }).n : 0;
      expect(saved).toBeGreaterThanOrEqual(acknowledged);
      db.close();
      expect(readdirSync(dataDir)).toContain(DATABASE_FILE);
    }
  }, 240_000);
});
