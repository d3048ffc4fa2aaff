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

/** The 63 provinces and cities a National Assembly delegation comes from (before the 2025 mergers). */
export const PROVINCES = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/** `count` deputies in the 63 delegations, the big cities' larger (as at the National Assembly). */
export function generateNationalRoster(random: Random, count: number): RosterEntry[] {
  const given = [...GIVEN, ...MORE];
  return Array.from({ length: count }, (_, i) => {
    // Every delegation gets its share, Hà Nội and Hồ Chí Minh a few more.
    const province = i < PROVINCES.length * 7 ? PROVINCES[i % PROVINCES.length] : PROVINCES[i % 2];
    return {
      id: `dbqh-${String(i + 1).padStart(3, '0')}`,
      name: `${random.pick(FAMILY)} ${random.pick(MIDDLE)} ${random.pick(given)}`,
      delegation: `Đoàn ĐBQH ${province.startsWith('Hà Nội') || province.startsWith('Hồ') ? 'thành phố' : 'tỉnh'} ${province}`,
      constituency: null,
      title: random.pick(TITLES),
    };
  });
}
