/**
 * The level of a People's Council: a province, a centrally-run city, a district or a commune.
 * The word goes after "Hội đồng nhân dân" / "HĐND" / "UBND" in every document the app writes, so
 * nothing is hard-coded "tỉnh".
 */

export const COUNCIL_LEVELS = ['tinh', 'thanh_pho', 'huyen', 'xa'] as const;
export type CouncilLevel = (typeof COUNCIL_LEVELS)[number];

/** The word after "Hội đồng nhân dân": "tỉnh", "thành phố", "huyện", "xã". */
export const LEVEL_WORDS: Readonly<Record<CouncilLevel, string>> = {
  tinh: 'tỉnh',
  thanh_pho: 'thành phố',
  huyen: 'huyện',
  xa: 'xã',
};

/**
 * The level named in a council's name ("Hội đồng nhân dân thành phố Hải Phòng" → thanh_pho), for
 * sessions and packages written before the level was a field of its own. Quận and thị xã are of
 * the district level, phường and thị trấn of the commune level; anything else is a province.
 */
export function guessLevel(council: string): CouncilLevel {
  const area = council
    .normalize('NFC')
    .trim()
    .replace(/^(hội đồng nhân dân|hđnd)\s+/iu, '')
    .toLocaleLowerCase('vi');
  if (area.startsWith('thành phố')) return 'thanh_pho';
  if (/^(huyện|quận|thị xã)\s/u.test(area)) return 'huyen';
  if (/^(xã|phường|thị trấn)\s/u.test(area)) return 'xa';
  return 'tinh';
}
