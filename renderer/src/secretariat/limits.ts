/** Package facts the exchange screen needs before it talks to main (shared/ipc/limits.ts). */
import { IMPORT_FILES_PER_CALL, LIMITS, PACKAGE_LIMITS } from '../../../shared/ipc/limits';

export { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT } from '../../../shared/ipc/limits';
/** Larger files are refused here, before reading them. */
export const MAX_PACKAGE_BYTES = PACKAGE_LIMITS.fileBytes;
export const MAX_FILE_NAME = LIMITS.fileName;
/** Files per API call: small batches make the progress bar move and let the user cancel between them. */
export const FILES_PER_BATCH = IMPORT_FILES_PER_CALL;
/** Base64 characters per API call, below the loopback server's 64 MB body limit with room to spare. */
export const MAX_BATCH_BASE64 = 40 * 1024 * 1024;
