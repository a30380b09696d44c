// Fixtures for the FHIR mapping tests: ansinh records, and questionnaires "written by others"
// (shaped like published R4 questionnaires: LOINC-coded PHQ-9 style, nested SDC-style groups).
import type { CarePlanInput, ResidentInput, SurveyDefinitionInput, SurveyResponseInput } from '../../src/contract/index.js';
import type { Patient, Questionnaire } from '../../src/fhir/index.js';

export const RESIDENT: ResidentInput = {
  id: 'bn-huong-0042',
  fullName: 'Nguyễn Thị Thu Hương',
  birthDate: '1951-03',
  sex: 'female',
  citizenId: '001151012345',
  otherIdentifiers: [
    { kind: 'cmnd', value: '125678901', issuer: 'Công an tỉnh Bắc Ninh' },
    { kind: 'passport', value: 'C1234567', issuer: 'VNM' },
  ],
  healthInsuranceNumber: 'BT2272722000123',
  beneficiaryCategory: { code: 'nguoi-cao-tuoi', legalBasis: 'Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP' },
  disability: { level: 'nang', type: 'van-dong', certificateDate: '2019-05-20', issuer: 'UBND xã Tiên Du' },
  admission: { decisionNumber: '112/QĐ-TTBTXH', date: '2023-08-14', type: 'regular' },
  room: 'Nhà B, phòng 204',
  address: {
    provinceCode: '24',
    provinceName: 'Bắc Ninh',
    communeCode: '09253',
    communeName: 'Xã Tiên Du',
    addressLine: 'Thôn Đông',
    legacyAddress: 'Thôn Đông, xã Phật Tích, huyện Tiên Du, tỉnh Bắc Ninh',
  },
  guardian: { name: 'Nguyễn Văn Tùng', relationship: 'Con trai', phone: '0912 345 678' },
  consent: { photo: true, publishName: false, shareHealthData: true, recordedAt: '2023-08-14T09:00:00+07:00', givenBy: 'Nguyễn Văn Tùng' },
  photoUrl: 'https://example.org/anh/huong.jpg',
  sensitive: {
    health: { summary: 'Tăng huyết áp, theo dõi hằng ngày', conditions: ['Tăng huyết áp', 'Thoái hóa khớp gối'], medications: ['Amlodipin 5 mg'] },
    hivStatus: 'negative',
    disabilityDetails: 'Liệt nửa người phải sau tai biến 2018',
  },
  publishable: ['fullName', 'room'],
  currentCarePlanStep: 'implementing',
};

export const EXITED: ResidentInput = {
  id: 'tre-em:2020/07',
  fullName: 'Lê Minh',
  birthDate: '2016',
  sex: 'male',
  beneficiaryCategory: { code: 'tre-em-khong-nguon-nuoi-duong' },
  admission: { decisionNumber: '07/QĐ', date: '2020-07-01', type: 'emergency' },
  exit: { date: '2024-12-20', reason: 'hoi-gia', decisionNumber: '301/QĐ', note: 'Về với bà ngoại' },
};

