import type { DemoPage } from './page.js';
import { ce, el } from './dom.js';
import { residents } from '../data.js';
import { matchesSearch, compareText } from '../../src/i18n/index.js';
import type { Resident } from '../../src/contract/index.js';

export const residentsPage: DemoPage = {
  id: 'residents',
  title: { vi: 'Đối tượng', en: 'Residents' },
  render(lang) {
    const wrap = el('div');
    const search = ce('ansinh-text-field', {
      type: 'search',
      label: lang === 'vi' ? 'Tìm theo tên (không cần dấu)' : 'Search by name (accents optional)',
      hint: lang === 'vi' ? 'Ví dụ: "nguyen an" tìm được "Nguyễn Văn An"' : 'For example "nguyen an" finds "Nguyễn Văn An"',
    });
    const count = el('p', undefined, { 'aria-live': 'polite' });
    const list = el('ul', undefined, { class: 'resident-list', 'aria-label': lang === 'vi' ? 'Danh sách đối tượng' : 'Residents' });
    wrap.append(search, count, list);
    let all: Resident[] = [];
    const show = () => {
      const q = String((search as unknown as { value?: string }).value ?? '');
      const shown = all.filter((r) => matchesSearch(r.fullName, q));
      count.textContent =
        lang === 'vi' ? `${shown.length} / ${all.length} đối tượng` : `${shown.length} of ${all.length} residents`;
      list.replaceChildren(
        ...shown.map((r) => {
          const li = el('li');
          li.append(ce('ansinh-resident-card', { variant: 'compact', interactive: '' }, { resident: r }));
          return li;
        }),
      );
    };
    search.addEventListener('ansinh-change', show);
    search.addEventListener('input', show);
    list.addEventListener('ansinh-select', (e) => {
      const id = 'residentId' in e.detail ? e.detail.residentId : undefined;
      if (id) location.hash = `#/resident/${encodeURIComponent(id)}`;
    });
    void residents().then((rs) => {
      all = rs.sort((a, b) => compareText(a.fullName, b.fullName, lang));
      show();
    });
    return wrap;
  },
};
