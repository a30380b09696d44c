/**
 * Pieces shared by the Ministry of Health (Bộ Y tế) survey templates: scales, metadata items and
 * option lists that appear on more than one form. Wordings follow `moh-forms.md` (compiled from
 * hospital software that submits to the national online system hailong.chatluongbenhvien.vn);
 * Vietnamese is the source text, English is our translation.
 *
 * Conventions the templates add on top of the contract (every contract object is loose, so these
 * keys survive `parseSurveyDefinition()`):
 * - `note` (LocalizedText) on an item or option: provenance or dispute note for administrators;
 *   not meant to be shown to respondents.
 * - `contactField: 'phone'` on an item: the renderer stores the answer in `response.contact`,
 *   apart from `answers`, and exports never include it.
 * - `metadataField` on an item: the answer also fills `response.metadata[<field>]`
 *   (`surveyType`, `administeredBy`, `respondent`, `wardCode`, `filledOn`, `formNumber`).
 * - `externalValue` on an option: the value the national webform uses for that option.
 * - `sourceNote` (LocalizedText) on the definition: where the wordings come from, for the UI.
 */
import type { LocalizedText } from '../shared.js';
import type { ScaleOption, SurveyItem } from '../survey.js';

/** Template-only keys (see the module comment). */
export type MetadataField = 'surveyType' | 'administeredBy' | 'respondent' | 'wardCode' | 'filledOn' | 'formNumber';

export const t = (vi: string, en: string): LocalizedText => ({ vi, en });

/** Id of the patient scale in `SurveyDefinition.scales`. */
export const PATIENT_SCALE_ID = 'moh-patient-scale5';
/** Id of the staff scale in `SurveyDefinition.scales`. */
export const STAFF_SCALE_ID = 'moh-staff-scale5';

/** Mẫu 1 and 2 scale labels, verbatim from S1; 0 = not used (excluded from every index). */
export const PATIENT_SCALE: ScaleOption[] = [
  { value: 1, score: 1, label: t('Rất không hài lòng hoặc: Rất kém', 'Very dissatisfied or: Very poor') },
  { value: 2, score: 2, label: t('Không hài lòng hoặc: Kém', 'Dissatisfied or: Poor') },
  { value: 3, score: 3, label: t('Bình thường hoặc: Trung bình', 'Neutral or: Average') },
  { value: 4, score: 4, label: t('Hài lòng hoặc: Tốt', 'Satisfied or: Good') },
  { value: 5, score: 5, label: t('Rất hài lòng hoặc: Rất tốt', 'Very satisfied or: Very good') },
  { value: 0, score: null, label: t('Không sử dụng', 'Not used') },
];

/** Mẫu 3 scale labels (S6). The staff form has no "0 / not used" option. */
export const STAFF_SCALE: ScaleOption[] = [
  { value: 1, score: 1, label: t('Rất không hài lòng / Rất kém', 'Very dissatisfied / Very poor') },
  { value: 2, score: 2, label: t('Không hài lòng / Kém', 'Dissatisfied / Poor') },
  { value: 3, score: 3, label: t('Bình thường / Trung bình', 'Neutral / Average') },
  { value: 4, score: 4, label: t('Hài lòng / Tốt', 'Satisfied / Good') },
  { value: 5, score: 5, label: t('Rất hài lòng / Rất tốt', 'Very satisfied / Very good') },
];

export const PATIENT_INSTRUCTION = t(
  'Ông/Bà đánh dấu gạch chéo vào một số từ 1 đến 5, tương ứng với mức độ hài lòng hoặc nhận xét từ rất kém đến rất tốt cho từng câu hỏi dưới đây. Nếu không sử dụng dịch vụ hoặc không có ý kiến thì đánh dấu gạch chéo vào số 0.',
  'Mark one number from 1 to 5 for each question below, matching how satisfied you are or how you rate it, from very poor to very good. If you did not use the service or have no opinion, mark 0.',
);

export const PATIENT_INTRO = t(
  'Nhằm nâng cao chất lượng khám, chữa bệnh, hướng tới sự hài lòng người bệnh, chúng tôi tiến hành khảo sát về mức độ hài lòng của Ông/Bà. Ý kiến của Ông/Bà sẽ giúp bệnh viện từng bước cải tiến chất lượng. Các thông tin sẽ được bảo mật và không ảnh hưởng đến việc điều trị của Ông/Bà. Xin trân trọng cảm ơn!',
  'To improve the quality of medical examination and treatment and the satisfaction of patients, we are asking how satisfied you are. Your opinion will help the hospital improve its quality step by step. The information is kept confidential and will not affect your treatment. Thank you very much!',
);

