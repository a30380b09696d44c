import type { DemoPage } from './page.js';
import { ce, el, panel } from './dom.js';
import { source } from '../data.js';

/**
 * A hospital's own page with its own <form>: the MoH inpatient survey is one field of it
 * (`name="khaosat"`), submitted with the hospital's other fields. The demo has no server, so the
 * submit handler stores the response in the demo's IndexedDB, as the hospital's back end would.
 */
export const hospitalPage: DemoPage = {
  id: 'hospital',
  title: { vi: 'Bệnh viện: khảo sát hài lòng người bệnh nội trú', en: 'Hospital: inpatient satisfaction survey' },
  render(lang) {
    const form = el('form', undefined, { method: 'post', action: '#', 'aria-label': lang === 'vi' ? 'Phiếu khảo sát của bệnh viện' : 'Hospital survey form' });
    const ward = ce('ansinh-select', { name: 'khoa', label: lang === 'vi' ? 'Khoa điều trị' : 'Ward', required: '' }, {
      options: [
        { value: 'noi', label: lang === 'vi' ? 'Khoa Nội' : 'Internal medicine' },
        { value: 'ngoai', label: lang === 'vi' ? 'Khoa Ngoại' : 'Surgery' },
        { value: 'nhi', label: lang === 'vi' ? 'Khoa Nhi' : 'Paediatrics' },
      ],
    });
    const label = el('label', lang === 'vi' ? 'Phiếu khảo sát ý kiến người bệnh nội trú' : 'Inpatient opinion survey', { for: 'khaosat' });
    const survey = ce('ansinh-survey', { id: 'khaosat', name: 'khaosat', template: 'moh-inpatient', required: '' });
    const submit = ce('ansinh-button', { type: 'submit', variant: 'primary' });
    submit.textContent = lang === 'vi' ? 'Gửi phiếu' : 'Submit';
    const result = el('p', undefined, { role: 'status' });
    form.append(ward, label, survey, submit, result);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const response = JSON.parse(String(data.get('khaosat') ?? 'null'));
      if (!response) return;
      await source.submitSurveyResponse!({ ...response, metadata: { ...(response.metadata ?? {}), wardCode: String(data.get('khoa')) } });
      result.textContent = lang === 'vi' ? 'Cảm ơn ông/bà. Phiếu đã được lưu.' : 'Thank you. The response has been saved.';
      form.reset();
    });
    return panel(lang === 'vi' ? 'Biểu mẫu của bệnh viện' : 'The hospital’s own form', form);
  },
};

export const kioskPage: DemoPage = {
  id: 'kiosk',
  title: { vi: 'Ki-ốt khảo sát tại giường bệnh', en: 'Bedside survey kiosk' },
  render(lang) {
    const survey = ce('ansinh-survey', { template: 'moh-inpatient', kiosk: '', faces: '', 'ask-reason': '' });
    survey.addEventListener('ansinh-submit', (e) => void source.submitSurveyResponse!(e.detail));
    const wrap = el('div');
    wrap.append(
      el(
        'p',
        lang === 'vi'
          ? 'Mỗi màn hình một câu hỏi, nút bấm lớn, có thể nghe đọc câu hỏi; sau khi gửi, phiếu tự làm mới cho người tiếp theo.'
          : 'One question per screen, large targets, read-aloud; after submitting it resets for the next respondent.',
      ),
      survey,
    );
    return wrap;
  },
};
