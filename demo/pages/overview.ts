import type { DemoPage } from './index.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export const overviewPage: DemoPage = {
  id: 'overview',
  title: { vi: 'Tổng quan', en: 'Overview' },
  render(lang) {
    const wrap = el('div');
    const intro = el(
      'p',
      lang === 'vi'
        ? 'ansinh là bộ thành phần web dùng chung cho cổng thông tin tỉnh, trung tâm bảo trợ xã hội và phòng công tác xã hội bệnh viện: thẻ đối tượng, kế hoạch trợ giúp, phiếu khảo sát hài lòng, sổ tiếp nhận tài trợ và biểu đồ thống kê.'
        : 'ansinh is a set of web components for provincial portals, social protection centres and hospital social-work departments: resident card, care plan, satisfaction survey, donation ledger and statistics charts.',
    );
    const panel = el('div', undefined, { class: 'panel' });
    panel.append(
      el('h2', lang === 'vi' ? 'Thành phần cơ bản' : 'Primitives'),
      el('p', lang === 'vi' ? 'Các điều khiển dùng chung, tham gia biểu mẫu của trang chủ.' : 'Shared controls that take part in the host page’s forms.'),
    );
    const form = el('form', undefined, { 'aria-label': lang === 'vi' ? 'Ví dụ biểu mẫu' : 'Example form' });
    const field = el('ansinh-text-field' as 'div', undefined, { label: lang === 'vi' ? 'Họ và tên' : 'Full name', name: 'fullName', required: '' });
    const button = el('ansinh-button' as 'div', lang === 'vi' ? 'Gửi' : 'Send', { type: 'submit' });
    const out = el('output', undefined, { 'aria-live': 'polite' });
    form.append(field, button, out);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const name = new FormData(form).get('fullName');
      out.textContent = lang === 'vi' ? `Đã nhận: ${String(name)}` : `Received: ${String(name)}`;
    });
    panel.append(form);
    wrap.append(intro, panel);
    return wrap;
  },
};