export const PATIENT_CLOSING = t('XIN TRÂN TRỌNG CẢM ƠN ÔNG/BÀ!', 'THANK YOU VERY MUCH!');

export const PATIENT_SOURCE =
  'QĐ 3869/QĐ-BYT (28/08/2019); QĐ 56/QĐ-BYT (08/01/2024); hệ thống trực tuyến quốc gia hailong.chatluongbenhvien.vn, phiên bản v2';
export const STAFF_SOURCE =
  'QĐ 3869/QĐ-BYT (28/08/2019), Mẫu số 3; hệ thống trực tuyến quốc gia hailong.chatluongbenhvien.vn';

export const PATIENT_SOURCE_NOTE = t(
  'Mẫu phiếu theo hệ thống khảo sát trực tuyến quốc gia (phiên bản v2), gắn với QĐ 3869/QĐ-BYT năm 2019 và QĐ 56/QĐ-BYT năm 2024. Việc QĐ 56/2024 bãi bỏ mẫu phiếu người bệnh năm 2019 chưa được xác nhận. Câu chữ được đối chiếu từ phần mềm của bệnh viện gửi số liệu lên hệ thống quốc gia, chưa đối chiếu với bản PDF chính thức; bệnh viện có thể sửa câu chữ trong dữ liệu mẫu phiếu.',
  'Form as in the national online survey system (version v2), tied to Decision 3869/QĐ-BYT (2019) and Decision 56/QĐ-BYT (2024). Whether Decision 56/2024 repealed the 2019 patient forms is not confirmed. Wordings were cross-checked in hospital software that submits to the national system, not against the official PDF; a hospital can correct a wording in the template data.',
);
export const STAFF_SOURCE_NOTE = t(
  'Mẫu số 3 ban hành kèm QĐ 3869/QĐ-BYT năm 2019 (hệ thống quốc gia không có phiên bản v2 của phiếu nhân viên). Câu chữ được đối chiếu từ phần mềm của bệnh viện gửi số liệu lên hệ thống quốc gia, chưa đối chiếu với bản PDF chính thức.',
  'Form no. 3 issued with Decision 3869/QĐ-BYT (2019); the national system has no v2 of the staff form. Wordings were cross-checked in hospital software that submits to the national system, not against the official PDF.',
);

// ----- metadata block -----------------------------------------------------------------------

const opt = (value: string | number, externalValue: string | number, vi: string, en: string): ScaleOption => ({
  value,
  externalValue,
  score: null,
  label: t(vi, en),
});

/**
 * "Mã số phiếu (do BV quy định)": the form number a hospital gives each paper form, exported to the
 * national system as `ttp][masophieu` (moh-forms.md, S1; S2 writes "(BV quy định)"). Optional:
 * staff entering paper forms copy it; a web or kiosk form can leave it empty.
 */
export function formNumberItem(): SurveyItem {
  return {
    code: 'meta.formNumber',
    type: 'text',
    text: t('Mã số phiếu (do BV quy định)', 'Form number (set by the hospital)'),
    externalField: 'ttp][masophieu',
    metadataField: 'formNumber',
    maxLength: 50,
  };
}

export function surveyTypeItem(): SurveyItem {
  return {
    code: 'meta.surveyType',
    type: 'single',
    text: t('Kiểu khảo sát', 'Survey type'),
    required: true,
    externalField: 'kieu_khao_sat',
    metadataField: 'surveyType',
    options: [
      opt('self-assessment-periodic', 1, 'Bệnh viện tự đánh giá hàng tháng/quý', 'Hospital self-assessment, monthly/quarterly'),
      opt('self-assessment-year-end', 2, 'Bệnh viện tự đánh giá cuối năm', 'Hospital self-assessment, year-end'),
      opt('authority-team', 3, 'Do đoàn Bộ Y tế/Sở Y tế thực hiện', 'By a Ministry of Health / Department of Health team'),
      opt('re-inspection', 4, 'Do đoàn phúc tra của BYT thực hiện', 'By a Ministry of Health re-inspection team'),
      opt('cross-inspection', 5, 'Do đoàn kiểm tra chéo', 'By a cross-inspection team'),
      opt('other', 6, 'Hình thức khác', 'Other'),
    ],
  };
}

