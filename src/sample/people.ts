/**
 * People and places for the sample data: Vietnamese names with rough family-name frequencies,
 * initials, phone numbers, and addresses in 2025 two-tier administrative units (with the
 * pre-2025 address a resident's papers may still carry). Invented; commune codes illustrative.
 */
import type { AdminUnit } from '../contract/shared.js';
import type { Rng } from './random.js';

/** Family names with rough frequencies (Nguyễn about 38%). */
const FAMILIES: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 2], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Xuân', 'Thanh', 'Gia', 'Anh'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Hồng', 'Bảo', 'Mai'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hải', 'Hùng', 'Khang', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Huy', 'Khôi', 'Bảo'];
const GIVEN_FEMALE = ['Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thu', 'Trang', 'Vân', 'Yến'];

export function vietnameseName(rng: Rng, sex: 'male' | 'female'): string {
  const family = rng.weighted(FAMILIES);
  const middle = rng.pick(sex === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = rng.pick(sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
  // A quarter of people carry two middle names ("Nguyễn Thị Thu Hương").
  const second = rng.chance(0.25) ? ` ${rng.pick(sex === 'male' ? ['Minh', 'Quốc', 'Thành', 'Đình'] : ['Thu', 'Ngọc', 'Phương', 'Diệu'])}` : '';
  return `${family} ${middle}${second} ${given}`;
}

export const initials = (name: string) =>
  name
    .split(' ')
    .map((p) => p[0]!.toUpperCase())
    .join('.') + '.';

export interface Place {
  provinceCode: string;
  provinceName: string;
  /** Old (pre-2025) 3-digit code used in citizen IDs. */
  cccdCode: string;
  communes: [code: string, name: string, legacy: string][];
}

/** 2025 two-tier units (34 provinces). Province codes as reported; commune codes illustrative. */
export const SAMPLE_PLACES: readonly Place[] = [
  {
    provinceCode: '24', provinceName: 'Bắc Ninh', cccdCode: '027',
    communes: [
      ['09190', 'Phường Kinh Bắc', 'phường Suối Hoa, thành phố Bắc Ninh, tỉnh Bắc Ninh'],
      ['09250', 'Phường Võ Cường', 'phường Võ Cường, thành phố Bắc Ninh, tỉnh Bắc Ninh'],
      ['09370', 'Phường Từ Sơn', 'phường Đông Ngàn, thành phố Từ Sơn, tỉnh Bắc Ninh'],
      ['09253', 'Xã Tiên Du', 'xã Phật Tích, huyện Tiên Du, tỉnh Bắc Ninh'],
      ['09430', 'Xã Lương Tài', 'thị trấn Thứa, huyện Lương Tài, tỉnh Bắc Ninh'],
      ['07210', 'Phường Bắc Giang', 'phường Trần Phú, thành phố Bắc Giang, tỉnh Bắc Giang'],
      ['07450', 'Xã Yên Dũng', 'thị trấn Tân An, huyện Yên Dũng, tỉnh Bắc Giang'],
    ],
  },
  {
    provinceCode: '46', provinceName: 'Huế', cccdCode: '046',
    communes: [
      ['19930', 'Phường Thuận Hóa', 'phường Phú Hội, quận Thuận Hóa, thành phố Huế'],
      ['19960', 'Phường Phú Xuân', 'phường Tây Lộc, quận Phú Xuân, thành phố Huế'],
      ['20020', 'Phường Hương Thủy', 'phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế'],
      ['20110', 'Xã Phú Vang', 'thị trấn Phú Đa, huyện Phú Vang, tỉnh Thừa Thiên Huế'],
    ],
  },
  {
    provinceCode: '48', provinceName: 'Đà Nẵng', cccdCode: '048',
    communes: [
      ['20194', 'Phường Hải Châu', 'phường Hải Châu I, quận Hải Châu, thành phố Đà Nẵng'],
      ['20227', 'Phường Thanh Khê', 'phường Thanh Khê Tây, quận Thanh Khê, thành phố Đà Nẵng'],
      ['20260', 'Phường Hòa Khánh', 'phường Hòa Khánh Bắc, quận Liên Chiểu, thành phố Đà Nẵng'],
      ['20410', 'Phường Hội An', 'phường Minh An, thành phố Hội An, tỉnh Quảng Nam'],
      ['20530', 'Phường Tam Kỳ', 'phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam'],
    ],
  },
];

const HAMLETS = ['Thôn Đông', 'Thôn Đoài', 'Thôn Trung', 'Thôn Nam', 'Tổ dân phố 3', 'Tổ dân phố 7', 'Xóm Chùa', 'Thôn Hạ'];

export function address(rng: Rng, withLegacy: boolean): { unit: AdminUnit; place: Place } {
  const place = rng.weighted(SAMPLE_PLACES.map((p, i) => [p, i === 0 ? 5 : 2] as const));
  const [communeCode, communeName, legacy] = rng.pick(place.communes);
  const hamlet = rng.pick(HAMLETS);
  const unit: AdminUnit = { provinceCode: place.provinceCode, provinceName: place.provinceName, communeCode, communeName, addressLine: hamlet };
  if (withLegacy) unit.legacyAddress = `${hamlet}, ${legacy}`;
  return { unit, place };
}

export function phone(rng: Rng): string {
  return `${rng.pick(['091', '098', '097', '086', '035', '083', '090'])}${rng.digits(7)}`;
}
