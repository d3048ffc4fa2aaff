/** Package facts the exchange screen needs before it talks to main (shared/ipc/limits.ts). */
import { LIMITS, PACKAGE_LIMITS } from '../../../shared/ipc/limits';

export { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT } from '../../../shared/ipc/limits';
/** Larger files are refused here, before reading them. */
export const MAX_PACKAGE_BYTES = PACKAGE_LIMITS.fileBytes;
export const MAX_FILE_NAME = LIMITS.fileName;
/** Files per API call: all of them, as main allows (progress comes back as `import:progress` events). */
export const FILES_PER_BATCH = LIMITS.filesPerImport;
/** Base64 characters per API call, below the loopback server's 64 MB body limit with room to spare. */
export const MAX_BATCH_BASE64 = 40 * 1024 * 1024;
