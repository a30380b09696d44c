/**
 * One name per contract code, per language (issue 20): the resident card, the care-plan editor, the
 * FHIR mapping, the statistics and the exports all read these, so a code never reads two ways.
 * Vietnamese follows the Ministries' documents: tone marks in the older placement (hòa, khỏe,
 * thủy), as in "Cộng hòa xã hội chủ nghĩa Việt Nam" and the MoH forms (docs/domain.md);
 * `scripts/check-structure.mjs` fails on the other placement in source text.
 */
import { CASE_FORM_NAMES, CLOSURE_REASON_NAMES, DOMAIN_NAMES, REVIEW_CADENCE_NAMES, STEP_NAMES } from './care-plan-labels.js';

export { CASE_FORM_NAMES, CLOSURE_REASON_NAMES, DOMAIN_NAMES, REVIEW_CADENCE_NAMES, STEP_NAMES };

/** Names of the `sex` codes. */
export const SEX_NAMES = {
  vi: { male: 'Nam', female: 'Nữ', other: 'Khác', unknown: 'Chưa rõ' },
  en: { male: 'Male', female: 'Female', other: 'Other', unknown: 'Not recorded' },
} as const;

/** Names of the `category` codes. */
export const CATEGORY_NAMES = {
  vi: {
    'tre-em-khong-nguon-nuoi-duong': 'Trẻ em không có nguồn nuôi dưỡng',
    'nguoi-16-22-tuoi-dang-hoc': 'Người từ 16 đến 22 tuổi đang đi học, không có nguồn nuôi dưỡng',
    'tre-em-nhiem-hiv-ho-ngheo': 'Trẻ em nhiễm HIV thuộc hộ nghèo',
    'nguoi-don-than-ngheo-nuoi-con': 'Người đơn thân thuộc hộ nghèo đang nuôi con',
    'nguoi-cao-tuoi': 'Người cao tuổi',
    'nguoi-khuyet-tat': 'Người khuyết tật',
    'tre-em-duoi-3-tuoi-ho-ngheo-vung-kho-khan': 'Trẻ em dưới 3 tuổi thuộc hộ nghèo ở vùng khó khăn',
    'nguoi-nhiem-hiv-ho-ngheo': 'Người nhiễm HIV thuộc hộ nghèo',
    'cham-soc-tai-co-so': 'Chăm sóc, nuôi dưỡng tại cơ sở',
    'bao-ve-khan-cap': 'Cần bảo vệ khẩn cấp',
    'tu-nguyen-tu-chi-tra': 'Tự nguyện, tự chi trả',
    'cai-nghien-bat-buoc': 'Cai nghiện ma túy bắt buộc',
    'cai-nghien-tu-nguyen': 'Cai nghiện ma túy tự nguyện tại cơ sở',
    khac: 'Diện khác',
  },
  en: {
    'tre-em-khong-nguon-nuoi-duong': 'Child without carers',
    'nguoi-16-22-tuoi-dang-hoc': 'Aged 16–22, studying, without carers',
    'tre-em-nhiem-hiv-ho-ngheo': 'Child with HIV in a poor household',
    'nguoi-don-than-ngheo-nuoi-con': 'Single parent in a poor household raising children',
    'nguoi-cao-tuoi': 'Older person',
    'nguoi-khuyet-tat': 'Person with a disability',
    'tre-em-duoi-3-tuoi-ho-ngheo-vung-kho-khan': 'Child under 3 in a poor household in a disadvantaged area',
    'nguoi-nhiem-hiv-ho-ngheo': 'Person with HIV in a poor household',
    'cham-soc-tai-co-so': 'Cared for in a facility',
    'bao-ve-khan-cap': 'Emergency protection',
    'tu-nguyen-tu-chi-tra': 'Self-paying resident',
    'cai-nghien-bat-buoc': 'Compulsory drug rehabilitation',
    'cai-nghien-tu-nguyen': 'Voluntary drug rehabilitation in a facility',
    khac: 'Other category',
  },
} as const;

