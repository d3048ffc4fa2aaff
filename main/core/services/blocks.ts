/** Moved to shared/text/numbered-blocks.ts (the engines use it too and know no service); kept for importers. */
export { toNumberedBlocks } from '../../../shared/text/numbered-blocks';
