import type { Prng } from './prng.js';

// Invented people: common Vietnamese family, middle and given names combined at random.
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Lưu',
  'Mai',
  'Tô',
  'Hà',
  'Châu',
  'Từ',
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Trọng', 'Anh', 'Tấn'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Hồng', 'Phương', 'Bích', 'Diệu'];
const GIVEN_MALE = [
  'An',
  'Bảo',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hùng',
  'Khang',
  'Khoa',
  'Lâm',
  'Long',
  'Lộc',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quang',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Thịnh',
  'Toàn',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
  'Vũ',
];
const GIVEN_FEMALE = [
  'Anh',
  'Châu',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hiền',
  'Hoa',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Loan',
  'Mai',
  'Ngân',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Tâm',
  'Thảo',
  'Thủy',
  'Trang',
  'Vân',
  'Yến',
];

export function personName(rng: Prng, used: Set<string>): string {
  for (;;) {
    const female = rng.chance(0.3);
    const name = [
      rng.pick(FAMILY),
      rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE),
      rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
    ].join(' ');
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