/** Names of the `disabilityLevel` codes. */
export const DISABILITY_LEVEL_NAMES = {
  vi: { 'dac-biet-nang': 'Đặc biệt nặng', nang: 'Nặng', nhe: 'Nhẹ' },
  en: { 'dac-biet-nang': 'Very severe', nang: 'Severe', nhe: 'Mild' },
} as const;

/** Names of the `disabilityType` codes. */
export const DISABILITY_TYPE_NAMES = {
  vi: {
    'van-dong': 'Vận động',
    'nghe-noi': 'Nghe, nói',
    nhin: 'Nhìn',
    'than-kinh-tam-than': 'Thần kinh, tâm thần',
    'tri-tue': 'Trí tuệ',
    khac: 'Khác',
  },
  en: {
    'van-dong': 'Mobility',
    'nghe-noi': 'Hearing and speech',
    nhin: 'Vision',
    'than-kinh-tam-than': 'Psychosocial',
    'tri-tue': 'Intellectual',
    khac: 'Other',
  },
} as const;

/** Names of the `admissionType` codes. */
export const ADMISSION_TYPE_NAMES = {
  vi: { regular: 'Tiếp nhận thường xuyên', emergency: 'Tiếp nhận khẩn cấp', voluntary: 'Tiếp nhận tự nguyện' },
  en: { regular: 'Regular admission', emergency: 'Emergency admission', voluntary: 'Voluntary admission' },
} as const;

/** Names of the `exitReason` codes. */
export const EXIT_REASON_NAMES = {
  vi: {
    'hoi-gia': 'Hồi gia (về với gia đình)',
    community: 'Tái hòa nhập cộng đồng',
    transfer: 'Chuyển cơ sở khác',
    death: 'Đã mất',
    absconded: 'Tự ý rời trung tâm',
    'term-ended': 'Hết thời hạn',
  },
  en: {
    'hoi-gia': 'Returned to family',
    community: 'Community reintegration',
    transfer: 'Transferred',
    death: 'Died',
    absconded: 'Left without permission',
    'term-ended': 'Term ended',
  },
} as const;

/** Names of the `hiv` codes. */
export const HIV_STATUS_NAMES = {
  vi: { positive: 'Dương tính', negative: 'Âm tính', unknown: 'Chưa rõ' },
  en: { positive: 'Positive', negative: 'Negative', unknown: 'Unknown' },
} as const;

/** Every table above and the care plan's (./care-plan-labels.ts), per language: what an element that shows many kinds of code reads. */
export const CODE_LABELS = {
  vi: {
    sex: SEX_NAMES.vi,
    category: CATEGORY_NAMES.vi,
    disabilityLevel: DISABILITY_LEVEL_NAMES.vi,
    disabilityType: DISABILITY_TYPE_NAMES.vi,
    admissionType: ADMISSION_TYPE_NAMES.vi,
    exitReason: EXIT_REASON_NAMES.vi,
    step: STEP_NAMES.vi,
    domain: DOMAIN_NAMES.vi,
    caseForm: CASE_FORM_NAMES.vi,
    closureReason: CLOSURE_REASON_NAMES.vi,
    reviewCadence: REVIEW_CADENCE_NAMES.vi,
    hiv: HIV_STATUS_NAMES.vi,
  },
  en: {
    sex: SEX_NAMES.en,
    category: CATEGORY_NAMES.en,
    disabilityLevel: DISABILITY_LEVEL_NAMES.en,
    disabilityType: DISABILITY_TYPE_NAMES.en,
    admissionType: ADMISSION_TYPE_NAMES.en,
    exitReason: EXIT_REASON_NAMES.en,
    step: STEP_NAMES.en,
    domain: DOMAIN_NAMES.en,
    caseForm: CASE_FORM_NAMES.en,
    closureReason: CLOSURE_REASON_NAMES.en,
    reviewCadence: REVIEW_CADENCE_NAMES.en,
    hiv: HIV_STATUS_NAMES.en,
  },
} as const;
