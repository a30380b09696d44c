import type { DemoPage } from './page.js';
import { ce, el, panel } from './dom.js';
import { dataset, DATASET_IDS, surveyResponses } from '../data.js';

export const statisticsPage: DemoPage = {
  id: 'statistics',
  title: { vi: 'Thống kê và kết quả khảo sát', en: 'Statistics and survey results' },
  render(lang) {
    const wrap = el('div', undefined, { class: 'chart-grid' });
    void (async () => {
      const [rate, staff, units, bacGiang] = await Promise.all([
        dataset(DATASET_IDS.satisfactionRate),
        dataset(DATASET_IDS.bacNinhStaff),
        dataset(DATASET_IDS.bacNinhUnits),
        dataset(DATASET_IDS.bacGiang),
      ]);
      if (rate) wrap.append(panel(undefined, ce('ansinh-stat-chart', { type: 'bar' }, { data: rate })));
      if (staff) wrap.append(panel(undefined, ce('ansinh-stat-chart', { type: 'bar', horizontal: '' }, { data: staff })));
      if (units) wrap.append(panel(undefined, ce('ansinh-stat-chart', { type: 'pie' }, { data: units })));
      if (bacGiang) wrap.append(panel(undefined, ce('ansinh-stat-chart', { type: 'bar' }, { data: bacGiang })));
      const responses = await surveyResponses('moh-inpatient');
      wrap.append(
        panel(
          lang === 'vi' ? 'Kết quả khảo sát người bệnh nội trú' : 'Inpatient survey results',
          ce('ansinh-survey-results', { template: 'moh-inpatient', target: '0.8', 'group-by': 'ward' }, { responses }),
        ),
      );
    })();
    return wrap;
  },
};
