/**
 * Sample care plans: one per resident, at a step of the support-plan cycle that matches the
 * length of stay, with goals and activities by care domain, the staff who own them and reviews.
 */
import { addMonths, type ClosureReason, type StepRecord } from '../contract/case-file.js';
import { type CareDomain, type CarePlan } from '../contract/care-plan.js';
import { type CarePlanStep, type Resident } from '../contract/resident.js';
import { AS_OF } from './residents.js';
import { addDays, vnTime, type Rng } from './random.js';

const STAFF = [
  { id: 'nv-01', name: 'Trần Thị Mai', role: 'social-worker' as const },
  { id: 'nv-02', name: 'Nguyễn Văn Hùng', role: 'social-worker' as const },
  { id: 'nv-03', name: 'Lê Thị Hạnh', role: 'nurse' as const },
  { id: 'nv-04', name: 'BS. Phạm Quang Minh', role: 'doctor' as const },
  { id: 'nv-05', name: 'KTV Vũ Đức Long', role: 'rehabilitation-technician' as const },
  { id: 'nv-06', name: 'Hoàng Thị Lan', role: 'teacher' as const },
  { id: 'nv-07', name: 'Đặng Minh Thu', role: 'psychologist' as const },
  { id: 'nv-08', name: 'Bùi Thị Oanh', role: 'caregiver' as const },
];
// An invented name: the seed articles name real directors, who must not sign invented plans.
const DIRECTOR = 'Lương Văn Khải';

const DOMAIN_PLANS: Record<string, { domain: CareDomain; need: string; goal: string; measure: string; target: string; activity: string; schedule: string; staff: number }[]> = {
  elderly: [
    { domain: 'nutrition', need: 'Ăn kém, sụt cân', goal: 'Duy trì cân nặng', measure: 'Cân nặng hằng tháng', target: 'Không giảm quá 1 kg/tháng', activity: 'Chế độ ăn mềm, chia 5 bữa', schedule: 'Hằng ngày', staff: 7 },
    { domain: 'traditional-massage', need: 'Đau khớp gối', goal: 'Giảm đau khớp', measure: 'Điểm đau (0-10)', target: 'Dưới 4', activity: 'Xoa bóp bấm huyệt', schedule: 'Thứ 2, 4, 6 lúc 8:00', staff: 4 },
    { domain: 'medical-care', need: 'Tăng huyết áp', goal: 'Kiểm soát huyết áp', measure: 'Huyết áp tâm thu', target: 'Dưới 140 mmHg', activity: 'Đo huyết áp và cấp thuốc', schedule: 'Sáng hằng ngày', staff: 2 },
  ],
  child: [
    { domain: 'education', need: 'Chậm theo kịp chương trình lớp', goal: 'Lên lớp đúng tuổi', measure: 'Điểm trung bình học kỳ', target: 'Từ 6,5 trở lên', activity: 'Học phụ đạo buổi tối', schedule: 'Thứ 2 đến thứ 6, 19:00', staff: 5 },
    { domain: 'counselling', need: 'Hay lo âu, khó ngủ', goal: 'Ổn định cảm xúc', measure: 'Số đêm mất ngủ mỗi tuần', target: 'Tối đa 1 đêm', activity: 'Tham vấn tâm lý cá nhân', schedule: 'Thứ 3 hằng tuần', staff: 6 },
    { domain: 'family-reintegration', need: 'Có người thân có thể nhận nuôi', goal: 'Hồi gia về với người thân', measure: 'Số lần thăm gia đình', target: '4 lần trước khi hồi gia', activity: 'Thăm gia đình, đánh giá điều kiện nuôi dưỡng', schedule: 'Hằng tháng', staff: 0 },
  ],
  disability: [
    { domain: 'rehabilitation', need: 'Đi lại khó khăn', goal: 'Tự đi lại trong phòng', measure: 'Số bước đi không cần hỗ trợ', target: '20 bước', activity: 'Tập vật lý trị liệu', schedule: 'Thứ 2, 4, 6 lúc 8:00', staff: 4 },
    { domain: 'work-therapy', need: 'Ít vận động, thu mình', goal: 'Tham gia lao động trị liệu', measure: 'Số buổi tham gia mỗi tuần', target: '3 buổi', activity: 'Trồng rau, làm vườn', schedule: 'Sáng thứ 3, 5, 7', staff: 7 },
    { domain: 'vocational-training', need: 'Muốn có nghề', goal: 'Học nghề đan lát', measure: 'Sản phẩm hoàn thành', target: '10 sản phẩm/tháng', activity: 'Lớp dạy nghề mây tre đan', schedule: 'Chiều thứ 2, 4', staff: 5 },
  ],
};

