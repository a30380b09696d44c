/** Small realistic datasets (contract `StatDatasetInput`) for the stat-chart and stat-figure tests. */
import type { StatDatasetInput } from '../../src/contract/stat.js';

/** Inpatient satisfaction rate (%) by ward and quarter, national target over 80%. */
export const satisfaction: StatDatasetInput = {
  id: 'hai-long-noi-tru-2025',
  title: { vi: 'Tỷ lệ hài lòng của người bệnh nội trú', en: 'Inpatient satisfaction rate' },
  indicator: { code: 'HL-NT', name: { vi: 'Tỷ lệ hài lòng', en: 'Satisfaction rate' }, unit: 'percent', decimals: 1 },
  periods: [{ id: '2024Q3' }, { id: '2024Q4' }, { id: '2025Q1' }, { id: '2025Q2' }],
  orgUnits: [
    { id: 'khoa-noi', name: { vi: 'Khoa Nội', en: 'Internal medicine' } },
    { id: 'khoa-ngoai', name: { vi: 'Khoa Ngoại', en: 'Surgery' } },
  ],
  values: [
    { period: '2024Q3', orgUnit: 'khoa-noi', value: 78.2 },
    { period: '2024Q4', orgUnit: 'khoa-noi', value: 80.1 },
    { period: '2025Q1', orgUnit: 'khoa-noi', value: 80.8 },
    { period: '2025Q2', orgUnit: 'khoa-noi', value: 84.5 },
    { period: '2024Q3', orgUnit: 'khoa-ngoai', value: 75 },
    { period: '2024Q4', orgUnit: 'khoa-ngoai', value: 77.4 },
    { period: '2025Q1', orgUnit: 'khoa-ngoai', value: 79.9 },
    { period: '2025Q2', orgUnit: 'khoa-ngoai', value: 76.3 },
  ],
  targets: [{ value: 80, direction: 'at-least', label: { vi: 'Chỉ tiêu quốc gia', en: 'National target' } }],
};

/**
 * Residents of a social protection centre by sex: one small count (3 women in 2025) that must
 * be hidden, and the published total that would reveal it.
 */
export const residentsBySex: StatDatasetInput = {
  id: 'doi-tuong-theo-gioi',
  title: { vi: 'Đối tượng đang được chăm sóc theo giới tính', en: 'Residents in care by sex' },
  indicator: { code: 'DT-CS', name: { vi: 'Số đối tượng', en: 'Residents' }, unit: 'count' },
  periods: [{ id: '2024' }, { id: '2025' }],
  orgUnits: [{ id: 'tt-ctxh', name: { vi: 'Trung tâm Công tác xã hội tỉnh', en: 'Provincial social work centre' } }],
  disaggregations: [
    {
      id: 'sex',
      name: { vi: 'Giới tính', en: 'Sex' },
      categories: [
        { id: 'male', name: { vi: 'Nam', en: 'Male' } },
        { id: 'female', name: { vi: 'Nữ', en: 'Female' } },
        { id: 'other', name: { vi: 'Khác', en: 'Other' } },
      ],
    },
  ],
  values: [
    { period: '2024', orgUnit: 'tt-ctxh', category: 'male', value: 40 },
    { period: '2024', orgUnit: 'tt-ctxh', category: 'female', value: 12 },
    { period: '2024', orgUnit: 'tt-ctxh', category: 'other', value: 0 },
    { period: '2024', orgUnit: 'tt-ctxh', value: 52 },
    { period: '2025', orgUnit: 'tt-ctxh', category: 'male', value: 38 },
    { period: '2025', orgUnit: 'tt-ctxh', category: 'female', value: 3 },
    { period: '2025', orgUnit: 'tt-ctxh', category: 'other', value: 9 },
    { period: '2025', orgUnit: 'tt-ctxh', value: 50 },
  ],
  suppressionThreshold: 5,
};

