/** The import core: .docx, .txt and .md files into parsed documents and blocks. See docs/docx-import.md. */
export { buildDocumentBlocks } from './blocks';
export { readDocx, type ReadOptions } from './docx';
export { DEFAULT_LIMITS, type ImportLimits } from './limits';
export { parseInWorker, defaultWorkerFile, BUNDLED_WORKER_NAME, type ParseInWorkerOptions } from './parse-in-worker';
export { readPlainText } from './plain-text';
export { ACCEPTED_EXTENSIONS, readImportFile, readImportPath } from './read-file';
export type { DocumentHeader, ImportedParagraph, InlineMark, NoteInfo, ParsedDocument } from './types';