const STEPS: CarePlanStep[] = ['intake', 'planning', 'implementing', 'monitoring', 'closed'];
const STEP_ORDER = (s: CarePlanStep) => STEPS.indexOf(s);

export function makeCarePlans(rng: Rng, residents: Resident[]): CarePlan[] {
  const plans: CarePlan[] = [];
  residents.forEach((r, i) => {
    if (i % 3 === 2 && !r.exit) return; // two out of three residents have a plan
    const step: CarePlanStep = r.exit ? 'closed' : STEPS[plans.length % 4]!;
    r.currentCarePlanStep = step;
    const kind = r.beneficiaryCategory.code.startsWith('tre-em') || r.beneficiaryCategory.code === 'nguoi-16-22-tuoi-dang-hoc' ? 'child' : r.disability ? 'disability' : 'elderly';
    const templates = DOMAIN_PLANS[kind]!;
    const start = r.admission.date > '2025-01-01' ? r.admission.date : `2025-0${rng.int(1, 3)}-0${rng.int(1, 9)}`;
    const at = (d: string) => vnTime(d, rng);
    const transitions: CarePlan['transitions'] = [];
    let day = start;
    for (let s = 1; s <= STEP_ORDER(step); s++) {
      day = addDays(day, rng.int(3, 40));
      if (day > AS_OF) day = AS_OF;
      const member = STAFF[rng.int(0, 1)]!;
      transitions.push({ from: STEPS[s - 1]!, to: STEPS[s]!, by: member.name, at: at(day), note: s === 4 ? 'Kết thúc kế hoạch, lưu hồ sơ.' : '' });
    }
    const chosen = templates.slice(0, rng.int(2, 3));
    const started = STEP_ORDER(step) >= 2;
    const goals: CarePlan['goals'] = STEP_ORDER(step) === 0 ? [] : chosen.map((t, k) => ({
      id: `mt-${k + 1}`,
      domain: t.domain,
      description: t.goal,
      measure: t.measure,
      target: t.target,
      dueDate: addDays(start, 180),
      status: step === 'closed' ? 'completed' : started ? 'active' : 'proposed',
      ...(started ? { achievement: step === 'closed' ? rng.pick(['achieved', 'not-achieved'] as const) : rng.pick(['in-progress', 'improving', 'no-change'] as const) } : {}),
    }));
    const activities: CarePlan['activities'] = goals.map((g, k) => {
      const t = chosen[k]!;
      const notes = started
        ? Array.from({ length: rng.int(0, 3) }, (_, n) => ({ at: at(addDays(start, 14 * (n + 1))), author: STAFF[t.staff]!.name, text: rng.pick(['Hợp tác tốt.', 'Tiến bộ chậm, cần động viên.', 'Có cải thiện rõ.', 'Nghỉ 2 buổi do ốm.']) }))
        : [];
      return {
        id: `hd-${k + 1}`,
        domain: t.domain,
        what: t.activity,
        goalIds: [g.id],
        schedule: t.schedule,
        responsibleStaff: STAFF[t.staff]!.name,
        start: addDays(start, 7),
        ...(step === 'closed' ? { end: day, outcome: rng.pick(['successful', 'partly-successful', 'unsuccessful'] as const) } : {}),
        status: step === 'closed' ? 'completed' : started ? 'in-progress' : 'not-started',
        progressNotes: notes,
      };
    });
    const team = [STAFF[0]!, ...new Set(chosen.map((t) => STAFF[t.staff]!))].filter((m, k, a) => a.indexOf(m) === k);
    const plan: CarePlan = {
      id: `kh-${r.id}`,
      residentId: r.id,
      status: step,
      title: `Kế hoạch trợ giúp ${r.fullName}`,
      period: step === 'closed' ? { start, end: day } : { start },
      transitions,
      needsAssessment: chosen.map((t) => ({ domain: t.domain, summary: t.need, priority: rng.pick(['low', 'medium', 'high'] as const), assessedAt: start, assessedBy: STAFF[0]!.name })),
      goals,
      activities,
      careTeam: team.map((m) => ({ id: m.id, name: m.name, role: m.role })),
      signOffs: STEP_ORDER(step) >= 2 ? [
        { role: 'team', name: STAFF[0]!.name, at: transitions[1]?.at ?? at(start), memberId: STAFF[0]!.id },
        { role: r.guardian ? 'guardian' : 'resident', name: r.guardian?.name ?? r.fullName, at: transitions[1]?.at ?? at(start) },
        { role: 'director', name: DIRECTOR, at: transitions[1]?.at ?? at(start) },
      ] : [],
      reviews: STEP_ORDER(step) >= 3 ? [{ dueDate: addDays(start, 90), doneAt: addDays(start, 92), notes: 'Rà soát định kỳ quý.', by: STAFF[0]!.name }] : [],
      ...caseRecords(plans.length + 1, r, step, start, day, transitions),
      updatedAt: transitions.at(-1)?.at ?? at(start),
    };
    plans.push(plan);
  });
  return plans;
}

