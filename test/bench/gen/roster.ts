/** A roster of Vietnamese-looking delegates spread over the province's Tổ đại biểu. */
import type { RosterEntry } from '../../../shared/domain/types';
import { PLACES } from './corpus';
import type { Random } from './random';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quốc', 'Thu', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Phương', 'Quang'];
const MORE = ['Sơn', 'Thảo', 'Tuấn', 'Yến', 'Hằng', 'Khánh', 'Thắng', 'Trang', 'Việt', 'Huyền', 'Đông', 'Nga'];
const TITLES = ['Phó Chủ tịch UBND', 'Trưởng ban', 'Phó Trưởng ban', 'Giám đốc Sở', 'Bí thư Huyện ủy', 'Đại biểu chuyên trách'];

export function generateRoster(random: Random, count: number): RosterEntry[] {
  const given = [...GIVEN, ...MORE];
  return Array.from({ length: count }, (_, i) => {
    const place = PLACES[i % PLACES.length];
    return {
      id: `db-${String(i + 1).padStart(3, '0')}`,
      name: `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(given)}`,
      delegation: `Tổ đại biểu ${place === 'Hạ Long' || place === 'Cẩm Phả' || place === 'Uông Bí' || place === 'Móng Cái' ? 'thành phố' : 'huyện'} ${place}`,
      constituency: null,
      title: random.pick(TITLES),
    };
  });
}