export function carePlan(status: 'intake' | 'planning' | 'implementing' | 'monitoring' | 'closed'): CarePlanInput {
  return {
    id: `kh-${status}`,
    residentId: 'bn-huong-0042',
    status,
    title: 'Kế hoạch trợ giúp năm 2025',
    period: { start: '2025-01-06', end: '2025-12-31' },
    transitions:
      status === 'intake'
        ? []
        : [{ from: 'intake', to: status, by: 'Trần Thị Mai', at: '2025-01-06T08:30:00+07:00', note: 'Đã đánh giá nhu cầu' }],
    needsAssessment: [
      { domain: 'rehabilitation', summary: 'Đi lại khó khăn sau tai biến', priority: 'high', assessedAt: '2025-01-03', assessedBy: 'Trần Thị Mai' },
    ],
    goals: [
      { id: 'g1', domain: 'rehabilitation', description: 'Tự đi lại trong phòng', measure: 'Số bước đi không cần hỗ trợ', target: '20 bước', dueDate: '2025-06-30', status: 'active', achievement: 'improving' },
      { id: 'g2', domain: 'counselling', description: 'Giảm lo âu', target: 'Ngủ đủ 6 giờ mỗi đêm', status: 'proposed' },
    ],
    activities: [
      {
        id: 'a1', domain: 'rehabilitation', what: 'Tập vật lý trị liệu', goalIds: ['g1'], schedule: 'Thứ 2, 4, 6 lúc 8:00',
        responsibleStaff: 'KTV Phạm Văn Đức', start: '2025-01-10', end: '2025-06-30', status: 'in-progress',
        progressNotes: [{ at: '2025-02-01T10:00:00+07:00', author: 'Phạm Văn Đức', text: 'Đi được 5 bước có vịn' }],
      },
      { id: 'a2', domain: 'traditional-massage', what: 'Xoa bóp bấm huyệt', schedule: 'Hằng ngày', status: 'scheduled', progressNotes: [] },
      { id: 'a3', domain: 'nutrition', what: 'Chế độ ăn giảm muối', start: '2025-01-06', status: 'completed', outcome: 'successful', progressNotes: [] },
    ],
    careTeam: [
      { id: 's1', name: 'Trần Thị Mai', role: 'social-worker' },
      { id: 's2', name: 'Phạm Văn Đức', role: 'rehabilitation-technician' },
    ],
    signOffs: [{ role: 'director', name: 'Hoàng Văn Nam', at: '2025-01-07T15:00:00+07:00' }],
    reviews: [{ dueDate: '2025-04-01', doneAt: '2025-04-02', notes: 'Tiến triển tốt', by: 'Trần Thị Mai' }],
    notes: 'Gia đình thăm vào chủ nhật.',
    updatedAt: '2025-04-02T09:15:00+07:00',
  };
}

export const SURVEY: SurveyDefinitionInput = {
  id: 'moh-inpatient',
  version: '2024.1',
  title: { vi: 'Phiếu khảo sát sự hài lòng người bệnh nội trú', en: 'Inpatient satisfaction survey' },
  description: { vi: 'Xin ông/bà cho biết ý kiến.', en: 'Please tell us your opinion.' },
  closing: { vi: 'Xin cảm ơn!', en: 'Thank you!' },
  template: { id: 'moh-inpatient', version: 'v2', source: 'QĐ 56/QĐ-BYT (2024)' },
  audience: 'inpatient',
  anonymous: true,
  scales: [
    { id: 'yes-no', options: [{ value: 'co', label: { vi: 'Có', en: 'Yes' }, score: 1 }, { value: 'khong', label: { vi: 'Không', en: 'No' }, score: 0 }] },
  ],
  sections: [
    {
      id: 'info', title: { vi: 'Thông tin người bệnh', en: 'Patient information' },
      items: [
        { code: 'meta.sex', type: 'single', text: { vi: 'Giới tính', en: 'Sex' }, options: [{ value: 1, label: { vi: 'Nam' } }, { value: 2, label: { vi: 'Nữ' } }], initial: 2 },
        { code: 'meta.age', type: 'number', text: { vi: 'Tuổi' }, min: 0, max: 120, integer: true, unit: { vi: 'tuổi', en: 'years' } },
        { code: 'meta.days', type: 'number', text: { vi: 'Số ngày nằm viện' }, min: 0.5, initial: 3 },
        { code: 'meta.phone', type: 'text', text: { vi: 'Số di động' }, inputMode: 'tel', maxLength: 20 },
        { code: 'meta.date', type: 'date', text: { vi: 'Ngày điền phiếu' }, required: true },
      ],
    },
    {
      id: 'A', code: 'A', title: { vi: 'Khả năng tiếp cận', en: 'Access' }, description: { vi: 'Đánh giá từ 1 đến 5' },
      items: [
        { code: 'A1', type: 'scale5', text: { vi: 'Biển báo rõ ràng', en: 'Clear signs' }, required: true, askReasonBelow: 3, externalField: 'danh_gia][a][a1', help: { vi: 'Chọn 0 nếu không dùng' } },
        { code: 'A1r', type: 'longtext', text: { vi: 'Vì sao ông/bà chưa hài lòng?' }, enableWhen: [{ item: 'A1', operator: '<', answer: 3 }, { item: 'A1', operator: '!=', answer: 0 }], enableBehavior: 'all', maxLength: 500 },
        { code: 'A2', type: 'scale5', text: { vi: 'Thời gian chờ' }, notApplicable: false },
        {
          code: 'grp-A', type: 'group', text: { vi: 'Nhóm câu hỏi phụ' }, help: { vi: 'Trả lời nếu có' },
          items: [
            { code: 'A3', type: 'scale5', scale: 'yes-no', text: { vi: 'Được gọi khi cần' } },
            { code: 'A4', type: 'multiple', text: { vi: 'Nguồn thông tin' }, allowOther: true, maxSelected: 2, options: [{ value: 'tv', label: { vi: 'Truyền hình' } }, { value: '10', label: { vi: 'Mười' } }, { value: 3, label: { vi: 'Bạn bè' } }], initial: ['tv'] },
            { code: 'A5', type: 'display', text: { vi: 'Cảm ơn' }, enableWhen: [{ item: 'A4', operator: 'exists', answer: true }] },
          ],
        },
      ],
    },
    {
      id: 'G', title: { vi: 'Đánh giá chung' },
      items: [
        { code: 'G1', type: 'number', text: { vi: 'Đáp ứng bao nhiêu % mong đợi?' }, min: 0, max: 200, integer: true },
        { code: 'G2', type: 'single', text: { vi: 'Có quay lại không?' }, options: [{ value: 1, label: { vi: 'Chắc chắn không' } }, { value: 5, label: { vi: 'Chắc chắn có' } }], allowOther: true },
        { code: 'H1', type: 'text', text: { vi: 'Ghi chú' }, enableWhen: [{ item: 'G2', operator: '=', answer: 1 }], initial: 'không' },
      ],
    },
  ],
};

