/**
 * The generated data every measurement reads, built on first use and cached under
 * .bench/cache/<key>/ (the key changes with the generator and the schema; --fresh rebuilds):
 *   session/base       the large session with roster and documents, no comments
 *   session/large      base + the 100 packages imported + answers on half the comments
 *   session/packages   the 100 signed comment packages (.gopy)
 *   archive/           300,000 blocks over 60 sessions
 *   national/…         the national case: the same session with 500 deputies in 63 delegations,
 *                      500 packages (100,000 comments), the secretariat's database of them
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../../main/core/db/migrations';
import { CACHE_ROOT } from '../paths';
import { timeAsync } from '../stats';
import { generateArchive } from './archive';
import { copyDatabase } from './copy';
import { generatePackages, type PackageFile } from './packages';
import { buildSecretariatDatabase } from './secretariat';
import type { RosterEntry } from '../../../shared/domain/types';
import type { Random } from './random';
import { generateNationalRoster, generateRoster } from './roster';
import { generateSession } from './session';

/** Bump when the generator's output changes (3: imported comments are no longer copied into comment_revisions). */
const GENERATOR_VERSION = 3;

export interface SessionFixture {
  baseDir: string;
  largeDir: string;
  packages: PackageFile[];
  sessionId: string;
  documents: Array<{ id: string; itemId: string; blocks: number }>;
  comments: number;
  answered: number;
  /** Milliseconds each generation step took when the fixture was built. */
  generatedMs: Record<string, number>;
  reused: boolean;
}

export interface ArchiveFixture {
  dir: string;
  blocks: number;
  generatedMs: Record<string, number>;
  reused: boolean;
}

type Meta<T> = Omit<T, 'reused' | 'packages' | 'baseDir' | 'largeDir' | 'dir'>;

export class Fixtures {
  readonly root: string;
  private sessionPromise: Promise<SessionFixture> | null = null;
  private nationalPromise: Promise<SessionFixture> | null = null;
  private archivePromise: Promise<ArchiveFixture> | null = null;

  constructor(options: { fresh: boolean }) {
    this.root = join(CACHE_ROOT, `gen${GENERATOR_VERSION}-schema${SCHEMA_VERSION}`);
    if (options.fresh) rmSync(this.root, { recursive: true, force: true });
  }

  get sessionUsed(): boolean {
    return this.sessionPromise !== null;
  }

  get archiveUsed(): boolean {
    return this.archivePromise !== null;
  }

  session(): Promise<SessionFixture> {
    this.sessionPromise ??= this.loadOrBuildSession('session', PROVINCIAL);
    return this.sessionPromise;
  }

  /** The national case: 500 deputies in 63 delegations, 100,000 comments. */
  national(): Promise<SessionFixture> {
    this.nationalPromise ??= this.loadOrBuildSession('national', NATIONAL);
    return this.nationalPromise;
  }

  get nationalUsed(): boolean {
    return this.nationalPromise !== null;
  }

  archive(): Promise<ArchiveFixture> {
    this.archivePromise ??= this.loadOrBuildArchive();
    return this.archivePromise;
  }

  private async loadOrBuildSession(folder: string, size: SessionSize): Promise<SessionFixture> {
    const dir = join(this.root, folder);
    const paths = { baseDir: join(dir, 'base'), largeDir: join(dir, 'large'), packagesDir: join(dir, 'packages') };
    const readyFile = join(dir, 'ready.json');
    let reused = true;
    if (!existsSync(readyFile)) {
      reused = false;
      rmSync(dir, { recursive: true, force: true });
      for (const d of Object.values(paths)) mkdirSync(d, { recursive: true });
      const meta = await buildSession(dir, paths, size);
      writeFileSync(readyFile, JSON.stringify(meta, null, 2));
    }
    const meta = JSON.parse(readFileSync(readyFile, 'utf8')) as Meta<SessionFixture>;
    const packages = readdirSync(paths.packagesDir)
      .filter((f) => f.endsWith('.gopy'))
      .sort()
      .map((name) => ({ name, data: readFileSync(join(paths.packagesDir, name)) }));
    return { ...meta, baseDir: paths.baseDir, largeDir: paths.largeDir, packages, reused };
  }

  private async loadOrBuildArchive(): Promise<ArchiveFixture> {
    const dir = join(this.root, 'archive');
    const readyFile = join(dir, 'ready.json');
    let reused = true;
    if (!existsSync(readyFile)) {
      reused = false;
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(dir, 'db'), { recursive: true });
      process.stderr.write('  [fixtures] generating the archive (300,000 blocks over 60 sessions)…\n');
      const { ms, value } = await timeAsync(async () => generateArchive(join(dir, 'db')));
      const meta: Meta<ArchiveFixture> = { blocks: value.blocks, generatedMs: { archive: ms } };
      writeFileSync(readyFile, JSON.stringify(meta, null, 2));
    }
    const meta = JSON.parse(readFileSync(readyFile, 'utf8')) as Meta<ArchiveFixture>;
    return { ...meta, dir: join(dir, 'db'), reused };
  }
}

interface SessionSize {
  label: string;
  delegates: number;
  roster: (random: Random) => RosterEntry[];
}

const PROVINCIAL: SessionSize = { label: '100 delegates', delegates: 100, roster: (r) => generateRoster(r, 100) };
const NATIONAL: SessionSize = {
  label: '500 deputies in 63 delegations',
  delegates: 500,
  roster: (r) => generateNationalRoster(r, 500),
};

async function buildSession(
  dir: string,
  paths: { baseDir: string; largeDir: string; packagesDir: string },
  size: SessionSize,
): Promise<Meta<SessionFixture>> {
  const log = (s: string): void => void process.stderr.write(`  [fixtures] ${s}\n`);
  log(`generating the large session (6 documents, 3,000 blocks, ${size.label})…`);
  const session = await timeAsync(async () => generateSession(paths.baseDir, 2024, size.roster));
  const workspace = join(dir, 'delegate-workspace');
  mkdirSync(workspace, { recursive: true });
  copyDatabase(paths.baseDir, workspace);
  log(`writing ${size.delegates} signed comment packages of 200 comments…`);
  const packages = await timeAsync(() => generatePackages(session.value, workspace, paths.packagesDir));
  rmSync(workspace, { recursive: true, force: true });
  log('importing them into the secretariat database and answering half…');
  copyDatabase(paths.baseDir, paths.largeDir);
  const large = await timeAsync(async () => buildSecretariatDatabase(paths.largeDir, packages.value));
  return {
    sessionId: session.value.sessionId,
    documents: session.value.documents.map((d) => ({ id: d.id, itemId: d.itemId, blocks: d.blocks.length })),
    comments: large.value.comments,
    answered: large.value.answered,
    generatedMs: { session: session.ms, packages: packages.ms, secretariat: large.ms },
  };
}
