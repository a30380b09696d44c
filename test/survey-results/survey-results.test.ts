import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/survey-results.js';
import type { AnsinhSurveyResults } from '../../src/components/survey-results/survey-results.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import { parseStatDataset } from '../../src/contract/parse.js';
import { generateResponses, smallDefinition, smallResponses } from './fixtures.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const table = (el: HTMLElement, id: string) => root(el).querySelector<HTMLTableElement>(`table[data-table="${id}"]`);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowCells = (t: HTMLTableElement, key: string) =>
  Array.from(t.querySelector(`tbody tr[data-key="${key}"]`)!.children).map((c) => text(c));

async function small(props: Partial<Pick<AnsinhSurveyResults, 'target' | 'groupBy'>> = {}, lang = 'vi') {
  const el = await fixture<AnsinhSurveyResults>(
    html`<div lang=${lang}><ansinh-survey-results .definition=${smallDefinition()} .responses=${smallResponses()}></ansinh-survey-results></div>`,
  );
  const r = el.querySelector('ansinh-survey-results')!;
  Object.assign(r, props);
  await r.updateComplete;
  return r;
}

describe('<ansinh-survey-results>', () => {
  it('shows the summary and the section table with exact figures (vi)', async () => {
    const el = await fixture<AnsinhSurveyResults>(
      html`<ansinh-survey-results .definition=${smallDefinition()} .responses=${smallResponses()} target="0.8"></ansinh-survey-results>`,
    );
    const summary = text(root(el).querySelector('[part="summary"]'));
    expect(summary).to.contain('Số phiếu được tính 4');
    expect(summary).to.contain('3,44/5'); // 31/9
    expect(summary).to.contain('68,9%'); // 31/45
    expect(summary).to.contain('55,6%'); // 5/9
    expect(summary).to.contain('Chưa đạt mục tiêu');
    expect(summary).to.contain('96,7%'); // G1 mean
    expect(text(root(el).querySelector('.note[role="note"]'))).to.contain('1 phiếu chưa hoàn thành');
    const t = table(el, 'by-section')!;
    expect(text(t.querySelector('caption'))).to.equal('Theo phần');
    expect(Array.from(t.querySelectorAll('thead th')).every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(t.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(rowCells(t, 'A')).to.deep.equal(['A.Tiếp cận', '5', '1', '3,60', '72%', '60%', 'Chưa đạt mục tiêu', '-20%']);
    expect(text(t.querySelector('tfoot'))).to.contain('Tổng');
    // a badge says it in words, not by colour alone
    const badge = t.querySelector('ansinh-badge')!;
    expect(badge.getAttribute('tone')).to.equal('danger');
    expect(text(badge)).to.equal('Chưa đạt mục tiêu');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const el = await small({}, 'en');
    const summary = text(root(el).querySelector('[part="summary"]'));
    expect(summary).to.contain('Responses counted 4');
    expect(summary).to.contain('3.44/5');
    expect(summary).to.contain('55.6%');
    const t = table(el, 'by-section')!;
    expect(text(t.querySelector('caption'))).to.equal('By section');
    expect(rowCells(t, 'B')).to.deep.equal(['B.Transparency', '4', '0', '3.25', '65%', '50%']);
    expect(text(root(el).querySelector('ansinh-button'))).to.equal('Download CSV');
    await expect(el).to.be.accessible();
  });

  it('groups by ward and by quarter, with a met badge', async () => {
    const el = await fixture<AnsinhSurveyResults>(
      html`<ansinh-survey-results .definition=${smallDefinition()} .responses=${smallResponses()} group-by="ward" target="60"></ansinh-survey-results>`,
    );
    const w = table(el, 'by-ward')!;
    expect(text(w.querySelector('caption'))).to.equal('Theo khoa');
    expect(rowCells(w, 'W1')).to.deep.equal(['W1', '2', '5', '0', '4,00', '80%', '60%', 'Đạt mục tiêu', '0%']);
    expect(rowCells(w, 'W2').slice(0, 7)).to.deep.equal(['W2', '2', '4', '1', '2,75', '55%', '50%']);
    el.groupBy = 'period';
    el.period = 'quarter';
    await el.updateComplete;
    const p = table(el, 'by-period')!;
    expect(Array.from(p.querySelectorAll('tbody th')).map(text)).to.deep.equal(['Quý I/2026', 'Quý II/2026']);
    await expect(el).to.be.accessible();
  });

  it('names wards from wardNames in the page language; unknown grouping falls back to sections', async () => {
    const el = await small({ groupBy: 'ward' }, 'en');
    el.wardNames = { W1: { vi: 'Khoa Nội', en: 'Internal medicine' }, W2: 'Khoa Nhi' };
    await el.updateComplete;
    expect(Array.from(table(el, 'by-ward')!.querySelectorAll('tbody th')).map(text)).to.deep.equal(['Internal medicine', 'Khoa Nhi']);
    el.groupBy = 'nonsense' as AnsinhSurveyResults['groupBy'];
    await el.updateComplete;
    expect(table(el, 'by-section')).to.exist;
  });

  it('lists every question and the G2 distribution', async () => {
    const el = await small();
    const items = table(el, 'by-item')!;
    expect(rowCells(items, 'A2').slice(0, 6)).to.deep.equal(['A2.Lối đi', '3', '0', '3,33', '66,7%', '66,7%']);
    const g2 = table(el, 'distribution-G2')!;
    expect(text(g2.querySelector('caption'))).to.contain('Phân bố câu trả lời câu G2');
    const rows = Array.from(g2.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map(text));
    expect(rows[4]).to.deep.equal(['PA 5', '2', '66,7%']);
  });

  it('renders the MoH inpatient template from the template attribute over generated responses', async () => {
    const responses = generateResponses(surveyTemplate('moh-inpatient'), { count: 80 });
    const el = await fixture<AnsinhSurveyResults>(
      html`<ansinh-survey-results template="moh-inpatient" .responses=${responses} target="0.8"></ansinh-survey-results>`,
    );
    await waitUntil(() => table(el, 'by-section'), 'template loaded');
    expect(text(root(el).querySelector('h2'))).to.equal('Kết quả khảo sát: PHIẾU KHẢO SÁT SỰ HÀI LÒNG NGƯỜI BỆNH NỘI TRÚ');
    expect(text(root(el).querySelector('.source'))).to.contain('QĐ 56/QĐ-BYT').and.contain('QĐ 3869/QĐ-BYT');
    expect(table(el, 'by-section')!.querySelectorAll('tbody tr')).to.have.length(5);
    expect(table(el, 'by-item')!.querySelectorAll('tbody tr')).to.have.length(36);
    expect(table(el, 'distribution-E7')).to.exist;
    expect(table(el, 'distribution-G2')).to.exist;
    expect(el.indices!.counted).to.equal(80);
    await expect(el).to.be.accessible();
  });

  it('reads responses from a JSON child', async () => {
    const json = JSON.stringify(smallResponses());
    const el = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results .definition=${smallDefinition()}>
      <script type="application/json">
        ${json}
      </script>
    </ansinh-survey-results>`);
    await el.updateComplete;
    expect(el.indices!.counted).to.equal(4);
    expect(table(el, 'by-section')).to.exist;
  });

  it('shows an empty state without responses', async () => {
    const el = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results .definition=${smallDefinition()}></ansinh-survey-results>`);
    const state = root(el).querySelector('ansinh-state')!;
    expect(state.getAttribute('kind')).to.equal('empty');
    expect(text(state)).to.equal('Chưa có phiếu trả lời nào để tính kết quả.');
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the error state and fires ansinh-invalid for invalid responses', async () => {
    const el = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results .definition=${smallDefinition()}></ansinh-survey-results>`);
    const ev = oneEvent(el, 'ansinh-invalid');
    el.responses = [{ id: 'x', definitionId: 'mini', status: 'done', answers: {} }];
    const { detail } = await ev;
    expect(detail.issues.length).to.be.greaterThan(0);
    await el.updateComplete;
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('responses.0');
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error for an invalid definition and for an unknown template', async () => {
    const el = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results .definition=${{ id: 'x', sections: [] }}></ansinh-survey-results>`);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    const el2 = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results template="moh-nope"></ansinh-survey-results>`);
    await waitUntil(() => root(el2).querySelector('ansinh-state[kind="error"]'));
    expect(text(root(el2).querySelector('ansinh-state'))).to.contain('moh-nope');
  });

  it('renders hostile text as text', async () => {
    const def = smallDefinition();
    def.sections[1]!.title = { vi: '<img src=x onerror=alert(1)>', en: '<b>x</b>' };
    const responses = smallResponses().map((r) => ({ ...r, metadata: { ...r.metadata, wardCode: '<script>alert(1)</script>' } }));
    const el = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results .definition=${def} .responses=${responses} group-by="ward"></ansinh-survey-results>`);
    expect(root(el).querySelector('img, script, b')).to.equal(null);
    expect(text(table(el, 'by-ward'))).to.contain('<script>alert(1)</script>');
    el.groupBy = 'section';
    await el.updateComplete;
    expect(text(table(el, 'by-section'))).to.contain('<img src=x onerror=alert(1)>');
  });

  it('garbage never throws: error state or results (fast-check)', async () => {
    const el = await fixture<AnsinhSurveyResults>(html`<ansinh-survey-results></ansinh-survey-results>`);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (d, r) => {
        el.definition = d;
        el.responses = r;
        await el.updateComplete;
        const shown = root(el).querySelector('[role="alert"], ansinh-state, section');
        expect(shown).to.exist;
      }),
      { numRuns: 60 },
    );
  });

  it('exports CSV: toCsv() and a Blob download through an object URL', async () => {
    const el = await small();
    const csv = el.toCsv();
    expect(csv.startsWith('\uFEFFid;meta.ward;A1;A2;B1;G1;G2\r\n')).to.equal(true);
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(5); // header + 4 counted
    const blobs: Blob[] = [];
    const orig = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return orig.call(URL, b);
    };
    try {
      const button = root(el).querySelector<HTMLElement>('ansinh-button[part="download"]')!;
      expect(text(button)).to.equal('Tải CSV');
      button.click();
    } finally {
      URL.createObjectURL = orig;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(root(el).querySelector('a[download]')).to.equal(null); // cleaned up
  });

  it('honours csv-delimiter', async () => {
    const el = await small();
    el.csvDelimiter = ',';
    expect(el.toCsv().split('\r\n')[0]).to.equal('\uFEFFid,meta.ward,A1,A2,B1,G1,G2');
  });

  it('renders one chart per table only when <ansinh-stat-chart> is defined, with valid datasets', async () => {
    const before = await small({ target: 0.8 });
    expect(root(before).querySelector('ansinh-stat-chart')).to.equal(null);
    if (!customElements.get('ansinh-stat-chart')) {
      // A stand-in: the results element must not import the real chart.
      class StandIn extends HTMLElement {}
      Object.defineProperty(StandIn.prototype, 'data', {
        get(this: { _d?: unknown }) {
          return this._d;
        },
        set(this: { _d?: unknown }, v: unknown) {
          this._d = v;
        },
        configurable: true,
      });
      customElements.define('ansinh-stat-chart', StandIn);
    }
    await waitUntil(() => root(before).querySelector('ansinh-stat-chart'), 'chart rendered after definition');
    const el = await small({ target: 0.8 });
    const charts = Array.from(root(el).querySelectorAll('ansinh-stat-chart')) as (HTMLElement & { data: unknown })[];
    expect(charts.length).to.equal(root(el).querySelectorAll('table').length);
    for (const c of charts) {
      const r = parseStatDataset(c.data);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.warnings).to.deep.equal([]);
    }
    const section = parseStatDataset(charts[0]!.data);
    expect(section.ok).to.equal(true);
    if (section.ok) {
      expect(section.value.values.map((v) => v.value)).to.deep.equal([60, 50]);
      expect(section.value.targets![0]!.value).to.equal(80);
      expect(section.value.indicator.unit).to.equal('percent');
    }
  });
});
