// A plan with `goals` goals and `activities` activities, each activity with one progress note.
export function bigPlan(goals = 50, activities = 500) {
  const domains = ['nutrition', 'medical-care', 'rehabilitation', 'counselling', 'education'];
  return {
    id: 'bench-plan',
    residentId: 'dt-0042',
    status: 'implementing',
    title: 'Kế hoạch trợ giúp năm 2026',
    careTeam: [{ id: 's1', name: 'Lê Thị Hoa', role: 'rehabilitation-technician' }],
    reviews: [{ dueDate: '2027-01-15' }],
    goals: Array.from({ length: goals }, (_x, i) => ({
      id: `g${i}`,
      domain: domains[i % domains.length],
      description: `Mục tiêu số ${i + 1}: cải thiện sức khỏe và kỹ năng sống`,
      measure: 'Đánh giá hằng tháng',
      dueDate: '2027-01-31',
      status: 'active',
    })),
    activities: Array.from({ length: activities }, (_x, i) => ({
      id: `a${i}`,
      domain: domains[i % domains.length],
      what: `Hoạt động số ${i + 1}`,
      goalIds: [`g${i % goals}`],
      schedule: 'Hằng tuần',
      responsibleStaff: 'Lê Thị Hoa',
      status: 'in-progress',
      progressNotes: [{ at: '2026-11-01T08:00:00+07:00', author: 'Lê Thị Hoa', text: `Ghi chép ${i + 1}` }],
    })),
  };
}
