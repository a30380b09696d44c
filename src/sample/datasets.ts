/**
 * Sample statistics datasets, from the figures of the seed articles (a provincial social-work
 * centre, Bắc Ninh health sector, Huế social protection centre 2024, Bắc Giang's vulnerable
 * groups), plus satisfaction rates computed from the sample survey responses.
 */
import type { BeneficiaryCategoryCode } from '../contract/shared.js';
import type { StatDataset } from '../contract/stat.js';
import type { SurveyResponse } from '../contract/survey.js';
import { SAMPLE_WARDS } from './survey-responses.js';
import type { Rng } from './random.js';
import { periodLabel } from '../i18n/period.js';
import { CODE_LABELS } from '../contract/code-labels.js';

const CENTRE = { id: 'ttctxh-tinh', name: { vi: 'Trung tâm Công tác xã hội tỉnh', en: 'Provincial social work centre' } };
const years = ['2021', '2022', '2023', '2024', '2025'];
const yearPeriods = years.map((id) => ({ id, start: `${id}-01-01`, end: `${id}-12-31` }));

/** The categories counted, named as every element names them (CODE_LABELS). */
const COUNTED: BeneficiaryCategoryCode[] = [
  'nguoi-cao-tuoi', 'tre-em-khong-nguon-nuoi-duong', 'nguoi-khuyet-tat', 'cham-soc-tai-co-so',
  'bao-ve-khan-cap', 'tu-nguyen-tu-chi-tra', 'nguoi-16-22-tuoi-dang-hoc', 'nguoi-nhiem-hiv-ho-ngheo',
];
const CATEGORY_NAMES = Object.fromEntries(COUNTED.map((c) => [c, [CODE_LABELS.vi.category[c], CODE_LABELS.en.category[c]]])) as Partial<Record<BeneficiaryCategoryCode, [string, string]>>;

function satisfactionDatasets(responses: SurveyResponse[]): StatDataset[] {
  const quarters = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'];
  const cells = new Map<string, { good: number; valid: number; sum: number }>();
  for (const r of responses) {
    const ward = r.metadata?.wardCode;
    const month = Number(r.metadata?.filledOn?.slice(5, 7));
    if (!ward || !month) continue;
    const q = quarters[Math.floor((month - 1) / 3)]!;
    for (const [code, a] of Object.entries(r.answers)) {
      if (!/^[A-E]\d+$/.test(code) || code === 'E7') continue;
      const v = typeof a === 'number' ? a : a && typeof a === 'object' && !Array.isArray(a) && typeof a.value === 'number' ? a.value : null;
      if (v === null || v === 0) continue; // 0 = not used: excluded
      // Quarters only: a year total must not share the quarters' axis (issue 20); a portal that has
      // one sends it as its own dataset or shows it with <ansinh-stat-figure>.
      for (const key of [`${q}|${ward}`, `${q}|all`]) {
        const c = cells.get(key) ?? { good: 0, valid: 0, sum: 0 };
        c.valid++;
        c.sum += v;
        if (v >= 4) c.good++;
        cells.set(key, c);
      }
    }
  }
  const orgUnits = [
    { id: 'all', name: { vi: 'Toàn bệnh viện', en: 'Whole hospital' } },
    ...SAMPLE_WARDS.map((w) => ({ id: w.code, name: { vi: w.vi, en: w.en }, parentId: 'all' })),
  ];
  const periods = quarters.map((id) => ({ id, label: { vi: periodLabel(id, 'vi'), en: periodLabel(id, 'en') } }));
  const build = (metric: 'rate' | 'mean'): StatDataset['values'] =>
    [...cells.entries()].map(([key, c]) => {
      const [period, orgUnit] = key.split('|') as [string, string];
      const value = metric === 'rate' ? Math.round((c.good / c.valid) * 1000) / 10 : Math.round((c.sum / c.valid) * 100) / 100;
      return { period, orgUnit, value };
    }).sort((a, b) => (a.period + a.orgUnit < b.period + b.orgUnit ? -1 : 1));
  return [
    {
      id: 'hai-long-nguoi-benh-2025',
      title: { vi: 'Tỷ lệ hài lòng của người bệnh theo khoa và quý, 2025', en: 'Patient satisfaction rate by ward and quarter, 2025' },
      indicator: {
        code: 'ty-le-hai-long', name: { vi: 'Tỷ lệ hài lòng', en: 'Satisfaction rate' }, unit: 'percent', decimals: 1,
        formula: { numerator: { vi: 'Số câu trả lời mức 4 hoặc 5', en: 'Answers rated 4 or 5' }, denominator: { vi: 'Số câu trả lời hợp lệ (trừ "không sử dụng")', en: 'Valid answers (excluding "not used")' }, factor: 100 },
      },
      periods, orgUnits, disaggregations: [], values: build('rate'),
      targets: [{ value: 80, label: { vi: 'Mục tiêu quốc gia > 80%', en: 'National target > 80%' }, direction: 'at-least' }],
      suppressionThreshold: 0,
      source: 'Phiếu khảo sát mẫu (dữ liệu minh họa), QĐ 56/QĐ-BYT',
    },
    {
      id: 'diem-hai-long-2025',
      title: { vi: 'Điểm hài lòng trung bình theo khoa và quý, 2025', en: 'Mean satisfaction score by ward and quarter, 2025' },
      indicator: { code: 'diem-trung-binh', name: { vi: 'Điểm trung bình (thang 5)', en: 'Mean score (out of 5)' }, unit: 'score', decimals: 2 },
      periods, orgUnits, disaggregations: [], values: build('mean'),
      targets: [{ value: 4, label: { vi: 'Mục tiêu 4,0/5', en: 'Target 4.0/5' }, direction: 'at-least' }],
      suppressionThreshold: 0,
      source: 'Phiếu khảo sát mẫu (dữ liệu minh họa)',
    },
  ];
}

