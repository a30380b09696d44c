import type { DemoPage } from './page.js';
import { ce, el, panel } from './dom.js';
import { dataset, DATASET_IDS } from '../data.js';

export const overviewPage: DemoPage = {
  id: 'overview',
  title: { vi: 'Tổng quan trung tâm', en: 'Centre overview' },
  render(lang) {
    const wrap = el('div');
    wrap.append(
      el(
        'p',
        lang === 'vi'
          ? 'Trung tâm Công tác xã hội tỉnh: 3 phòng chuyên môn, 41 cán bộ, viên chức và người lao động; tiếp nhận, chăm sóc, nuôi dưỡng đối tượng bảo trợ xã hội, phục hồi chức năng, đào tạo nghề và hỗ trợ tái hòa nhập cộng đồng.'
          : 'The provincial social work centre: 3 departments and 41 staff; intake, care and nurture of protected people, rehabilitation, vocational training and community reintegration.',
      ),
    );
    const figures = el('div', undefined, { class: 'card-grid' });
    const charts = el('div', undefined, { class: 'chart-grid' });
    wrap.append(figures, charts);
    void (async () => {
      const [byCategory, flows, staff, hue] = await Promise.all([
        dataset(DATASET_IDS.residentsByCategory),
        dataset(DATASET_IDS.admissionsExits),
        dataset(DATASET_IDS.centreStaff),
        dataset(DATASET_IDS.hue2024),
      ]);
      if (hue) {
        for (const category of ['doi-tuong-quan-ly', 'tiep-nhan-moi-tam-than', 'xet-nghiem-kham']) {
          figures.append(ce('ansinh-stat-figure', { category }, { data: hue }));
        }
      }
      if (staff) figures.append(ce('ansinh-stat-figure', {}, { data: staff }));
      if (byCategory) {
        charts.append(
          panel(undefined, ce('ansinh-stat-chart', { type: 'bar', stacked: '', 'series-by': 'dien' }, { data: byCategory })),
        );
      }
      if (flows) {
        charts.append(panel(undefined, ce('ansinh-stat-chart', { type: 'line' }, { data: flows })));
      }
      if (staff) {
        charts.append(panel(undefined, ce('ansinh-stat-chart', { type: 'doughnut' }, { data: staff })));
      }
    })();
    return wrap;
  },
};
