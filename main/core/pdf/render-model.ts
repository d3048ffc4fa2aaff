/**
 * The PDF writer of the document model: each section starts a page turned its way (the report's
 * Phụ lục on landscape pages with its own numbers), and each block is drawn by the engine's parts:
 * the header, the title, flowing paragraphs, tables, the signing block.
 */
import type { DocModel, MBlock } from '../report/model';
import { closingHeight, drawClosing } from './closing';
import { drawMarginLabel, drawMarker } from './margin';
import { drawHeader, drawTitle } from './header';
import { ModelTable } from './model-table';
import { writePdf, type PdfOptions, type PdfResult } from './output';
import type { PageFlow } from './page-flow';
import { BODY, paraFor } from './styles';

async function drawBlock(
  flow: PageFlow,
  block: MBlock,
  next: MBlock | undefined,
  tick: (done: number) => Promise<void>,
  done: number,
): Promise<number> {
  switch (block.kind) {
    case 'header':
      drawHeader(flow, block.header);
      return done;
    case 'title':
      drawTitle(flow, block.title, block.subject, block.note);
      return done;
    case 'marker':
      drawMarker(flow, block.text);
      return done;
    case 'para': {
      const margin = block.para.margin ? { margin: block.para.margin } : {};
      // The last paragraph ("… xem xét, quyết định./.") keeps with the signature: never a page of a signature alone.
      if (next?.kind === 'signature')
        flow.paragraph(paraFor(block.para), { keepWithNext: closingHeight(flow, next.signature), ...margin });
      else
        flow.paragraph(paraFor(block.para), block.para.keepWithNext ? { keepWithNext: 2 * BODY.lineHeight, ...margin } : margin);
      if (!block.units) return done;
      await tick(done + block.units);
      return done + block.units;
    }
    case 'table': {
      let units = 0;
      await new ModelTable(flow, block.table).render(async (u) => {
        units = u;
        await tick(done + u);
      });
      return done + units;
    }
    case 'signature':
      drawClosing(flow, block.signature);
      return done;
  }
}

export async function writeModelPdf(model: DocModel, outFile: string, opts: PdfOptions): Promise<PdfResult> {
  return writePdf(outFile, opts, model.meta, model.total, async ({ flow, tick }) => {
    let done = 0;
    flow.onMargin = (label, baseline) => drawMarginLabel(flow, label, baseline);
    for (const [i, section] of model.sections.entries()) {
      flow.newPage(section.orientation, i > 0 && section.restartNumbering);
      for (const [k, block] of section.blocks.entries()) done = await drawBlock(flow, block, section.blocks[k + 1], tick, done);
    }
  });
}
