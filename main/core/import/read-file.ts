/** Reads an import file by its extension: .docx through the Word reader, .txt and .md as plain text. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors';
import { describeFsError } from '../fs-errors';
import { readDoc } from './doc';
import { readDocx, type ReadOptions } from './docx';
import { readPdf } from './pdf';
import { withLimits } from './limits';
import { importErrors } from './messages';
import { readPlainText } from './plain-text';
import { extensionOf } from './sniff';
import type { ParsedDocument } from './types';
import { msg } from '../../../shared/messages/types';

export const ACCEPTED_EXTENSIONS = ['.docx', '.doc', '.pdf', '.txt', '.md'] as const;

export function readImportFile(data: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  switch (extensionOf(fileName)) {
    case '.docx':
      return readDocx(data, fileName, options);
    case '.doc':
      return readDoc(data, fileName, options);
    case '.pdf':
      return readPdf(data, fileName, options);
    case '.txt':
    case '.md':
      return readPlainText(data, fileName, options);
    default:
      return Promise.reject(importErrors.wrongExtension(fileName, ACCEPTED_EXTENSIONS));
  }
}

/** A file-system error in the one wording of fs-errors.ts (with the path, and what to check). */
export function readFailure(path: string, error: unknown): AppError {
  return AppError.of('invalid_input', describeFsError(path, error));
}

/**
 * Reads a file from disk and parses it. The size is checked from the open file before its bytes are
 * read, so a huge file is refused without being loaded.
 */
export async function readImportPath(path: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  const fileName = basename(path);
  const extension = extensionOf(fileName);
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension))
    throw importErrors.wrongExtension(fileName, ACCEPTED_EXTENSIONS);
  const limits = withLimits(options.limits);
  const max = extension === '.txt' || extension === '.md' ? limits.maxTextBytes : limits.maxDocxBytes;
  let data: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) throw importErrors.unreadable(fileName, msg('import.detail.not_a_file'));
      if (stats.size > max) throw importErrors.tooLarge(fileName, stats.size, max);
      data = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw readFailure(path, error);
  }
  return readImportFile(data, fileName, options);
}
