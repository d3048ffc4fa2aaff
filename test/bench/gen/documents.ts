/**
 * Generated documents with the structure of real ones: a draft resolution in Chương / Điều /
 * khoản / điểm, and reports in the I. / 1. / 1.1. / a) / "-" outline with the odd table. The
 * paragraphs go through the app's own structure recogniser and line numbering.
 */
import type { Block, DocumentKind } from '../../../shared/domain/types';
import { recogniseStructure, type SourceParagraph } from '../../../shared/text/structure';
import { toNumberedBlocks } from '../../../main/core/services/blocks';
import { heading, paragraph, type Corpus } from './corpus';
import type { Random } from './random';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const LETTERS = 'abcdđeghiklmn';
const roman = (n: number): string =>
  ROMAN[n % ROMAN.length] + (n >= ROMAN.length ? 'I'.repeat(Math.floor(n / ROMAN.length)) : '');

/** Chương → Điều → khoản → điểm, as in a draft resolution or regulation. */
function* resolutionParagraphs(corpus: Corpus, random: Random): Generator<SourceParagraph> {
  yield { text: 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NINH', heading: true };
  for (let i = 0; i < 3; i++) yield { text: `Căn cứ ${paragraph(corpus, random, 1)}` };
  let article = 1;
  for (let chapter = 0; ; chapter++) {
    yield { text: `Chương ${roman(chapter)}. ${heading(corpus, random).toUpperCase()}` };
    for (let a = random.int(3, 8); a > 0; a--, article++) {
      yield { text: `Điều ${article}. ${heading(corpus, random)}` };
      if (random.chance(0.3)) yield { text: paragraph(corpus, random) };
      for (let k = 1, n = random.int(1, 5); k <= n; k++) {
        yield { text: `${k}. ${paragraph(corpus, random, 2)}` };
        if (random.chance(0.5)) {
          for (let d = 0, m = random.int(2, 5); d < m; d++) yield { text: `${LETTERS[d]}) ${paragraph(corpus, random, 2)}` };
        }
      }
    }
  }
}

/** I. → 1. → 1.1. → a) / "-", paragraphs and now and then a table. */
function* reportParagraphs(corpus: Corpus, random: Random): Generator<SourceParagraph> {
  yield { text: paragraph(corpus, random) };
  for (let part = 0; ; part++) {
    yield { text: `${roman(part)}. ${heading(corpus, random).toUpperCase()}` };
    for (let s = 1, n = random.int(2, 5); s <= n; s++) {
      yield { text: `${s}. ${heading(corpus, random)}` };
      for (let p = random.int(1, 3); p > 0; p--) yield { text: paragraph(corpus, random) };
      if (random.chance(0.4)) {
        for (let sub = 1, m = random.int(2, 4); sub <= m; sub++) {
          yield { text: `${s}.${sub}. ${heading(corpus, random)}` };
          yield { text: paragraph(corpus, random) };
        }
      }
      if (random.chance(0.4))
        for (let d = 0, m = random.int(2, 4); d < m; d++) yield { text: `${LETTERS[d]}) ${paragraph(corpus, random, 2)}` };
      if (random.chance(0.3)) for (let b = random.int(2, 5); b > 0; b--) yield { text: `- ${paragraph(corpus, random, 1)}` };
      if (random.chance(0.1)) yield* table(random);
    }
  }
}

function* table(random: Random): Generator<SourceParagraph> {
  const header = ['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'];
  yield { text: header.join(' | '), cells: header };
  const rows = ['Tăng trưởng GRDP', 'Thu ngân sách', 'Vốn đầu tư', 'Khách du lịch', 'Kim ngạch xuất khẩu'];
  for (const [i, name] of rows.entries()) {
    const plan = random.int(100, 9000);
    const done = Math.round(plan * (0.8 + random.next() * 0.4));
    const cells = [String(i + 1), name, String(plan), String(done), ((done / plan) * 100).toFixed(1)];
    yield { text: cells.join(' | '), cells };
  }
}

/** Exactly `count` numbered blocks of a document of `kind`, ids `<documentId>-<position>`. */
export function generateBlocks(corpus: Corpus, random: Random, documentId: string, kind: DocumentKind, count: number): Block[] {
  const source = kind === 'du_thao_nghi_quyet' ? resolutionParagraphs(corpus, random) : reportParagraphs(corpus, random);
  const paragraphs: SourceParagraph[] = [];
  // The recogniser keeps one block per paragraph here (no "Chương" line is followed by a capitals line).
  for (const p of source) {
    paragraphs.push(p);
    if (paragraphs.length >= count) break;
  }
  const structured = recogniseStructure(paragraphs).slice(0, count);
  return toNumberedBlocks(structured, (p) => `${documentId}-${String(p).padStart(5, '0')}`);
}