/** Donations received per month (VND), one fund. */
export const donations: StatDatasetInput = {
  id: 'quyen-gop-2025',
  title: { vi: 'Tiền ủng hộ nhận được', en: 'Donations received' },
  indicator: { code: 'UH', name: { vi: 'Tiền ủng hộ', en: 'Donations' }, unit: 'vnd' },
  periods: ['2025M01', '2025M02', '2025M03', '2025M04'].map((id) => ({ id })),
  orgUnits: [{ id: 'bv-tinh', name: { vi: 'Bệnh viện đa khoa tỉnh', en: 'Provincial general hospital' } }],
  values: [
    { period: '2025M01', orgUnit: 'bv-tinh', value: 1_200_000_000 },
    { period: '2025M02', orgUnit: 'bv-tinh', value: 350_000_000 },
    { period: '2025M03', orgUnit: 'bv-tinh', value: 3_500_000 },
    { period: '2025M04', orgUnit: 'bv-tinh', value: 980_000_000 },
  ],
};

/** Children in special circumstances by commune, one year: a pie of units with one small count. */
export const childrenByCommune: StatDatasetInput = {
  id: 'tre-em-hcdb',
  title: { vi: 'Trẻ em có hoàn cảnh đặc biệt theo xã', en: 'Children in special circumstances by commune' },
  indicator: { code: 'TE-HCDB', name: { vi: 'Số trẻ em', en: 'Children' }, unit: 'count' },
  periods: [{ id: '2025S1' }],
  orgUnits: [
    { id: 'xa-a', name: { vi: 'Xã Tân Lập', en: 'Tân Lập commune' } },
    { id: 'xa-b', name: { vi: 'Phường Bắc Sơn', en: 'Bắc Sơn ward' } },
    { id: 'xa-c', name: { vi: 'Xã Hòa Bình', en: 'Hòa Bình commune' } },
    { id: 'xa-d', name: { vi: 'Đặc khu Cô Tô', en: 'Cô Tô special zone' } },
  ],
  values: [
    { period: '2025S1', orgUnit: 'xa-a', value: 120 },
    { period: '2025S1', orgUnit: 'xa-b', value: 80 },
    { period: '2025S1', orgUnit: 'xa-c', value: 2 },
    { period: '2025S1', orgUnit: 'xa-d', value: 48 },
  ],
};

export const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cần Thơ', 'Lai Châu', 'Điện Biên', 'Sơn La',
  'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai',
  'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai',
  'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];

/** 34 provinces × 12 months of a count (deterministic). */
export function provincesByMonth(year = 2025): StatDatasetInput {
  const periods = Array.from({ length: 12 }, (_, i) => ({ id: `${year}M${String(i + 1).padStart(2, '0')}` }));
  const orgUnits = PROVINCES.map((name, i) => ({ id: `p${String(i + 1).padStart(2, '0')}`, name: { vi: name } }));
  const values = orgUnits.flatMap((o, i) =>
    periods.map((p, j) => ({ period: p.id, orgUnit: o.id, value: 200 + ((i * 37 + j * 11) % 150) })),
  );
  return {
    id: 'luot-tu-van-34-tinh',
    title: { vi: 'Lượt tư vấn tâm lý theo tỉnh', en: 'Counselling sessions by province' },
    indicator: { code: 'TV', name: { vi: 'Lượt tư vấn', en: 'Sessions' }, unit: 'count' },
    periods,
    orgUnits,
    values,
  };
}

/** One series of `n` monthly points starting in year 1000 (a synthetic long series). */
export function longSeries(n: number): StatDatasetInput {
  const periods: { id: string }[] = [];
  const values: { period: string; orgUnit: string; value: number }[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${1000 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`;
    periods.push({ id });
    values.push({ period: id, orgUnit: 'u', value: 500 + Math.round(200 * Math.sin(i / 50) + (i % 7) * 3) });
  }
  return {
    id: 'chuoi-dai',
    indicator: { code: 'X', name: { vi: 'Chuỗi dài', en: 'Long series' }, unit: 'count' },
    periods,
    orgUnits: [{ id: 'u', name: { vi: 'Toàn tỉnh', en: 'Province' } }],
    values,
  };
}
