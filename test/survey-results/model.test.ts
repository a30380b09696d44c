import { expect } from '@open-wc/testing';
import { computeSurveyIndices } from '../../src/components/survey-results/indices.js';
import {
  countedResponses,
  dataYear,
  distributionChartSpec,
  granularityOf,
  indexChartSpec,
  itemTable,
  mainGrouping,
  mainTable,
  periodLabel,
  targetRatioOf,
  wardLabel,
} from '../../src/components/survey-results/model.js';
import { smallDefinition, smallResponses } from './fixtures.js';

describe('survey-results model', () => {
  it('group-by and period: month and quarter mean periods; period length from either', () => {
    expect(mainGrouping('ward')).to.equal('ward');
    expect(mainGrouping('month')).to.equal('period');
    expect(mainGrouping('quarter')).to.equal('period');
    expect(mainGrouping('period')).to.equal('period');
    expect(mainGrouping('anything')).to.equal('section');
    expect(granularityOf('quarter', 'month')).to.equal('quarter');
    expect(granularityOf('month', 'quarter')).to.equal('month');
    expect(granularityOf('period', 'quarter')).to.equal('quarter');
    expect(granularityOf('section', 'week')).to.equal('month');
  });

  it('the target as a ratio: 0.8 and 80 are both 80%; nonsense is no target', () => {
    expect(targetRatioOf(0.8)).to.equal(0.8);
    expect(targetRatioOf(80)).to.equal(0.8);
    expect(targetRatioOf(1)).to.equal(1);
    expect(targetRatioOf(100)).to.equal(1);
    for (const bad of [undefined, 0, -5, 150, Number.NaN, Number.POSITIVE_INFINITY]) expect(targetRatioOf(bad)).to.equal(undefined);
  });

  it('counts only completed or amended responses to this form', () => {
    const def = smallDefinition();
    const responses = smallResponses();
    const counted = countedResponses(def, responses);
    expect(counted.length).to.equal(computeSurveyIndices(def, responses).counted);
    expect(counted.every((r) => r.definitionId === def.id && (r.status === 'completed' || r.status === 'amended'))).to.equal(true);
  });

  it('ward and period labels', () => {
    expect(wardLabel({ noi: 'Khoa Nội' }, 'noi')).to.deep.equal({ vi: 'Khoa Nội', en: 'Khoa Nội' });
    expect(wardLabel({ noi: { vi: 'Khoa Nội', en: 'Internal medicine' } }, 'noi')).to.deep.equal({ vi: 'Khoa Nội', en: 'Internal medicine' });
    expect(wardLabel({}, 'nhi')).to.deep.equal({ vi: 'nhi', en: 'nhi' });
    // An inherited key is not a ward name.
    expect(wardLabel({}, 'toString')).to.deep.equal({ vi: 'toString', en: 'toString' });
    expect(periodLabel('2026M03')).to.deep.equal({ vi: 'Tháng 3/2026', en: 'Mar 2026' });
    expect(periodLabel('2026Q1')).to.deep.equal({ vi: 'Quý I/2026', en: 'Q1 2026' });
    expect(periodLabel('')).to.deep.equal({ vi: 'Không rõ ngày', en: 'Date unknown' });
    expect(periodLabel('2026')).to.deep.equal({ vi: 'Năm 2026', en: '2026' });
  });

  it('tables: rows, captions, totals and axis by grouping; the item table has no total', () => {
    const ix = computeSurveyIndices(smallDefinition(), smallResponses());
    const bySection = mainTable(ix, 'section', {});
    expect(bySection.id).to.equal('by-section');
    expect(bySection.caption).to.deep.equal({ vi: 'Theo phần', en: 'By section' });
    expect(bySection.rows.map((r) => r.key)).to.deep.equal(['A', 'B']);
    expect(bySection.total).to.equal(ix.overall);
    expect(bySection.axis).to.equal('category');
    const byPeriod = mainTable(ix, 'month', {});
    expect(byPeriod.id).to.equal('by-period');
    expect(byPeriod.axis).to.equal('period');
    expect(byPeriod.rows.map((r) => r.key)).to.deep.equal(ix.periods.map((p) => p.key));
    const byWard = mainTable(ix, 'ward', {});
    expect(byWard.rows.every((r) => r.responses !== undefined)).to.equal(true);
    const items = itemTable(ix);
    expect(items.total).to.equal(undefined);
    expect(items.rows.length).to.equal(ix.ratedItems);
    expect(items.rows.every((r) => r.code === r.key)).to.equal(true);
  });

  it('chart specs: the rate as a percentage with one decimal, the target in percent, the year of the data', () => {
    const ix = computeSurveyIndices(smallDefinition(), smallResponses());
    const year = dataYear(ix);
    expect(year).to.match(/^\d{4}$/);
    expect(dataYear(undefined, new Date(2031, 5, 1))).to.equal('2031');
    const table = mainTable(ix, 'section', {});
    const spec = indexChartSpec(table, 'Theo phần', year, 0.8);
    expect(spec.id).to.equal('by-section');
    expect(spec.title.vi).to.equal('Tỷ lệ hài lòng · Theo phần');
    expect(spec.indicator.unit).to.equal('percent');
    expect(spec.target!.value).to.be.closeTo(80, 1e-9);
    table.rows.forEach((r, i) => {
      const rate = r.index.satisfactionRate;
      expect(spec.rows[i]!.value).to.equal(rate === null ? null : Math.round(rate * 1000) / 10);
    });
    expect(indexChartSpec(table, 'x', year, undefined).target).to.equal(undefined);
    for (const d of ix.distributions) {
      const ds = distributionChartSpec(d, year);
      expect(ds.id).to.equal(`distribution-${d.code}`);
      expect(ds.rows.map((r) => r.value)).to.deep.equal(d.options.map((o) => o.count));
    }
  });
});