export function filledOnItem(): SurveyItem {
  return {
    code: 'meta.filledOn',
    type: 'date',
    text: t('Ngày điền phiếu', 'Date the form was filled'),
    required: true,
    // Today in Vietnam, editable: a patient who answered everything can send at once, and staff
    // entering a paper form change it to the paper's date.
    initialToday: true,
    externalField: 'ttp][bvn][ngay_dien_phieu',
    metadataField: 'filledOn',
  };
}

export function administeredByItem(): SurveyItem {
  return {
    code: 'meta.administeredBy',
    type: 'single',
    text: t('Người phỏng vấn/điền phiếu', 'Who interviewed / filled in the form'),
    externalField: 'ttp][mdt][nguoipv',
    metadataField: 'administeredBy',
    allowOther: true,
    note: t(
      'Danh sách đầy đủ theo S2; S3 rút gọn phương án c và e.',
      'Full list from S2; S3 shortens options c and e.',
    ),
    options: [
      opt('self', 1, 'Người bệnh tự điền (hoặc người nhà)', 'The patient filled it in (or a relative)'),
      opt('hospital-staff', 2, 'Nhân viên của bệnh viện', 'Hospital staff'),
      opt(
        'authority',
        3,
        'Bộ Y tế, Sở Y tế hoặc các đoàn giám sát của cơ quan quản lý',
        'Ministry of Health, Department of Health or a supervision team of a managing authority',
      ),
      opt('independent', 4, 'Tổ chức độc lập', 'An independent organisation'),
      opt('other', 5, 'Đối tượng khác, ghi rõ…', 'Someone else, please specify…'),
    ],
  };
}

export function respondentItem(): SurveyItem {
  return {
    code: 'meta.respondent',
    type: 'single',
    text: t('Người trả lời', 'Respondent'),
    externalField: 'ttp][mdt][doituong',
    metadataField: 'respondent',
    note: t('S3 thêm phương án "c. Khác" (một nguồn).', 'S3 adds an option "c. Khác" (single source).'),
    options: [opt('patient', 1, 'Người bệnh', 'Patient'), opt('relative', 2, 'Người nhà', 'Relative')],
  };
}

// ----- respondent block ----------------------------------------------------------------------

export const sexItem = (externalField: string, note?: LocalizedText): SurveyItem => ({
  code: 'info.A1',
  type: 'single',
  text: t('Giới tính', 'Sex'),
  externalField,
  ...(note ? { note } : {}),
  options: [opt(1, 1, 'Nam', 'Male'), opt(2, 2, 'Nữ', 'Female'), opt(3, 3, 'Khác', 'Other')],
});

export const ageOrBirthYearItem = (): SurveyItem => ({
  code: 'info.A2',
  type: 'number',
  text: t('Tuổi hoặc năm sinh', 'Age or year of birth'),
  help: t('Ghi tuổi (ví dụ 45) hoặc năm sinh (ví dụ 1980).', 'Write an age (e.g. 45) or a year of birth (e.g. 1980).'),
  externalField: 'gioi_tuoi][tuoi',
  min: 0,
  max: 2100,
  integer: true,
});

/** The phone number: optional, stored in `response.contact`, never among the answers. */
export const phoneItem = (externalField: string): SurveyItem => ({
  code: 'info.A3',
  type: 'text',
  text: t('Số di động', 'Mobile phone number'),
  help: t(
    'Không bắt buộc. Số điện thoại được lưu riêng, không đi kèm câu trả lời.',
    'Optional. The number is stored apart from your answers.',
  ),
  required: false,
  inputMode: 'tel',
  maxLength: 20,
  externalField,
  contactField: 'phone',
});

export const insuranceItem = (vi: string, en: string, externalField: string): SurveyItem => ({
  code: 'info.A5',
  type: 'single',
  text: t(vi, en),
  externalField,
  options: [opt(1, 1, 'Có', 'Yes'), opt(2, 2, 'Không', 'No')],
});

export const livingAreaItem = (): SurveyItem => ({
  code: 'info.A6',
  type: 'single',
  text: t('Nơi sinh sống hiện nay', 'Where you live now'),
  externalField: '6',
  options: [
    opt(1, 1, 'Thành thị', 'Urban'),
    opt(2, 2, 'Nông thôn', 'Rural'),
    opt(3, 3, 'Vùng sâu, xa khó khăn', 'Remote, disadvantaged area'),
  ],
});