export const RESPONSE: SurveyResponseInput = {
  id: 'resp-0001',
  definitionId: 'moh-inpatient',
  definitionVersion: '2024.1',
  status: 'completed',
  answers: {
    'meta.sex': 2,
    'meta.age': 67,
    'meta.days': 4.5,
    'meta.phone': '0912345678',
    'meta.date': '2025-03-14',
    A1: { value: 2, reason: 'Biển báo bị che khuất' },
    A1r: 'Khó tìm khoa',
    A2: 4,
    A3: 'co',
    A4: { value: ['tv', '10'], other: 'Loa phát thanh' },
    G1: 85,
    G2: { other: 'Có thể' },
    H1: null,
  },
  metadata: { surveyType: 'self-assessment-periodic', administeredBy: 'self', respondent: 'patient', wardCode: 'noi', filledOn: '2025-03-14', mode: 'kiosk', language: 'vi', template: { id: 'moh-inpatient', version: 'v2' } },
  startedAt: '2025-03-14T09:00:00+07:00',
  submittedAt: '2025-03-14T09:07:30+07:00',
  contact: { name: 'Bà Hương', phone: '0912345678', consentToContact: true },
};

/** A PHQ-9 style questionnaire as published by others: LOINC codes, valueCoding + ordinalValue, prefixes. */
export const PHQ9_LIKE: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'phq-9-vi',
  url: 'http://example.org/Questionnaire/phq-9-vi',
  name: 'PHQ9VI',
  title: 'PHQ-9 (bản tiếng Việt thử nghiệm)',
  status: 'draft',
  publisher: 'Example Clinic',
  code: [{ system: 'http://loinc.org', code: '44249-1' }],
  subjectType: ['Patient'],
  item: [
    {
      linkId: '/44250-9',
      prefix: '1.',
      text: 'Ít hứng thú hoặc không có niềm vui khi làm việc',
      type: 'choice',
      required: true,
      code: [{ system: 'http://loinc.org', code: '44250-9' }],
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl', valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'radio-button' }] } }],
      answerOption: [
        { valueCoding: { system: 'http://loinc.org', code: 'LA6568-5', display: 'Không ngày nào' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 0 }] },
        { valueCoding: { system: 'http://loinc.org', code: 'LA6569-3', display: 'Vài ngày' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }] },
        { valueCoding: { system: 'http://loinc.org', code: 'LA6570-1', display: 'Hơn một nửa số ngày' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }] },
        { valueCoding: { system: 'http://loinc.org', code: 'LA6571-9', display: 'Gần như mỗi ngày' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 3 }] },
      ],
    },
    {
      linkId: '/44255-8',
      prefix: '2.',
      text: 'Cảm thấy buồn, chán nản hoặc tuyệt vọng',
      type: 'choice',
      required: true,
      answerOption: [
        { valueCoding: { system: 'http://loinc.org', code: 'LA6568-5', display: 'Không ngày nào' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 0 }] },
        { valueCoding: { system: 'http://loinc.org', code: 'LA6571-9', display: 'Gần như mỗi ngày' }, extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 3 }] },
      ],
    },
    {
      linkId: '/44261-6',
      text: 'Tổng điểm PHQ-9',
      type: 'integer',
      readOnly: true,
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/cqf-expression', valueExpression: { language: 'text/fhirpath', expression: 'sum' } }],
    },
  ],
};

