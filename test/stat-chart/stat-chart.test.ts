import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/define/stat-chart.js';
import type { AnsinhStatChart, AnsinhStatChartEventMap } from '../../src/components/stat-chart/stat-chart.js';
import { nextEvent } from '../helpers/events.js';
import { childrenByCommune, donations, residentsBySex, satisfaction } from './fixtures.js';
import { driverEmulatesMedia } from '../helpers/engine.js';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(el: AnsinhStatChart, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const canvasOf = (el: AnsinhStatChart) => q<HTMLCanvasElement>(el, 'canvas');
const chartOf = (el: AnsinhStatChart) => Chart.getChart(canvasOf(el))!;
const tableRows = (el: AnsinhStatChart) =>
  Array.from(el.shadowRoot!.querySelectorAll('table tr')).map((tr) =>
    Array.from(tr.children).map((c) => plain(c.textContent ?? '')),
  );

async function chart(tpl: ReturnType<typeof html>): Promise<AnsinhStatChart> {
  const wrap = await fixture<HTMLElement>(tpl);
  const el = (wrap.localName === 'ansinh-stat-chart' ? wrap : wrap.querySelector('ansinh-stat-chart')) as AnsinhStatChart;
  await el.whenDrawn();
  return el;
}

describe('<ansinh-stat-chart>', () => {
  it('line chart: figure, caption and a Vietnamese summary that is the canvas name', async () => {
    const el = await chart(html`<div style="width: 640px"><ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart></div>`);
    const figure = q(el, 'figure');
    expect(q(el, 'figcaption .title').textContent).to.equal('Tỷ lệ hài lòng của người bệnh nội trú');
    const summary = plain(el.summaryText);
    expect(summary).to.contain('Khoa Nội: Quý II/2025 đạt 84,5%, tăng 3,7 điểm phần trăm so với Quý I/2025 (80,8%).');
    expect(summary).to.contain('Khoa Ngoại: Quý II/2025 đạt 76,3%, giảm 3,6 điểm phần trăm so với Quý I/2025 (79,9%).');
    expect(summary).to.contain('Cao nhất (Quý II/2025): Khoa Nội, 84,5%; thấp nhất: Khoa Ngoại, 76,3%.');
    expect(summary).to.contain('Mục tiêu: ≥ 80%.');
    expect(plain(q(el, 'figcaption .summary').textContent!)).to.equal(summary);
    expect(figure.getAttribute('aria-describedby')).to.equal(q(el, 'figcaption .summary').id);
    const canvas = canvasOf(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(plain(canvas.getAttribute('aria-label')!)).to.equal(summary);
    // The target is drawn as a dashed line after the two wards.
    const datasets = chartOf(el).data.datasets;
    expect(datasets.map((d) => d.label)).to.deep.equal(['Khoa Nội', 'Khoa Ngoại', 'Chỉ tiêu quốc gia: ≥ 80%']);
    expect((datasets[2] as { borderDash?: number[] }).borderDash).to.deep.equal([6, 6]);
    await expect(el).to.be.accessible();
  });

  it('English: summary, period labels and table in en', async () => {
    const el = await chart(html`<div lang="en"><ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart></div>`);
    const summary = plain(el.summaryText);
    expect(summary).to.contain('Internal medicine: 84.5% in Q2 2025, up 3.7 percentage points from Q1 2025 (80.8%).');
    expect(summary).to.contain('Target: ≥ 80%.');
    q<HTMLButtonElement>(el, '[data-action="toggle"]').click();
    await el.updateComplete;
    expect(tableRows(el)[0]).to.deep.equal(['Period', 'Internal medicine', 'Surgery']);
    expect(q(el, 'caption').textContent).to.contain('Data table: Inpatient satisfaction rate');
    await expect(el).to.be.accessible();
  });

  it('the table toggle shows a real table with headers and the same numbers', async () => {
    const el = await chart(html`<ansinh-stat-chart type="bar" .data=${satisfaction}></ansinh-stat-chart>`);
    const toggle = q<HTMLButtonElement>(el, '[data-action="toggle"]');
    const region = q(el, '.table-wrap');
    expect(region.hidden).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Xem bảng số liệu');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(region.hidden).to.equal(false);
    expect(q(el, '.chart').classList.contains('is-hidden')).to.equal(true);
    expect(toggle.textContent!.trim()).to.equal('Xem biểu đồ');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Kỳ báo cáo', 'Khoa Nội', 'Khoa Ngoại']);
    expect(rows[1]).to.deep.equal(['Quý III/2024', '78,2%', '75%']);
    expect(rows[4]).to.deep.equal(['Quý II/2025', '84,5%', '76,3%']);
    expect(rows[5]).to.deep.equal(['Chỉ tiêu quốc gia', '≥ 80%']);
    expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]').length).to.equal(3);
    expect(el.shadowRoot!.querySelectorAll('tbody th[scope="row"]').length).to.equal(4);
    // The drawing holds the same numbers.
    expect(chartOf(el).data.datasets[0]!.data).to.deep.equal([78.2, 80.1, 80.8, 84.5]);
    await expect(el).to.be.accessible();
  });

  it('small counts: "<5" in the table, left out of the drawing, a complementary cell hidden, a note', async () => {
    const el = await chart(html`<ansinh-stat-chart type="bar" .data=${residentsBySex}></ansinh-stat-chart>`);
    q<HTMLButtonElement>(el, '[data-action="toggle"]').click();
    await el.updateComplete;
    const rows = tableRows(el);
    expect(rows[0]).to.deep.equal(['Kỳ báo cáo', 'Nam', 'Nữ', 'Khác', 'Tổng']);
    expect(rows[1]).to.deep.equal(['Năm 2024', '40', '12', '0', '52']);
    // 3 women is hidden; "other" (9) is hidden too, or 50 - 38 - 9 would give the 3 away.
    expect(rows[2]).to.deep.equal(['Năm 2025', '38', '<5', 'ẩn', '50']);
    const datasets = chartOf(el).data.datasets;
    expect(datasets.map((d) => d.data[1])).to.deep.equal([38, null, null]);
    // Nothing in the element's text or the canvas name reveals 3 or 9.
    expect(el.summaryText).to.contain('1 ô có số nhỏ hơn 5 được ẩn');
    expect(el.summaryText).to.contain('1 ô khác được ẩn');
    const everything = plain(el.shadowRoot!.textContent ?? '') + canvasOf(el).getAttribute('aria-label');
    expect(everything).not.to.match(/\b3\b|\b9\b/);
    expect(el.toCsv()).not.to.match(/;3(;|\r)|;9(;|\r)/);
    expect(el.toCsv({ dialect: 'standard' })).not.to.match(/,3(,|\r)|,9(,|\r)/);
    await expect(el).to.be.accessible();
  });

  it('suppress-below overrides the dataset threshold; 0 turns it off', async () => {
    const el = await chart(html`<ansinh-stat-chart .data=${residentsBySex} suppress-below="10"></ansinh-stat-chart>`);
    expect(el.chartModel!.threshold).to.equal(10);
    expect(el.chartModel!.cells[2]![1]!.state).to.equal('suppressed'); // other = 9
    el.suppressBelow = 0;
    await el.whenDrawn();
    expect(el.chartModel!.suppressedCount).to.equal(0);
    expect(chartOf(el).data.datasets[1]!.data).to.deep.equal([12, 3]);
  });

  it('pie: shares are computed over the parts shown, the small one is not drawn', async () => {
    const el = await chart(html`<ansinh-stat-chart type="pie" .data=${childrenByCommune}></ansinh-stat-chart>`);
    const summary = plain(el.summaryText);
    expect(summary).to.contain('Lớn nhất: Xã Tân Lập, 120 (48,4%); nhỏ nhất: Đặc khu Cô Tô, 48 (19,4%).');
    expect(summary).to.contain('Tỷ lệ tính trên các phần được hiển thị.');
    expect(chartOf(el).data.datasets[0]!.data).to.deep.equal([120, 80, null, 48]);
    expect(chartOf(el).data.labels).to.deep.equal(['Xã Tân Lập', 'Phường Bắc Sơn', 'Xã Hòa Bình', 'Đặc khu Cô Tô']);
    await expect(el).to.be.accessible();
  });

  it('doughnut and horizontal stacked bars draw with Chart.js', async () => {
    const d = await chart(html`<ansinh-stat-chart type="doughnut" .data=${childrenByCommune}></ansinh-stat-chart>`);
    expect((chartOf(d).config as { type: string }).type).to.equal('doughnut');
    const b = await chart(html`<ansinh-stat-chart type="bar" stacked horizontal .data=${residentsBySex}></ansinh-stat-chart>`);
    const c = chartOf(b);
    expect(c.options.indexAxis).to.equal('y');
    expect((c.options.scales!['x'] as { stacked?: boolean }).stacked).to.equal(true);
  });

  it('VND figures in the table and compact units on the axis', async () => {
    const el = await chart(html`<ansinh-stat-chart .data=${donations}></ansinh-stat-chart>`);
    q<HTMLButtonElement>(el, '[data-action="toggle"]').click();
    await el.updateComplete;
    expect(tableRows(el)[1]).to.deep.equal(['Tháng 1/2025', '1.200.000.000 ₫']);
    const y = chartOf(el).scales['y']!;
    const labels = y.ticks.map((t) => plain(String(t.label)));
    expect(labels.some((l) => /tỷ ₫$/.test(l))).to.equal(true);
    expect(labels.some((l) => /triệu ₫$/.test(l))).to.equal(true);
  });

  it('keyboard: arrows move over data points and announce them, Enter fires ansinh-select', async () => {
    const el = await chart(html`<ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart>`);
    canvasOf(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const live = q(el, '[role="status"][aria-live="polite"]');
    expect(plain(live.textContent!)).to.equal('Quý IV/2024, Khoa Nội: 80,1%');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(plain(live.textContent!)).to.equal('Quý IV/2024, Khoa Ngoại: 77,4%');
    expect(chartOf(el).getActiveElements()).to.deep.include({ datasetIndex: 1, index: 1, element: chartOf(el).getActiveElements()[0]!.element });
    const fired = nextEvent<AnsinhStatChartEventMap, 'ansinh-select'>(el, 'ansinh-select');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail).to.deep.equal({ period: '2024Q4', orgUnit: 'khoa-ngoai', value: 77.4 });
    expect(event.bubbles && event.composed).to.equal(true);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(plain(live.textContent!)).to.equal('Quý II/2025, Khoa Ngoại: 76,3%');
  });

  it('a click on a bar fires ansinh-select with that point; a hidden cell gives value null', async () => {
    const el = await chart(html`<div style="width: 600px"><ansinh-stat-chart type="bar" .data=${residentsBySex}></ansinh-stat-chart></div>`);
    const c = chartOf(el);
    // Final positions (the bars may still be growing).
    const bar = c.getDatasetMeta(0).data[1]!.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
    const rect = canvasOf(el).getBoundingClientRect();
    const fired = nextEvent<AnsinhStatChartEventMap, 'ansinh-select'>(el, 'ansinh-select');
    const { sendMouse } = await import('@web/test-runner-commands');
    await sendMouse({ type: 'click', position: [Math.round(rect.left + bar.x), Math.round(rect.top + (bar.y + bar.base) / 2)] });
    const event = await fired;
    expect(event.detail).to.deep.equal({ period: '2025', orgUnit: 'tt-ctxh', category: 'male', value: 38 });
    // Keyboard onto the hidden cell: the figure never leaves the element.
    canvasOf(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    const hidden = nextEvent<AnsinhStatChartEventMap, 'ansinh-select'>(el, 'ansinh-select');
    await sendKeys({ press: 'Enter' });
    expect((await hidden).detail).to.deep.equal({
      period: '2025',
      orgUnit: 'tt-ctxh',
      category: 'female',
      value: null,
    });
    expect(plain(q(el, '[aria-live="polite"]').textContent!)).to.equal('Đã chọn Năm 2025, Nữ: <5');
  });

  it('CSV export: BOM, headers, raw numbers, hidden cells as "<5"; PNG export is a PNG', async () => {
    const el = await chart(html`<ansinh-stat-chart .data=${residentsBySex}></ansinh-stat-chart>`);
    const csv = el.toCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'Kỳ báo cáo;Nam;Nữ;Khác;Tổng',
      'Năm 2024;40;12;0;52',
      'Năm 2025;38;<5;ẩn;50',
      '',
    ]);
    const png = await el.toPng();
    expect(png).to.be.instanceOf(Blob);
    expect(png!.type).to.equal('image/png');
    const bytes = new Uint8Array(await png!.slice(0, 4).arrayBuffer());
    expect(Array.from(bytes)).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
  });

  it('re-themes when an ancestor changes data-ansinh-theme, with hatching in high contrast', async () => {
    const wrap = await fixture<HTMLElement>(html`<div data-ansinh-theme="light"><ansinh-stat-chart .data=${satisfaction}></ansinh-stat-chart></div>`);
    const el = wrap.querySelector('ansinh-stat-chart')!;
    await el.whenDrawn();
    const light = chartOf(el).data.datasets[0]!.backgroundColor;
    expect(light).to.equal('rgb(0, 114, 178)');
    wrap.setAttribute('data-ansinh-theme', 'dark');
    await new Promise((r) => setTimeout(r));
    await el.whenDrawn();
    expect(chartOf(el).data.datasets[0]!.backgroundColor).to.equal('rgb(86, 180, 233)');
    wrap.setAttribute('data-ansinh-theme', 'high-contrast');
    await new Promise((r) => setTimeout(r));
    await el.whenDrawn();
    expect(chartOf(el).data.datasets[0]!.backgroundColor).to.be.instanceOf(CanvasPattern);
    // A portal's own palette wins.
    el.style.setProperty('--ansinh-chart-1', 'rgb(1, 2, 3)');
    wrap.setAttribute('data-ansinh-theme', 'light');
    await new Promise((r) => setTimeout(r));
    await el.whenDrawn();
    expect(chartOf(el).data.datasets[0]!.backgroundColor).to.equal('rgb(1, 2, 3)');
    await expect(el).to.be.accessible();
  });

  it('no animation under prefers-reduced-motion', async function () {
    // Emulates media: the BiDi driver of Firefox cannot (test/helpers/engine.ts).
    if (!driverEmulatesMedia) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await chart(html`<ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart>`);
      expect(chartOf(el).options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await chart(html`<ansinh-stat-chart type="line" .data=${satisfaction}></ansinh-stat-chart>`);
    expect(chartOf(el).options.animation).not.to.equal(false);
  });

  it('fits 320 px: no horizontal overflow outside the scrollable table', async () => {
    const el = await chart(html`<div style="width: 320px"><ansinh-stat-chart .data=${satisfaction}></ansinh-stat-chart></div>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(canvasOf(el).getBoundingClientRect().width).to.be.at.most(320);
    expect(q(el, 'figure').scrollWidth).to.be.at.most(320);
    expect(chartOf(el).options.plugins!.legend!.position).to.equal('bottom');
  });

  it('reads its dataset from a JSON child (server-rendered portals)', async () => {
    const json = JSON.stringify(satisfaction);
    const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart type="line"></ansinh-stat-chart>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    await new Promise((r) => setTimeout(r));
    await el.whenDrawn();
    expect(el.chartModel!.series.length).to.equal(2);
  });

  it('period and org-unit hold a dimension fixed; series-by picks the series', async () => {
    const el = await chart(html`<ansinh-stat-chart .data=${satisfaction} series-by="period"></ansinh-stat-chart>`);
    expect(el.chartModel!.xDim).to.equal('orgUnit');
    expect(el.chartModel!.series.map((s) => s.label)).to.deep.equal(['Quý III/2024', 'Quý IV/2024', 'Quý I/2025', 'Quý II/2025']);
    const pie = await chart(html`<ansinh-stat-chart type="pie" .data=${satisfaction} period="2024Q4"></ansinh-stat-chart>`);
    expect(pie.chartModel!.fixed.period!.label).to.equal('Quý IV/2024');
    expect(chartOf(pie).data.datasets[0]!.data).to.deep.equal([80.1, 77.4]);
  });
});
