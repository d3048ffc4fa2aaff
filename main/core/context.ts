/**
 * The core every door opens: a data folder with its database (migrated, seeded with the sample
 * dossier on first run) and the paths the services need. Electron, the loopback web server and the
 * terminal all start here.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstallationKey, PLAIN_BOX, type SecretBox } from './crypto/keys';
import { ensureOfficeKey } from './crypto/office-key';
import { openDatabase, type Db } from './db/database';
import { CoreEvents } from './events/emitter';
import { exportsFolderDoor, type FileDoor } from './files';
import { seedSampleDossierIfEmpty } from './services/sample-dossier';
import { CommentImporter } from './workers/comment-import';

export const DATABASE_FILE = 'gop-y-hdnd.sqlite';

export interface CoreOptions {
  dataDir: string;
  resourcesDir: string;
  nativeBinding?: string;
  /** Version string of the app, for `app:info`. */
  version?: string;
  /** Protects the private key at rest (Electron's safeStorage); plain elsewhere. */
  secrets?: SecretBox;
  /** Where exported files go; the exports/ folder of the data folder by default. */
  files?: FileDoor;
}

export interface CoreContext {
  db: Db;
  dbFile: string;
  nativeBinding?: string;
  secrets: SecretBox;
  files: FileDoor;
  dataDir: string;
  resourcesDir: string;
  version: string;
  /** The comment-package import workers, started on the first import and kept while imports come. */
  imports: CommentImporter;
  /** What changed, pushed to the windows after each commit (shared/ipc/events.ts); doors forward it. */
  events: CoreEvents;
  close(): void;
}

export function openCore(options: CoreOptions): CoreContext {
  mkdirSync(options.dataDir, { recursive: true });
  const dbFile = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(dbFile, { nativeBinding: options.nativeBinding, check: 'quick' });
  const secrets = options.secrets ?? PLAIN_BOX;
  try {
    seedSampleDossierIfEmpty(db, options.resourcesDir);
    ensureInstallationKey(db, secrets);
    ensureOfficeKey(db, secrets);
  } catch (error) {
    db.close();
    throw error;
  }
  const ctx: CoreContext = {
    db,
    dbFile,
    nativeBinding: options.nativeBinding,
    secrets,
    files: options.files ?? exportsFolderDoor(options.dataDir),
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    version: options.version ?? '0.0.0',
    imports: new CommentImporter(),
    events: new CoreEvents(),
    // Through ctx: restoring a backup swaps ctx.db for a new connection.
    close: () => {
      void ctx.imports.close();
      ctx.db.close();
    },
  };
  return ctx;
}