/** Nested groups three deep, enableWhen on boolean and decimal, initial values, an answerValueSet. */
export const NESTED: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'intake-screening',
  version: '3.2',
  title: 'Sàng lọc khi tiếp nhận',
  status: 'active',
  item: [
    {
      linkId: 'health',
      text: 'Sức khỏe',
      type: 'group',
      item: [
        { linkId: 'smoker', text: 'Có hút thuốc không?', type: 'boolean', initial: [{ valueBoolean: false }] },
        { linkId: 'cigs', text: 'Số điếu mỗi ngày', type: 'decimal', enableWhen: [{ question: 'smoker', operator: '=', answerBoolean: true }] },
        {
          linkId: 'vitals',
          text: 'Chỉ số',
          type: 'group',
          item: [
            { linkId: 'weight', text: 'Cân nặng (kg)', type: 'decimal', initial: [{ valueDecimal: 50 }] },
            {
              linkId: 'obesity',
              text: 'Béo phì',
              type: 'group',
              enableWhen: [{ question: 'weight', operator: '>', answerDecimal: 90.5 }],
              item: [{ linkId: 'diet', text: 'Đang ăn kiêng?', type: 'string', initial: [{ valueString: 'không' }] }],
            },
          ],
        },
        { linkId: 'country', text: 'Quốc tịch', type: 'choice', answerValueSet: 'http://hl7.org/fhir/ValueSet/iso3166-1-2' },
        { linkId: 'xray', text: 'Ảnh X-quang', type: 'attachment' },
        { linkId: 'visit', text: 'Giờ khám', type: 'dateTime' },
      ],
    },
    { linkId: 'consent note', text: 'Ghi chú đồng ý', type: 'text', maxLength: 1000 },
  ],
};

export const FOREIGN_PATIENT: Patient = {
  resourceType: 'Patient',
  id: 'his-778',
  identifier: [
    { system: 'http://benhvien.example.vn/mrn', value: 'MRN-778' },
    { system: 'http://example.org/passport', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'PPN' }] }, value: 'B7654321' },
  ],
  name: [{ family: 'Phạm', given: ['Thị', 'Lan'] }],
  gender: 'female',
  birthDate: '1960',
  telecom: [{ system: 'phone', value: '0900000000' }],
  maritalStatus: { text: 'Góa' },
  extension: [{ url: 'http://example.org/ethnicity', valueString: 'Kinh' }],
  address: [{ text: '12 Lê Lợi, Huế', city: 'Huế' }],
};
