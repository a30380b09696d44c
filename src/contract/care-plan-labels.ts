/**
 * Names of the care plan's codes, per language: part of the contract's one label table
 * (./code-labels.ts), in a module of its own so the care-plan editor loads only these.
 */
/** Names of the `step` codes. */
export const STEP_NAMES = {
  vi: {
    intake: 'Tiếp nhận, đánh giá nhu cầu',
    planning: 'Xây dựng kế hoạch trợ giúp',
    implementing: 'Thực hiện kế hoạch',
    monitoring: 'Theo dõi, rà soát, đánh giá',
    closed: 'Kết thúc, lưu trữ hồ sơ',
  },
  en: {
    intake: 'Intake and needs assessment',
    planning: 'Building the support plan',
    implementing: 'Implementing the plan',
    monitoring: 'Monitoring and review',
    closed: 'Closed and archived',
  },
} as const;

/** Names of the `domain` codes. */
export const DOMAIN_NAMES = {
  vi: {
    nutrition: 'Nuôi dưỡng',
    'medical-care': 'Chăm sóc y tế',
    rehabilitation: 'Phục hồi chức năng',
    'traditional-massage': 'Xoa bóp bấm huyệt',
    counselling: 'Tham vấn tâm lý',
    education: 'Giáo dục',
    'vocational-training': 'Dạy nghề',
    'work-therapy': 'Lao động trị liệu',
    'family-reintegration': 'Hồi gia',
    'community-reintegration': 'Tái hòa nhập cộng đồng',
    'after-care': 'Theo dõi sau hồi gia',
    other: 'Khác',
  },
  en: {
    nutrition: 'Nutrition',
    'medical-care': 'Medical care',
    rehabilitation: 'Rehabilitation',
    'traditional-massage': 'Traditional-medicine massage',
    counselling: 'Counselling',
    education: 'Education',
    'vocational-training': 'Vocational training',
    'work-therapy': 'Work therapy',
    'family-reintegration': 'Family reintegration',
    'community-reintegration': 'Community reintegration',
    'after-care': 'After-care',
    other: 'Other',
  },
} as const;
