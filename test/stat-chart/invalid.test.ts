import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/stat-chart.js';
import type { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import { buildModel } from '../../src/components/stat-chart/model.js';
import { summarize } from '../../src/components/stat-chart/summary.js';
import { tableCsv } from '../../src/components/stat-chart/table.js';
import { parseStatDataset } from '../../src/contract/parse.js';
import { longSeries, satisfaction, residentsBySex } from './fixtures.js';
import { validateStatDataset } from '../../src/contract/stat-validate.js';

const issuesOf = (el: AnsinhStatChart) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part="issues"] li')).map((li) => ({
    code: li.getAttribute('data-path'),
    text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));

describe('<ansinh-stat-chart> with bad input', () => {
  it('an invalid dataset gives the error state (role=alert), names the field, fires ansinh-invalid', async () => {
    const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart></ansinh-stat-chart>`);
    const fired = oneEvent(el, 'ansinh-invalid');
    el.data = { ...satisfaction, values: [{ period: '2025Q1', orgUnit: 'khoa-noi', value: Number.NaN }] };
    const event = await fired;
    await el.updateComplete;
    expect(event.detail.issues[0].path).to.deep.equal(['values', 0, 'value']);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Dữ liệu không hợp lệ');
    expect(alert.textContent).to.contain('Giá trị');
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Infinity, a bad period id and a missing indicator are named', async () => {
    for (const [bad, path] of [
      [{ ...satisfaction, values: [{ period: '2025Q1', orgUnit: 'khoa-noi', value: Number.POSITIVE_INFINITY }] }, 'values.0.value'],
      [{ ...satisfaction, periods: [{ id: '2025Q5' }] }, 'periods.0.id'],
      [{ ...satisfaction, indicator: undefined }, 'indicator'],
    ] as const) {
      const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart .data=${bad}></ansinh-stat-chart>`);
      await el.updateComplete;
      expect(issuesOf(el).map((i) => i.code)).to.include(path);
    }
  });

  it('missing periods and series of different lengths are warned about, the chart still draws', async () => {
    const ds = {
      ...satisfaction,
      periods: [{ id: '2024Q3' }, { id: '2025Q1' }, { id: '2025Q2' }],
      values: satisfaction.values.filter((v) => v.period !== '2024Q4' && !(v.orgUnit === 'khoa-ngoai' && v.period === '2025Q1')),
    };
    const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart type="line" .data=${ds}></ansinh-stat-chart>`);
    expect(await el.whenDrawn()).to.equal(true);
    const status = el.shadowRoot!.querySelector('[part="issues"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    const texts = issuesOf(el).map((i) => i.text).join(' | ');
    expect(texts).to.contain('Thiếu kỳ báo cáo: Quý IV/2024.');
    expect(texts).to.contain('Chuỗi “Khoa Ngoại” chỉ có 2/3 giá trị');
    await expect(el).to.be.accessible();
  });

  it('hostile text renders as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const ds = { ...satisfaction, title: { vi: evil }, orgUnits: [{ id: 'khoa-noi', name: { vi: evil } }, satisfaction.orgUnits[1]!] };
    const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart .data=${ds}></ansinh-stat-chart>`);
    await el.whenDrawn();
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const formula = parseStatDataset({ ...satisfaction, orgUnits: [{ id: 'khoa-noi', name: { vi: '=HYPERLINK("x")' } }] });
    if (!formula.ok) throw new Error('fixture');
    const csv = tableCsv(buildModel(formula.value, { type: 'bar', seriesBy: 'period', lang: 'vi' }), 'vi');
    expect(csv).to.contain(`"'=HYPERLINK(""x"")"`);
  });

  it('long series take a quick check that agrees with the contract, and report its issues', () => {
    const ds = longSeries(3000);
    const quick = validateStatDataset(ds);
    const full = parseStatDataset(ds);
    expect(quick.ok && full.ok).to.equal(true);
    if (quick.ok && full.ok) expect(quick.value).to.deep.equal(full.value);
    const bad = { ...ds, values: ds.values.map((v, i) => (i === 2500 ? { ...v, value: Number.NaN } : v)) };
    const r = validateStatDataset(bad);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]!.path).to.deep.equal(['values', 2500, 'value']);
    const badId = { ...ds, values: ds.values.map((v, i) => (i === 10 ? { ...v, orgUnit: 'có dấu' } : v)) };
    expect(validateStatDataset(badId).ok).to.equal(false);
  });

  it('garbage never throws: error state or a chart (fast-check)', async () => {
    const el = await fixture<AnsinhStatChart>(html`<ansinh-stat-chart></ansinh-stat-chart>`);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (garbage) => {
        el.data = garbage;
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('[role="alert"]') !== null || root.querySelector('figure') !== null || garbage == null).to.equal(true);
      }),
      { numRuns: 60 },
    );
  });

  it('generated valid datasets: the model, summary and CSV never throw and never show a hidden figure', () => {
    const period = fc.constantFrom('2024', '2025', '2025Q1', '2025Q2', '2025Q4', '2025M03', '2025S1', '2025M01-M09');
    const dataset = fc.record({
      periods: fc.uniqueArray(period, { minLength: 1, maxLength: 5 }),
      units: fc.integer({ min: 1, max: 4 }),
      values: fc.array(
        fc.record({
          p: fc.nat(4),
          u: fc.nat(3),
          c: fc.option(fc.constantFrom('male', 'female'), { nil: undefined }),
          v: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
          s: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
      type: fc.constantFrom('bar', 'line', 'pie', 'doughnut' as const),
      seriesBy: fc.constantFrom('', 'period', 'orgUnit', 'sex', 'bogus'),
      lang: fc.constantFrom('vi', 'en' as const),
    });
    fc.assert(
      fc.property(dataset, (d) => {
        const input = {
          ...residentsBySex,
          periods: d.periods.map((id) => ({ id })),
          orgUnits: Array.from({ length: d.units }, (_, i) => ({ id: `u${i}`, name: { vi: `Đơn vị ${i}` } })),
          values: d.values.map((v) => ({
            period: d.periods[v.p % d.periods.length]!,
            orgUnit: `u${v.u % d.units}`,
            ...(v.c ? { category: v.c } : {}),
            value: v.v,
            ...(v.s ? { suppressed: true } : {}),
          })),
        };
        const parsed = parseStatDataset(input);
        expect(parsed.ok).to.equal(true);
        if (!parsed.ok) return;
        const model = buildModel(parsed.value, { type: d.type as 'bar', seriesBy: d.seriesBy, lang: d.lang });
        const text = summarize(model, d.lang) + tableCsv(model, d.lang);
        for (const row of model.cells) {
          for (const cell of row) {
            if (cell.state !== 'value') expect(cell.value).to.equal(null);
          }
        }
        expect(typeof text).to.equal('string');
      }),
      { numRuns: 200 },
    );
  });
});
