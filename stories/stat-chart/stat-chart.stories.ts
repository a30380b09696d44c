import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/stat-chart.js';
import type { StatChartType } from '../../src/components/stat-chart/model.js';
import { sampleDatasets } from '../../src/sample/index.js';
import {
  childrenByCommune,
  donations,
  provincesByMonth,
  residentsBySex,
  satisfaction,
} from '../../test/stat-chart/fixtures.js';

interface Args {
  type: StatChartType;
  stacked: boolean;
  horizontal: boolean;
  seriesBy: string;
}

const meta: Meta<Args> = {
  title: 'Components/StatChart',
  component: 'ansinh-stat-chart',
  tags: ['autodocs'],
  args: { type: 'line', stacked: false, horizontal: false, seriesBy: '' },
  argTypes: {
    type: { control: 'inline-radio', options: ['bar', 'line', 'pie', 'doughnut'] },
    seriesBy: { control: 'inline-radio', options: ['', 'period', 'orgUnit'] },
  },
  render: (a) => html`<ansinh-stat-chart
    type=${a.type}
    ?stacked=${a.stacked}
    ?horizontal=${a.horizontal}
    series-by=${a.seriesBy}
    .data=${satisfaction}
  ></ansinh-stat-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Satisfaction rate by ward and quarter, with the national target as a dashed line. */
export const LineWithTarget: Story = {};

export const GroupedBars: Story = { args: { type: 'bar' } };

/** Residents by sex: 3 women in 2025 is shown as "<5", and "Khác" is hidden so 50 − 38 − 9 cannot reveal it. */
export const StackedBarsWithSuppression: Story = {
  render: () => html`<ansinh-stat-chart type="bar" stacked .data=${residentsBySex}></ansinh-stat-chart>`,
};

export const HorizontalBars: Story = {
  render: () => html`<ansinh-stat-chart type="bar" horizontal series-by="period" .data=${satisfaction}></ansinh-stat-chart>`,
};

/** Shares are computed over the communes shown; the commune with 2 children is left out. */
export const Pie: Story = {
  render: () => html`<ansinh-stat-chart type="pie" .data=${childrenByCommune}></ansinh-stat-chart>`,
};

export const Doughnut: Story = {
  render: () => html`<ansinh-stat-chart type="doughnut" .data=${residentsBySex} period="2024"></ansinh-stat-chart>`,
};

/** Đồng with compact units on the axis (triệu, tỷ). */
export const MoneyByMonth: Story = {
  render: () => html`<ansinh-stat-chart type="bar" .data=${donations}></ansinh-stat-chart>`,
};

/** 34 provinces × 12 months (after the July 2025 merger). */
export const ThirtyFourProvinces: Story = {
  render: () => html`<ansinh-stat-chart type="line" .data=${provincesByMonth()}></ansinh-stat-chart>`,
};

export const English: Story = {
  render: () => html`<div lang="en" style="display: grid; gap: 2rem">
    <ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart>
    <ansinh-stat-chart type="bar" stacked .data=${residentsBySex}></ansinh-stat-chart>
    <ansinh-stat-chart type="pie" .data=${childrenByCommune}></ansinh-stat-chart>
  </div>`,
};

/** Each theme on its own section of the page; high contrast adds hatching and dashes. */
export const Themes: Story = {
  render: () => html`<div style="display: grid; gap: 1rem">
    ${(['light', 'dark', 'high-contrast'] as const).map(
      (theme) => html`<section
        data-ansinh-theme=${theme}
        aria-label=${theme}
        style="padding: 1rem; background: var(--ansinh-color-surface); color: var(--ansinh-color-text)"
      >
        <ansinh-stat-chart type="bar" .data=${residentsBySex}></ansinh-stat-chart>
        <ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart>
      </section>`,
    )}
  </div>`,
};

/** 320 px wide: legend below, the table scrolls. */
export const Narrow: Story = {
  render: () => html`<div style="max-width: 320px"><ansinh-stat-chart type="bar" .data=${satisfaction}></ansinh-stat-chart></div>`,
};

/** Data embedded by a server-rendered page, no JavaScript of its own. */
export const JsonChild: Story = {
  render: () => html`<ansinh-stat-chart type="line">
    <script type="application/json">
      ${JSON.stringify(donations)}
    </script>
  </ansinh-stat-chart>`,
};

/** Invalid data: the error state names the field. */
export const Invalid: Story = {
  render: () => html`<ansinh-stat-chart
    .data=${{ ...satisfaction, periods: [{ id: '2025Q5' }], values: [{ period: '2025Q1', orgUnit: 'khoa-noi', value: 'tám mươi' }] }}
  ></ansinh-stat-chart>`,
};

/** Warnings do not block the chart: a missing quarter and a ward with fewer figures. */
export const Warnings: Story = {
  render: () => html`<ansinh-stat-chart
    type="line"
    .data=${{
      ...satisfaction,
      periods: [{ id: '2024Q3' }, { id: '2025Q1' }, { id: '2025Q2' }],
      values: satisfaction.values.filter((v) => v.period !== '2024Q4' && !(v.orgUnit === 'khoa-ngoai' && v.period === '2025Q1')),
    }}
  ></ansinh-stat-chart>`,
};

/** Every dataset of `sampleDatasets()` (src/sample), each with the chart type that suits it. */
export const SampleDatasets: Story = {
  render: () => html`<div style="display: grid; gap: 2rem">
    ${sampleDatasets().map((ds, i) => {
      const type: StatChartType =
        ds.periods.length > 1 ? (ds.indicator.unit === 'count' ? 'bar' : 'line') : i % 2 ? 'doughnut' : 'pie';
      return html`<ansinh-stat-chart type=${type} ?stacked=${type === 'bar'} .data=${ds}></ansinh-stat-chart>`;
    })}
  </div>`,
};

export const SampleDatasetsEnglish: Story = {
  render: () => html`<div lang="en" style="display: grid; gap: 2rem">
    ${sampleDatasets()
      .slice(0, 3)
      .map((ds) => html`<ansinh-stat-chart type="bar" .data=${ds}></ansinh-stat-chart>`)}
  </div>`,
};
