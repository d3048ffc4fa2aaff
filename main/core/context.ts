/**
 * The core every door opens: a data folder with its database (migrated, seeded with the sample
 * dossier on first run) and the paths the services need. Electron, the loopback web server and the
 * terminal all start here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from './db/database';
import { seedSampleDossierIfEmpty } from './services/sample-dossier';

export const DATABASE_FILE = 'gop-y-hdnd.sqlite';

export interface CoreOptions {
  dataDir: string;
  resourcesDir: string;
  nativeBinding?: string;
  /** Version string of the app, for `app:info`. */
  version?: string;
}

export interface CoreContext {
  db: Db;
  dataDir: string;
  resourcesDir: string;
  version: string;
  close(): void;
}

export function openCore(options: CoreOptions): CoreContext {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });
  try {
    seedSampleDossierIfEmpty(db, options.resourcesDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    version: options.version ?? '0.0.0',
    close: () => db.close(),
  };
}
