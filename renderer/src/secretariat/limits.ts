/**
 * Package facts the exchange screen needs before it talks to main. Same values as
 * shared/packages/format.ts and LIMITS in shared/ipc/contract.ts (not imported: both pull zod in).
 */
export const COMMENT_PACKAGE_EXT = '.gopy';
export const DOSSIER_PACKAGE_EXT = '.hoso';
/** PACKAGE_LIMITS.fileBytes: larger files are refused here, before reading them. */
export const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
/** LIMITS.fileName. */
export const MAX_FILE_NAME = 255;
/** Files per API call: small batches make the progress bar move and let the user cancel between them. */
export const FILES_PER_BATCH = 5;
/** Base64 characters per API call, below the loopback server's 64 MB body limit with room to spare. */
export const MAX_BATCH_BASE64 = 40 * 1024 * 1024;
