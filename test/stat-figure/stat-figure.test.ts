import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/stat-figure.js';
import type { AnsinhStatFigure } from '../../src/components/stat-figure/stat-figure.js';
import { residentsBySex, satisfaction } from '../stat-chart/fixtures.js';
import { sampleDatasets } from '../../src/sample/index.js';

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const part = (el: AnsinhStatFigure, name: string) => plain(el.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent);

describe('<ansinh-stat-figure>', () => {
  it('latest value, change with an arrow and words, target met (vi)', async () => {
    const el = await fixture<AnsinhStatFigure>(html`<ansinh-stat-figure .data=${satisfaction}></ansinh-stat-figure>`);
    expect(part(el, 'value')).to.equal('84,5%');
    expect(plain(el.shadowRoot!.querySelector('figcaption')!.textContent)).to.equal('Tỷ lệ hài lòng · Khoa Nội, Quý II/2025');
    expect(part(el, 'change')).to.equal('▲ Tăng 4,6% so với Quý I/2025 (80,8%)');
    expect(el.shadowRoot!.querySelector('[part="change"] [aria-hidden="true"]')!.textContent).to.equal('▲');
    expect(part(el, 'target')).to.equal('✓ Đạt mục tiêu (≥ 80%)');
    await expect(el).to.be.accessible();
  });

  it('period and org-unit attributes; a falling figure and an unmet target (en)', async () => {
    const el = await fixture<AnsinhStatFigure>(
      html`<ansinh-stat-figure lang="en" .data=${satisfaction} org-unit="khoa-ngoai" period="2025Q2"></ansinh-stat-figure>`,
    );
    expect(part(el, 'value')).to.equal('76.3%');
    expect(part(el, 'change')).to.equal('▼ Down 4.5% from Q1 2025 (79.9%)');
    expect(part(el, 'target')).to.equal('✗ Target not met (≥ 80%)');
    el.period = '2024Q3';
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('75%');
    expect(part(el, 'change')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('figures of one dataset say what each counts: the category names the figure (the demo overview)', async () => {
    const hue = sampleDatasets().find((d) => d.id === 'ttbtxh-hue-2024')!;
    const labels: string[] = [];
    for (const category of ['doi-tuong-quan-ly', 'tiep-nhan-moi-tam-than', 'xet-nghiem-kham']) {
      const el = await fixture<AnsinhStatFigure>(html`<ansinh-stat-figure .data=${hue} category=${category}></ansinh-stat-figure>`);
      labels.push(plain(el.shadowRoot!.querySelector('figcaption')!.textContent));
    }
    expect(labels).to.deep.equal([
      'Đối tượng được quản lý · Kết quả công tác, Năm 2024',
      'Tiếp nhận mới người khuyết tật thần kinh tâm thần · Kết quả công tác, Năm 2024',
      'Lượt xét nghiệm, sàng lọc, khám sức khỏe · Kết quả công tác, Năm 2024',
    ]);
    const en = await fixture<AnsinhStatFigure>(html`<ansinh-stat-figure lang="en" .data=${hue} category="xet-nghiem-kham"></ansinh-stat-figure>`);
    expect(plain(en.shadowRoot!.querySelector('figcaption')!.textContent)).to.equal('Tests, screenings and health checks · Results of the year, 2024');
  });

  it('a small count is "<5" with a note, and no change is given that would reveal it', async () => {
    const el = await fixture<AnsinhStatFigure>(html`<ansinh-stat-figure .data=${residentsBySex} category="female"></ansinh-stat-figure>`);
    expect(part(el, 'value')).to.equal('<5');
    expect(plain(el.shadowRoot!.textContent)).to.contain('Dưới 5 (ẩn để bảo vệ danh tính)');
    expect(part(el, 'change')).to.equal('');
    expect(el.view!.value).to.equal(null);
    // "other" is hidden by the complementary rule, as in the chart.
    el.category = 'other';
    await el.updateComplete;
    expect(el.view!.state).to.equal('secondary');
    expect(plain(el.shadowRoot!.textContent)).not.to.match(/\b9\b|\b3\b/);
    el.category = '';
    await el.updateComplete;
    expect(part(el, 'value')).to.equal('50');
    expect(part(el, 'change')).to.equal('▼ Giảm 3,8% so với Năm 2024 (52)');
    await expect(el).to.be.accessible();
  });

  it('invalid data: error state and ansinh-invalid; garbage never throws (fast-check)', async () => {
    const el = await fixture<AnsinhStatFigure>(html`<ansinh-stat-figure></ansinh-stat-figure>`);
    const fired = oneEvent(el, 'ansinh-invalid');
    el.data = { ...satisfaction, values: [{ period: '2025Q1', orgUnit: 'khoa-noi', value: Number.POSITIVE_INFINITY }] };
    await fired;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (garbage) => {
        el.data = garbage;
        await el.updateComplete;
      }),
      { numRuns: 50 },
    );
  });

  it('hostile names render as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await fixture<AnsinhStatFigure>(
      html`<ansinh-stat-figure .data=${{ ...satisfaction, indicator: { ...satisfaction.indicator, name: { vi: evil } } }}></ansinh-stat-figure>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.contain(evil);
  });
});
