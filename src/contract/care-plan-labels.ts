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

/**
 * Names of the `caseForm` codes: the records of Thông tư 02/2020/TT-BLĐTBXH (as its articles name
 * them; the appendix's own titles were not available, see docs/domain.md).
 */
export const CASE_FORM_NAMES = {
  vi: {
    'mau-01': 'Mẫu 01: Phiếu thu thập thông tin',
    'mau-02': 'Mẫu 02: Phiếu đánh giá nhu cầu',
    'mau-03': 'Mẫu 03: Tiêu chí xác định đối tượng',
    'mau-04': 'Mẫu 04: Kế hoạch can thiệp, trợ giúp',
    'mau-05': 'Mẫu 05: Theo dõi tiến độ thực hiện kế hoạch',
    'mau-06': 'Mẫu 06: Biên bản kết thúc quản lý đối tượng',
  },
  en: {
    'mau-01': 'Form 01: information gathered',
    'mau-02': 'Form 02: needs assessment',
    'mau-03': 'Form 03: eligibility criteria',
    'mau-04': 'Form 04: intervention and support plan',
    'mau-05': 'Form 05: progress of the plan',
    'mau-06': 'Form 06: case closure record',
  },
} as const;

/** Names of the `closureReason` codes (Thông tư 02/2020/TT-BLĐTBXH, Điều 8 khoản 3 điểm a). */
export const CLOSURE_REASON_NAMES = {
  vi: {
    'goal-achieved': 'Đạt mục tiêu kế hoạch',
    adopted: 'Được nhận làm con nuôi',
    'came-of-age': 'Đủ 18 tuổi (22 tuổi nếu đang đi học)',
    'no-suitable-service': 'Cơ sở không còn dịch vụ phù hợp',
    'lost-contact': 'Mất liên lạc quá 1 tháng',
    requested: 'Đối tượng hoặc người giám hộ đề nghị dừng',
    'died-or-missing': 'Chết hoặc mất tích',
    'contract-ended': 'Hết hợp đồng cung cấp dịch vụ',
    agreed: 'Hai bên thỏa thuận kết thúc',
    'moved-away': 'Chuyển khỏi địa bàn',
    other: 'Lý do khác theo quy định của pháp luật',
  },
  en: {
    'goal-achieved': 'Goals of the plan achieved',
    adopted: 'Adopted',
    'came-of-age': 'Turned 18 (22 while studying)',
    'no-suitable-service': 'No suitable service at the facility',
    'lost-contact': 'No contact for over a month',
    requested: 'The person or guardian asked to stop',
    'died-or-missing': 'Died or missing',
    'contract-ended': 'Service contract ended',
    agreed: 'Both sides agreed to close',
    'moved-away': 'Moved out of the area',
    other: 'Another ground the law provides',
  },
} as const;

/** Names of the `reviewCadence` codes (Điều 7 khoản 3 điểm a). */
export const REVIEW_CADENCE_NAMES = {
  vi: { monthly: 'Hằng tháng', quarterly: 'Hằng quý', 'half-yearly': '6 tháng một lần', yearly: 'Hằng năm' },
  en: { monthly: 'Monthly', quarterly: 'Quarterly', 'half-yearly': 'Every 6 months', yearly: 'Yearly' },
} as const;
