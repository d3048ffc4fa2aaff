/** The Word (.docx) writer of the document model (main/core/report/model.ts). */
export { writeModelDocx, type DocxOptions, type DocxResult } from './write-docx';
