import type { SurveyDefinitionInput } from '../../src/contract/survey.js';

/** A small survey that exercises every item type, conditions, bounds and a contact item. */
export const SMALL: SurveyDefinitionInput = {
  id: 'test-small',
  version: '1',
  title: { vi: 'Khảo sát thử', en: 'Test survey' },
  description: { vi: 'Phiếu dùng cho kiểm thử.', en: 'A form for tests.' },
  template: { id: 'test-small', version: '1', source: 'Bộ kiểm thử' },
  sections: [
    {
      id: 'info',
      title: { vi: 'Thông tin người trả lời', en: 'About you' },
      items: [
        {
          code: 'A1',
          type: 'single',
          text: { vi: 'Giới tính', en: 'Sex' },
          required: true,
          options: [
            { value: 1, label: { vi: 'Nam', en: 'Male' } },
            { value: 2, label: { vi: 'Nữ', en: 'Female' } },
          ],
          allowOther: true,
        },
        { code: 'A2', type: 'number', text: { vi: 'Tuổi', en: 'Age' }, min: 0, max: 120, integer: true },
        { code: 'A3', type: 'text', inputMode: 'tel', text: { vi: 'Số di động', en: 'Mobile phone' }, help: { vi: 'Không bắt buộc', en: 'Optional' } },
        { code: 'A4', type: 'date', text: { vi: 'Ngày vào viện', en: 'Admission date' } },
      ],
    },
    {
      id: 'a',
      code: 'A',
      title: { vi: 'Khả năng tiếp cận', en: 'Accessibility' },
      items: [
        { code: 'R1', type: 'scale5', text: { vi: 'Biển báo rõ ràng', en: 'Clear signs' }, required: true },
        { code: 'R2', type: 'scale5', text: { vi: 'Lối đi an toàn', en: 'Safe paths' }, required: true, askReasonBelow: 3 },
        {
          code: 'R3',
          type: 'longtext',
          text: { vi: 'Vì sao Ông/Bà chấm thấp?', en: 'Why the low rating?' },
          enableWhen: [
            { item: 'R1', operator: '<=', answer: 2 },
            { item: 'R2', operator: '<=', answer: 2 },
          ],
          enableBehavior: 'any',
          required: true,
        },
      ],
    },
    {
      id: 'g',
      title: { vi: 'Đánh giá chung', en: 'Overall' },
      items: [
        {
          code: 'G1',
          type: 'number',
          text: { vi: 'Bệnh viện đáp ứng bao nhiêu % mong đợi?', en: 'What % of your expectations were met?' },
          min: 0,
          unit: { vi: '%', en: '%' },
        },
        {
          code: 'G2',
          type: 'multiple',
          text: { vi: 'Ông/Bà biết bệnh viện qua đâu?', en: 'How did you hear of the hospital?' },
          options: [
            { value: 'tv', label: { vi: 'Truyền hình', en: 'Television' } },
            { value: 'friend', label: { vi: 'Người quen', en: 'Friends' } },
          ],
          allowOther: true,
        },
        { code: 'H1', type: 'longtext', text: { vi: 'Góp ý khác', en: 'Other suggestions' }, maxLength: 500 },
      ],
    },
  ],
};

/** A definition with `n` scale items spread over sections of 50. */
export function bigDefinition(n: number): SurveyDefinitionInput {
  const sections = [];
  for (let s = 0; s * 50 < n; s++) {
    const items = [];
    for (let i = s * 50; i < Math.min(n, (s + 1) * 50); i++) {
      items.push({ code: `Q${i + 1}`, type: 'scale5' as const, text: { vi: `Câu hỏi số ${i + 1}`, en: `Question ${i + 1}` }, required: true });
    }
    sections.push({ id: `s${s + 1}`, title: { vi: `Phần ${s + 1}`, en: `Part ${s + 1}` }, items });
  }
  return { id: 'big', version: '1', title: { vi: 'Phiếu rất dài', en: 'A very long form' }, sections };
}