export function makeDatasets(rng: Rng, responses: SurveyResponse[]): StatDataset[] {
  const cats = Object.entries(CATEGORY_NAMES) as [BeneficiaryCategoryCode, [string, string]][];
  const base: Partial<Record<BeneficiaryCategoryCode, number>> = {
    'nguoi-cao-tuoi': 58, 'tre-em-khong-nguon-nuoi-duong': 41, 'nguoi-khuyet-tat': 47, 'cham-soc-tai-co-so': 36,
    'bao-ve-khan-cap': 6, 'tu-nguyen-tu-chi-tra': 9, 'nguoi-16-22-tuoi-dang-hoc': 12, 'nguoi-nhiem-hiv-ho-ngheo': 3,
  };
  const residentsByCategory: StatDataset = {
    id: 'doi-tuong-theo-dien-2021-2025',
    title: { vi: 'Đối tượng đang nuôi dưỡng theo diện, 2021–2025', en: 'Residents by category, 2021–2025' },
    indicator: { code: 'so-doi-tuong', name: { vi: 'Số đối tượng (31/12)', en: 'Residents (31 Dec)' }, unit: 'count', decimals: 0 },
    periods: yearPeriods,
    orgUnits: [CENTRE],
    disaggregations: [{ id: 'dien', name: { vi: 'Diện đối tượng', en: 'Category' }, categories: cats.map(([id, [vi, en]]) => ({ id, name: { vi, en } })) }],
    values: years.flatMap((period, y) =>
      cats.map(([category]) => ({ period, orgUnit: CENTRE.id, category, value: Math.max(0, Math.round(base[category]! * (1 + 0.04 * y) + rng.int(-3, 3))) })),
    ),
    suppressionThreshold: 5,
    source: 'Dữ liệu minh họa',
  };
  const exitReasons = (['hoi-gia', 'community', 'transfer', 'death', 'absconded', 'term-ended'] as const).map(
    (id) => [id, CODE_LABELS.vi.exitReason[id], CODE_LABELS.en.exitReason[id]] as const,
  );
  const admissionsExits: StatDataset = {
    id: 'tiep-nhan-roi-trung-tam-2021-2025',
    title: { vi: 'Tiếp nhận và rời trung tâm theo lý do, 2021–2025', en: 'Admissions and exits by reason, 2021–2025' },
    indicator: { code: 'luot-tiep-nhan-roi', name: { vi: 'Số lượt', en: 'Count' }, unit: 'count', decimals: 0 },
    periods: yearPeriods,
    orgUnits: [CENTRE],
    disaggregations: [
      {
        id: 'ly-do',
        name: { vi: 'Tiếp nhận / lý do rời', en: 'Admission / exit reason' },
        categories: [
          { id: 'tiep-nhan-thuong-xuyen', name: { vi: CODE_LABELS.vi.admissionType.regular, en: CODE_LABELS.en.admissionType.regular } },
          { id: 'tiep-nhan-khan-cap', name: { vi: CODE_LABELS.vi.admissionType.emergency, en: CODE_LABELS.en.admissionType.emergency } },
          { id: 'tiep-nhan-tu-nguyen', name: { vi: CODE_LABELS.vi.admissionType.voluntary, en: CODE_LABELS.en.admissionType.voluntary } },
          ...exitReasons.map(([id, vi, en]) => ({ id: `roi-${id}`, name: { vi, en } })),
        ],
      },
    ],
    values: years.flatMap((period) => [
      { period, orgUnit: CENTRE.id, category: 'tiep-nhan-thuong-xuyen', value: rng.int(28, 45) },
      { period, orgUnit: CENTRE.id, category: 'tiep-nhan-khan-cap', value: rng.int(6, 14) },
      { period, orgUnit: CENTRE.id, category: 'tiep-nhan-tu-nguyen', value: rng.int(2, 8) },
      ...exitReasons.map(([id]) => ({ period, orgUnit: CENTRE.id, category: `roi-${id}`, value: id === 'hoi-gia' ? rng.int(10, 20) : id === 'death' ? rng.int(4, 9) : rng.int(0, 6) })),
    ]),
    suppressionThreshold: 3,
    source: 'Dữ liệu minh họa',
  };
  const centreStaff: StatDataset = {
    id: 'nhan-su-trung-tam-ctxh',
    title: { vi: 'Nhân sự Trung tâm Công tác xã hội tỉnh theo phòng', en: 'Staff of the provincial social work centre by department' },
    indicator: { code: 'so-can-bo', name: { vi: 'Số cán bộ, viên chức, người lao động', en: 'Staff' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2025', label: { vi: 'Năm 2025', en: '2025' } }],
    orgUnits: [CENTRE],
    disaggregations: [
      {
        id: 'phong',
        name: { vi: 'Phòng chuyên môn', en: 'Department' },
        categories: [
          { id: 'hanh-chinh-tong-hop', name: { vi: 'Phòng Hành chính - Tổng hợp', en: 'Administration' } },
          { id: 'quan-ly-doi-tuong-y-te-phcn', name: { vi: 'Phòng Quản lý đối tượng và Y tế - Phục hồi chức năng', en: 'Resident care, health and rehabilitation' } },
          { id: 'tu-van-tro-giup-cong-dong', name: { vi: 'Phòng Tư vấn, trợ giúp và phát triển cộng đồng', en: 'Counselling, assistance and community development' } },
        ],
      },
    ],
    values: [
      { period: '2025', orgUnit: CENTRE.id, value: 41 },
      { period: '2025', orgUnit: CENTRE.id, category: 'hanh-chinh-tong-hop', value: 11 },
      { period: '2025', orgUnit: CENTRE.id, category: 'quan-ly-doi-tuong-y-te-phcn', value: 19 },
      { period: '2025', orgUnit: CENTRE.id, category: 'tu-van-tro-giup-cong-dong', value: 11 },
    ],
    suppressionThreshold: 0,
    source: 'Báo cáo của Trung tâm tại buổi làm việc với Sở Y tế (tổng 41 người; phân theo phòng là minh họa)',
  };
  const BN = { id: 'syt-bac-ninh', name: { vi: 'Ngành y tế Bắc Ninh', en: 'Bắc Ninh health sector' } };
  const bacNinhStaff: StatDataset = {
    id: 'nhan-luc-ctxh-y-te-bac-ninh',
    title: { vi: 'Nhân lực công tác xã hội ngành y tế Bắc Ninh', en: 'Social-work staff in the Bắc Ninh health sector' },
    indicator: { code: 'nhan-luc-ctxh', name: { vi: 'Số người làm công tác xã hội', en: 'Social-work staff' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2023', label: { vi: 'Đầu năm 2023', en: 'Early 2023' } }],
    orgUnits: [BN],
    disaggregations: [
      {
        id: 'hinh-thuc',
        name: { vi: 'Hình thức', en: 'Type' },
        categories: [
          { id: 'chuyen-trach', name: { vi: 'Chuyên trách', en: 'Full-time' } },
          { id: 'kiem-nhiem', name: { vi: 'Kiêm nhiệm', en: 'Part-time' } },
          { id: 'cong-tac-vien', name: { vi: 'Cộng tác viên', en: 'Collaborators' } },
        ],
      },
    ],
    values: [
      { period: '2023', orgUnit: BN.id, category: 'chuyen-trach', value: 70 },
      { period: '2023', orgUnit: BN.id, category: 'kiem-nhiem', value: 43 },
      { period: '2023', orgUnit: BN.id, category: 'cong-tac-vien', value: 223 },
      { period: '2023', orgUnit: BN.id, value: 336 },
    ],
    suppressionThreshold: 0,
    source: 'Sở Y tế Bắc Ninh, hội nghị triển khai công tác xã hội năm 2023',
  };
  const bacNinhUnits: StatDataset = {
    id: 'don-vi-ctxh-y-te-bac-ninh',
    title: { vi: 'Đơn vị khám, chữa bệnh có bộ phận công tác xã hội, Bắc Ninh', en: 'Treatment units with a social-work unit, Bắc Ninh' },
    indicator: { code: 'don-vi-ctxh', name: { vi: 'Số đơn vị', en: 'Units' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2023' }],
    orgUnits: [BN],
    disaggregations: [{ id: 'to-chuc', name: { vi: 'Hình thức tổ chức', en: 'Organisation' }, categories: [{ id: 'phong', name: { vi: 'Có Phòng CTXH', en: 'Social-work department' } }, { id: 'to', name: { vi: 'Có Tổ CTXH', en: 'Social-work team' } }] }],
    values: [
      { period: '2023', orgUnit: BN.id, value: 16 },
      { period: '2023', orgUnit: BN.id, category: 'phong', value: 2 },
      { period: '2023', orgUnit: BN.id, category: 'to', value: 14 },
    ],
    suppressionThreshold: 0,
    source: 'Sở Y tế Bắc Ninh, 2023',
  };
  const HUE = { id: 'ttbtxh-hue', name: { vi: 'Trung tâm Bảo trợ xã hội thành phố Huế', en: 'Huế social protection centre' } };
  const hue: StatDataset = {
    id: 'ttbtxh-hue-2024',
    title: { vi: 'Kết quả năm 2024, Trung tâm Bảo trợ xã hội thành phố Huế', en: '2024 results, Huế social protection centre' },
    indicator: { code: 'ket-qua-2024', name: { vi: 'Kết quả công tác', en: 'Results of the year' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2024', start: '2024-01-01', end: '2024-12-31' }],
    orgUnits: [HUE],
    disaggregations: [
      {
        id: 'chi-tieu',
        name: { vi: 'Chỉ tiêu', en: 'Measure' },
        categories: [
          { id: 'doi-tuong-quan-ly', name: { vi: 'Đối tượng được quản lý', en: 'Residents managed' } },
          { id: 'tiep-nhan-moi-tam-than', name: { vi: 'Tiếp nhận mới người khuyết tật thần kinh tâm thần', en: 'New residents with mental disabilities' } },
          { id: 'xet-nghiem-kham', name: { vi: 'Lượt xét nghiệm, sàng lọc, khám sức khỏe', en: 'Tests, screenings and health checks' } },
          // "Học viên" is the centres' word (and the seed article's); the law says "người cai nghiện ma túy".
          { id: 'cai-nghien-thanh-cong', name: { vi: 'Học viên cai nghiện ma túy bắt buộc hoàn thành', en: 'People in compulsory drug rehabilitation who completed it' } },
          { id: 'giam-thoi-han', name: { vi: 'Trong đó được giảm thời hạn (Nghị định 116/2021/NĐ-CP, Điều 58)', en: 'Of whom with a reduced term (Decree 116/2021/ND-CP, Article 58)' } },
        ],
      },
    ],
    values: [
      { period: '2024', orgUnit: HUE.id, category: 'doi-tuong-quan-ly', value: 532 },
      { period: '2024', orgUnit: HUE.id, category: 'tiep-nhan-moi-tam-than', value: 42 },
      { period: '2024', orgUnit: HUE.id, category: 'xet-nghiem-kham', value: 818 },
      { period: '2024', orgUnit: HUE.id, category: 'cai-nghien-thanh-cong', value: 44 },
      { period: '2024', orgUnit: HUE.id, category: 'giam-thoi-han', value: 35 },
    ],
    suppressionThreshold: 0,
    source: 'Hội nghị triển khai nhiệm vụ năm 2025, Trung tâm Bảo trợ xã hội thành phố Huế (08/01/2025)',
  };
  const BG = { id: 'bac-giang', name: { vi: 'Tỉnh Bắc Giang (cũ)', en: 'Bắc Giang province (former)' } };
  const bacGiang: StatDataset = {
    id: 'nhom-yeu-the-bac-giang',
    title: { vi: 'Nhóm người yếu thế, tỉnh Bắc Giang', en: 'Vulnerable groups, Bắc Giang province' },
    indicator: { code: 'so-nguoi', name: { vi: 'Số người (xấp xỉ)', en: 'People (approx.)' }, unit: 'count', decimals: 0 },
    periods: [{ id: '2023' }],
    orgUnits: [BG],
    disaggregations: [
      {
        id: 'nhom',
        name: { vi: 'Nhóm', en: 'Group' },
        // Population groups of the whole province, not beneficiary categories: their ids are not
        // contract codes, so they are not named by CODE_LABELS.
        categories: [
          { id: 'nhom-nguoi-cao-tuoi', name: { vi: 'Người cao tuổi', en: 'Older people' } },
          { id: 'tre-em-hoan-canh-dac-biet', name: { vi: 'Trẻ em có hoàn cảnh đặc biệt', en: 'Children in special circumstances' } },
          { id: 'tre-em-nguy-co', name: { vi: 'Trẻ em có nguy cơ', en: 'Children at risk' } },
          { id: 'nhom-nguoi-khuyet-tat', name: { vi: 'Người khuyết tật', en: 'People with disabilities' } },
        ],
      },
    ],
    values: [
      { period: '2023', orgUnit: BG.id, category: 'nhom-nguoi-cao-tuoi', value: 312000 },
      { period: '2023', orgUnit: BG.id, category: 'tre-em-hoan-canh-dac-biet', value: 3800 },
      { period: '2023', orgUnit: BG.id, category: 'tre-em-nguy-co', value: 42000 },
      { period: '2023', orgUnit: BG.id, category: 'nhom-nguoi-khuyet-tat', value: 30000 },
    ],
    suppressionThreshold: 0,
    source: 'Báo Lao động và Xã hội (LĐXH), Bắc Giang',
  };
  return [residentsByCategory, admissionsExits, centreStaff, bacNinhStaff, bacNinhUnits, hue, bacGiang, ...satisfactionDatasets(responses)];
}
