/**
 * The raw material of generated text: sentences of the bundled sample dossier (real Vietnamese
 * administrative prose), stripped of their outline markers, plus a few phrases used to vary them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlainText } from '../../../shared/text/structure';
import { RESOURCES_DIR } from '../paths';
import type { Random } from './random';

export interface Corpus {
  /** Sentences of 25–400 characters, NFC, ending with punctuation. */
  sentences: string[];
  /** Short phrases (headings, clause openers). */
  phrases: string[];
}

const MARKER = /^(Phần\s+\S+|Chương\s+\S+|Mục\s+\d+|Điều\s+\d+[a-z]?\.?|[IVXLC]+\.|\d+(\.\d+)*\.?|[a-zđ]\)|[-–+•])\s+/u;

export const PLACES = [
  'Hạ Long',
  'Cẩm Phả',
  'Uông Bí',
  'Móng Cái',
  'Quảng Yên',
  'Đông Triều',
  'Vân Đồn',
  'Tiên Yên',
  'Hải Hà',
  'Đầm Hà',
  'Bình Liêu',
  'Ba Chẽ',
  'Cô Tô',
];

const OPENERS = [
  'Đề nghị làm rõ',
  'Đề nghị bổ sung',
  'Cần xem xét lại',
  'Tán thành với nội dung',
  'Đề nghị cơ quan soạn thảo giải trình thêm về',
  'Đề nghị cân nhắc',
  'Đề nghị chỉnh sửa',
  'Thống nhất với',
];

let cached: Corpus | null = null;

export function loadCorpus(): Corpus {
  if (cached) return cached;
  const dir = join(RESOURCES_DIR, 'sample-dossier', 'docs');
  const sentences = new Set<string>();
  const phrases = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const p of parsePlainText(readFileSync(join(dir, file), 'utf8'))) {
      if (p.cells) continue;
      const text = p.text.replace(MARKER, '').trim();
      if (p.heading || text.length < 60) {
        if (text.length >= 8 && text.length <= 90) phrases.add(text.replace(/[.:;]$/u, ''));
        continue;
      }
      for (const s of text.split(/(?<=[.;:])\s+/u)) {
        const sentence = s.trim();
        if (sentence.length >= 25 && sentence.length <= 400) sentences.add(/[.;:]$/u.test(sentence) ? sentence : `${sentence}.`);
      }
    }
  }
  cached = { sentences: [...sentences], phrases: [...phrases] };
  return cached;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One to `max` sentences joined, with a place name or a figure now and then swapped in. */
export function paragraph(corpus: Corpus, random: Random, max = 3): string {
  const n = random.int(1, max);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(capitalise(random.pick(corpus.sentences)));
  let text = parts.join(' ');
  if (random.chance(0.3)) text = text.replace(/\b\d{2,4}\b/u, String(random.int(10, 2030)));
  if (random.chance(0.2)) text = text.replace(/Quảng Ninh|Hạ Long/u, `thành phố ${random.pick(PLACES)}`);
  return text;
}

/** A short heading-like phrase, without final punctuation. */
export function heading(corpus: Corpus, random: Random): string {
  return capitalise(random.pick(corpus.phrases).replace(/[.:;,]+$/u, ''));
}

/** A delegate's comment text: an opener and one or two sentences. */
export function commentText(corpus: Corpus, random: Random, quote: string): string {
  const about = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
  return `${random.pick(OPENERS)} "${about}". ${paragraph(corpus, random, 2)}`;
}
