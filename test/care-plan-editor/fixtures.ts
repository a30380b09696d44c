import type { CarePlanInput } from '../../src/contract/care-plan.js';

/** A realistic plan in the planning step (an older resident at a social protection centre). */
export function samplePlan(): CarePlanInput {
  return {
    id: 'kh-2026-017',
    residentId: 'dt-0042',
    status: 'planning',
    title: 'Kế hoạch trợ giúp năm 2026 – bà Nguyễn Thị Lành',
    period: { start: '2026-10-01', end: '2027-03-31' },
    transitions: [
      { from: 'intake', to: 'planning', by: 'Trần Văn Bình', at: '2026-10-05T09:00:00+07:00' },
    ],
    needsAssessment: [
      { domain: 'medical-care', summary: 'Tăng huyết áp, cần đo huyết áp hằng ngày.', priority: 'high' },
      { domain: 'rehabilitation', summary: 'Đi lại khó khăn sau tai biến, yếu nửa người phải.', priority: 'medium' },
    ],
    goals: [
      {
        id: 'g1',
        domain: 'rehabilitation',
        description: 'Tự đi lại trong phòng với khung tập đi',
        measure: 'Số mét đi được không cần hỗ trợ',
        target: '20 m',
        dueDate: '2026-12-31',
        status: 'active',
      },
      {
        id: 'g2',
        domain: 'medical-care',
        description: 'Huyết áp ổn định dưới 140/90',
        dueDate: '2026-11-01',
        status: 'active',
      },
      {
        id: 'g3',
        domain: 'counselling',
        description: 'Giảm lo âu, tham gia sinh hoạt tập thể',
        status: 'proposed',
      },
    ],
    activities: [
      {
        id: 'a1',
        domain: 'rehabilitation',
        what: 'Tập vận động chi dưới',
        goalIds: ['g1'],
        schedule: 'Thứ 2, 4, 6 lúc 8:00',
        responsibleStaff: 'Lê Thị Hoa',
        start: '2026-10-06',
        status: 'in-progress',
        progressNotes: [
          { at: '2026-10-20T10:00:00+07:00', author: 'Lê Thị Hoa', text: 'Đi được 5 m với khung.' },
        ],
      },
      {
        id: 'a2',
        domain: 'traditional-massage',
        what: 'Xoa bóp bấm huyệt nửa người phải',
        goalIds: ['g1'],
        schedule: 'Hằng ngày lúc 15:00',
        responsibleStaff: 'Phạm Văn Đức',
        status: 'scheduled',
        progressNotes: [],
      },
    ],
    careTeam: [
      { id: 's1', name: 'Trần Văn Bình', role: 'social-worker' },
      { id: 's2', name: 'Lê Thị Hoa', role: 'rehabilitation-technician' },
      { id: 's3', name: 'Ngô Thị Mai', role: 'nurse' },
    ],
    signOffs: [],
    reviews: [
      { dueDate: '2026-11-15' },
      { dueDate: '2027-01-15' },
    ],
  };
}

/** A long plan for the performance checks: `goals` goals, `activities` activities. */
export function bigPlan(goals = 50, activities = 500): CarePlanInput {
  const domains = ['nutrition', 'medical-care', 'rehabilitation', 'counselling', 'education'] as const;
  return {
    ...samplePlan(),
    goals: Array.from({ length: goals }, (_x, i) => ({
      id: `g${i}`,
      domain: domains[i % domains.length]!,
      description: `Mục tiêu số ${i + 1}: cải thiện sức khỏe và kỹ năng sống`,
      measure: 'Đánh giá hằng tháng',
      dueDate: '2027-01-31',
      status: 'active' as const,
    })),
    activities: Array.from({ length: activities }, (_x, i) => ({
      id: `a${i}`,
      domain: domains[i % domains.length]!,
      what: `Hoạt động số ${i + 1}`,
      goalIds: [`g${i % goals}`],
      schedule: 'Hằng tuần',
      responsibleStaff: 'Lê Thị Hoa',
      status: 'in-progress' as const,
      progressNotes: [{ at: '2026-11-01T08:00:00+07:00', author: 'Lê Thị Hoa', text: `Ghi chép ${i + 1}` }],
    })),
  };
}
