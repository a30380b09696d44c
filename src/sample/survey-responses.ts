/**
 * Sample answers to the Ministry of Health inpatient satisfaction survey (answers by item code of
 * the MoH templates), across the wards of one hospital and a year of stays.
 */
import type { SurveyAnswer, SurveyResponse } from '../contract/survey.js';
import { randomDate, type Rng } from './random.js';

export const SAMPLE_WARDS = [
  { code: 'noi', vi: 'Khoa Nội', en: 'Internal medicine' },
  { code: 'ngoai', vi: 'Khoa Ngoại', en: 'Surgery' },
  { code: 'san', vi: 'Khoa Sản', en: 'Obstetrics' },
  { code: 'nhi', vi: 'Khoa Nhi', en: 'Paediatrics' },
  { code: 'hoi-suc', vi: 'Khoa Hồi sức tích cực', en: 'Intensive care' },
  { code: 'yhct', vi: 'Khoa Y học cổ truyền', en: 'Traditional medicine' },
  { code: 'ung-buou', vi: 'Trung tâm Ung bướu', en: 'Oncology centre' },
] as const;

const SECTIONS = {
  'moh-inpatient': { A: 5, B: 7, C: 11, D: 7, E: 6 },
  'moh-outpatient': { A: 5, B: 10, C: 8, D: 4, E: 4 },
} as const;

const HOSPITAL_CODE = '27001';
const H1_TEXTS = ['Nhà vệ sinh chưa sạch.', 'Chờ làm thủ tục ra viện lâu.', 'Căng tin đắt.', 'Thiếu ghế cho người nhà.', 'Phòng bệnh nóng, quạt hỏng.'];
const H2_TEXTS = ['Cảm ơn các bác sĩ, điều dưỡng khoa.', 'Nên có thêm bảng chỉ dẫn.', 'Mong bệnh viện có thêm chỗ gửi xe.', 'Nhân viên rất nhiệt tình.'];

export function makeResponses(rng: Rng, count: number): SurveyResponse[] {
  const out: SurveyResponse[] = [];
  for (let i = 0; i < count; i++) {
    const form = i % 5 < 3 ? 'moh-inpatient' : 'moh-outpatient';
    const month = (i % 12) + 1;
    const mm = String(month).padStart(2, '0');
    const filledOn = randomDate(rng, `2025-${mm}-01`, new Date(Date.UTC(2025, month, 0)).toISOString().slice(0, 10));
    const ward = form === 'moh-inpatient' ? rng.weighted(SAMPLE_WARDS.map((w, k) => [w, [6, 5, 3, 4, 1, 3, 2][k]!] as const)) : rng.pick(SAMPLE_WARDS.slice(0, 4));
    // Each ward and season has its own level; the whole set averages about 4.1 out of 5.
    const wardBias = { noi: 0, ngoai: -0.1, san: 0.15, nhi: 0.05, 'hoi-suc': -0.3, yhct: 0.25, 'ung-buou': -0.05 }[ward.code];
    const seasonBias = month >= 6 && month <= 8 ? -0.1 : month >= 10 ? 0.08 : 0;
    const person = rng.normal(4.12 + wardBias + seasonBias, 0.45, 2.2, 5);
    const answers: Record<string, SurveyAnswer> = {};
    for (const [section, n] of Object.entries(SECTIONS[form])) {
      const sectionBias = section === 'C' ? -0.2 : section === 'D' ? 0.12 : 0;
      for (let k = 1; k <= n; k++) {
        const code = `${section}${k}`;
        if (rng.chance(0.035)) {
          answers[code] = 0; // not used, no opinion
          continue;
        }
        const score = Math.round(rng.normal(person + sectionBias, 0.9, 1, 5.4));
        answers[code] = score <= 2 && rng.chance(0.4) ? { value: score, reason: rng.pick(H1_TEXTS) } : score;
      }
    }
    if (form === 'moh-inpatient') answers.E7 = rng.weighted([[1, 1], [2, 6], [3, 62], [4, 22], [5, 9]] as const);
    answers.G1 = Math.round(Math.min(110, Math.max(40, rng.normal(person * 20 - 1, 8))));
    const g2 = person > 4.3 ? 5 : person > 3.6 ? rng.weighted([[4, 3], [5, 2]] as const) : rng.weighted([[2, 2], [3, 1], [4, 2]] as const);
    answers.G2 = rng.chance(0.01) ? { value: 6, other: 'Tùy bệnh' } : g2;
    if (person < 3.8 && rng.chance(0.5)) answers.H1 = rng.pick(H1_TEXTS);
    if (rng.chance(0.15)) answers.H2 = rng.pick(H2_TEXTS);
    // Only the inpatient form asks for the ward as an item; both record it in metadata.wardCode.
    if (form === 'moh-inpatient') answers['meta.ward'] = ward.vi;
    const hh = String(rng.int(7, 16)).padStart(2, '0');
    const startMinute = rng.int(0, 44);
    const clock = (m: number) => `${filledOn}T${hh}:${String(m).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}+07:00`;
    const start = clock(startMinute);
    const submitted = clock(startMinute + rng.int(3, 15));
    // The form's own items about the form, answered as <ansinh-survey> records them: in `answers`,
    // and copied into `metadata` (buildResponse). Two of them are required.
    const surveyType = 'self-assessment-periodic';
    const administeredBy = rng.weighted([['self', 7], ['hospital-staff', 3]] as const);
    const respondent = rng.chance(ward.code === 'nhi' ? 0.9 : 0.3) ? 'relative' : 'patient';
    Object.assign(answers, { 'meta.surveyType': surveyType, 'meta.filledOn': filledOn, 'meta.administeredBy': administeredBy, 'meta.respondent': respondent });
    out.push({
      id: `pks-2025-${String(i + 1).padStart(4, '0')}`,
      definitionId: form,
      definitionVersion: 'v2',
      status: 'completed',
      answers,
      metadata: {
        surveyType,
        administeredBy,
        respondent,
        hospitalCode: HOSPITAL_CODE,
        wardCode: ward.code,
        filledOn,
        mode: rng.weighted([['paper', 3], ['web', 3], ['kiosk', 3], ['interview', 1]] as const),
        language: 'vi',
        template: { id: form, version: 'v2' },
      },
      startedAt: start,
      submittedAt: submitted,
    });
  }
  return out;
}