export const livingStandardItem = (): SurveyItem => ({
  code: 'info.A7',
  type: 'single',
  text: t('Phân loại mức sống của gia đình', "Household's living standard"),
  externalField: '7',
  note: t('S3 có phương án "1. Khá/giàu" (ngoại lệ, không dùng).', 'S3 has an option "1. Khá/giàu" (an outlier, not used).'),
  options: [opt(1, 1, 'Nghèo', 'Poor'), opt(2, 2, 'Cận nghèo', 'Near-poor'), opt(3, 3, 'Khác', 'Other')],
});

// ----- footer --------------------------------------------------------------------------------

/** E7 (inpatient) / E5 (outpatient): price versus quality, six options (S1). */
export const priceVersusQualityItem = (code: string): SurveyItem => ({
  code,
  type: 'single',
  text: t(
    'Ông/Bà cho nhận xét về số tiền chi trả có tương xứng với chất lượng dịch vụ y tế không?',
    'Was the amount you paid in line with the quality of the health services?',
  ),
  externalField: 'danh_gia][e][z0][select',
  allowOther: true,
  options: [
    opt(1, 1, 'Rất đắt so với chất lượng', 'Very expensive for the quality'),
    opt(2, 2, 'Đắt hơn so với chất lượng', 'More expensive than the quality'),
    opt(3, 3, 'Tương xứng so với chất lượng', 'In line with the quality'),
    opt(4, 4, 'Rẻ hơn so với chất lượng', 'Cheaper than the quality'),
    {
      ...opt(
        5,
        5,
        'Không tự chi trả nên không biết (do BHYT hoặc người khác thanh toán)',
        'Did not pay myself, so I do not know (paid by health insurance or someone else)',
      ),
      note: t(
        'S4: "… (BHYT/người khác)"; S2: "Không tự chi trả nên không biết".',
        'S4: "… (BHYT/người khác)"; S2: "Không tự chi trả nên không biết".',
      ),
    },
    opt(6, 6, 'Ý kiến khác, ghi rõ……', 'Other opinion, please specify…'),
  ],
});

export const G1_HELP = t(
  'Điền số từ 0 đến 100 hoặc có thể điền trên 100 nếu bệnh viện điều trị tốt, vượt quá mong đợi của Ông/Bà.',
  'Enter a number from 0 to 100, or above 100 if the hospital did better than you expected.',
);

export const returnOrRecommendOptions = (): ScaleOption[] => [
  opt(1, 1, 'Chắc chắn không bao giờ quay lại', 'Definitely never coming back'),
  opt(2, 2, 'Không muốn quay lại nhưng có ít lựa chọn khác', 'Do not want to come back but have few other choices'),
  opt(3, 3, 'Muốn chuyển sang bệnh viện khác', 'Want to switch to another hospital'),
  opt(4, 4, 'Có thể sẽ quay lại', 'May come back'),
  opt(5, 5, 'Chắc chắn sẽ quay lại hoặc giới thiệu cho người khác', 'Will definitely come back or recommend it to others'),
  opt(6, 6, 'Khác (ghi rõ) ...', 'Other (please specify) ...'),
];

export const h1Item = (): SurveyItem => ({
  code: 'H1',
  type: 'longtext',
  text: t(
    'Đối với các câu hỏi có ý kiến chưa hài lòng, đề nghị Ông/Bà ghi rõ thêm lý do tại sao không hài lòng?',
    'For the questions you were not satisfied with, please tell us why.',
  ),
  externalField: 'danh_gia][z3',
  maxLength: 2000,
});

export const h2Item = (): SurveyItem => ({
  code: 'H2',
  type: 'longtext',
  text: t(
    'Ông/Bà có ý kiến hoặc nhận xét gì khác giúp bệnh viện và hệ thống khám, chữa bệnh phục vụ người bệnh được tốt hơn, xin ghi rõ?',
    'Do you have any other opinion or comment that would help the hospital and the health care system serve patients better? Please write it here.',
  ),
  externalField: 'danh_gia][z4',
  maxLength: 2000,
});

/** A rated item: scale5 on the given scale, with the national rating field name. */
export function rated(
  scale: string,
  section: string,
  n: number,
  vi: string,
  en: string,
  extra: { note?: LocalizedText; externalField?: string } = {},
): SurveyItem {
  const code = `${section}${n}`;
  return {
    code,
    type: 'scale5',
    scale,
    text: t(vi, en),
    externalField: extra.externalField ?? `danh_gia][${section.toLowerCase()}][${code.toLowerCase()}`,
    ...(scale === STAFF_SCALE_ID ? { notApplicable: false } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}
