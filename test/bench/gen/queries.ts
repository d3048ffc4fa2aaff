/**
 * 200 search queries as a user types them, without diacritics: common words ("va", "cua",
 * "to chuc"), single words and 2–3-word phrases drawn from the corpus, a few cut short mid-word.
 */
import { fold, tokenize } from '../../../shared/text/fold';
import { loadCorpus } from './corpus';
import { Random } from './random';

export const QUERY_COUNT = 200;

/** The words that match a large share of all blocks: the slow case for a ranked search. */
export const COMMON_QUERIES = [
  'va',
  'cua',
  'to chuc',
  'cac',
  'nhan dan',
  'tinh',
  'thuc hien',
  'theo quy dinh',
  'hoi dong nhan dan',
  'co quan',
  'nam',
  'de nghi',
  'va cac',
  'cua tinh',
  'uy ban nhan dan tinh',
  'trong',
  'quy dinh',
  'ban',
  'nhiem vu',
  'cong tac',
];

export function generateQueries(seed = 42): string[] {
  const random = new Random(seed);
  const sentences = loadCorpus().sentences.map((s) => tokenize(fold(s)));
  const queries = [...COMMON_QUERIES];
  const phrase = (words: number): string => {
    for (;;) {
      const tokens = random.pick(sentences);
      if (tokens.length < words) continue;
      const at = random.int(0, tokens.length - words);
      const picked = tokens.slice(at, at + words);
      if (words === 1 && picked[0].length < 3) continue;
      return picked.join(' ');
    }
  };
  while (queries.length < QUERY_COUNT) {
    const roll = random.next();
    let q = roll < 0.35 ? phrase(1) : roll < 0.75 ? phrase(2) : phrase(3);
    // A tenth of the queries are cut short, as while typing (the last word is a prefix).
    if (random.chance(0.1) && q.length > 4) q = q.slice(0, q.length - random.int(1, 2));
    queries.push(q);
  }
  return queries;
}