/** Why a case closed, from how the resident left (Thông tư 02/2020 Điều 8 khoản 3). */
const CLOSURE_FOR_EXIT: Record<string, ClosureReason> = {
  'hoi-gia': 'goal-achieved',
  community: 'goal-achieved',
  transfer: 'no-suitable-service',
  death: 'died-or-missing',
  absconded: 'lost-contact',
  'term-ended': 'contract-ended',
};

/**
 * The case file and the records of each step so far (Thông tư 02/2020/TT-BLĐTBXH), derived from
 * the plan's own dates: no random draws, so the rest of the sample data is unchanged.
 */
function caseRecords(n: number, r: Resident, step: CarePlanStep, start: string, end: string, transitions: CarePlan['transitions']): Pick<CarePlan, 'caseFile' | 'stepRecords'> {
  const no = `HS-2025-${String(n).padStart(3, '0')}`;
  const by = STAFF[0]!.name;
  const reached = STEP_ORDER(step);
  const records: StepRecord[] = [
    { id: 'hs-01', form: 'mau-01', date: start, by, reference: `${no}/01` },
    { id: 'hs-02', form: 'mau-02', date: start, by, reference: `${no}/02` },
  ];
  const planned = transitions[0]?.at.slice(0, 10);
  if (reached >= 1 && planned) records.push({ id: 'hs-04', form: 'mau-04', date: planned, by, reference: `${no}/04` });
  if (reached >= 3) records.push({ id: 'hs-05', form: 'mau-05', date: addDays(start, 92), by, reference: `${no}/05`, summary: 'Rà soát định kỳ quý: tiếp tục kế hoạch.' });
  const reason = r.exit ? CLOSURE_FOR_EXIT[r.exit.reason] ?? 'other' : undefined;
  if (step === 'closed') records.push({ id: 'hs-06', form: 'mau-06', date: end, by, reference: `${no}/06` });
  const home = r.exit && (r.exit.reason === 'hoi-gia' || r.exit.reason === 'community');
  return {
    caseFile: {
      caseNumber: no,
      caseManager: by,
      openedOn: start,
      reviewEvery: 'quarterly',
      ...(step === 'closed'
        ? { closure: { reason: reason ?? 'goal-achieved', date: end, meetingOn: end, recordReference: `${no}/06`, ...(home ? { followUpUntil: addMonths(end, 6)! } : {}) } }
        : {}),
    },
    stepRecords: records,
  };
}
