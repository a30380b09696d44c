import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { hostStyles } from '../../base/primitives/styles.js';
import type { ContractIssue } from '../../contract/issues.js';
import { parseList, parseSurveyDefinition, parseSurveyResponse } from '../../contract/parse.js';
import type { LocalizedText } from '../../contract/shared.js';
import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { loadSurveyTemplate } from '../survey/templates/load.js';
import { surveyResponsesToCsv, type SurveyCsvOptions } from './csv.js';
import { CSV_MIME } from '../../base/controllers/export.js';
import { downloadText } from '../../base/controllers/download.js';
import { chartDataset, type ChartRow, type ChartSpec } from './datasets.js';
import {
  compareWithTarget,
  computeSurveyIndices,
  type PeriodGranularity,
  type SatisfactionIndex,
  type SurveyIndices,
} from './indices.js';
import { resultsMessages } from './messages.js';
import { resultsStyles } from './survey-results.styles.js';
// Types only (erased at build time): they tell tools which tags exist. The tags themselves are
// registered by `define/survey-results.ts`; the chart never is, so Chart.js stays out.
import type {} from '../../base/primitives/badge.js';
import type {} from '../../base/primitives/button.js';
import type {} from '../../base/primitives/state.js';
import type {} from '../stat-chart/stat-chart.js';

export type ResultsGroupBy = 'section' | 'ward' | 'period';

interface Row {
  key: string;
  code?: string;
  label: LocalizedText;
  responses?: number;
  index: SatisfactionIndex;
}

const prefixed = (prefix: string, issues: readonly ContractIssue[]) =>
  issues.map((i) => ({ ...i, path: [prefix, ...i.path] }));

/**
 * Satisfaction survey results: the Ministry of Health indices (mean score out of 5 and as a
 * percentage; satisfaction rate = answers 4–5 / valid answers, "not used" excluded) per section,
 * ward or period and per question, G1 and the single-choice distributions, compared with a
 * target; a CSV export for Excel and the national reporting columns.
 *
 * Tables are always rendered (with captions and row/column headers); when the page has
 * registered `<ansinh-stat-chart>`, each table also gets a chart. The chart is never imported
 * here, so Chart.js is not part of this element's bundle.
 *
 * @summary Indices, tables, charts and CSV export for satisfaction survey responses.
 *
 * @attr template - Id of a built-in template (`moh-inpatient`, `moh-outpatient`, `moh-staff`) used when no `.definition` is set.
 * @attr target - Satisfaction-rate target as a ratio (0.8) or a percentage (80).
 * @attr group-by - Main table: `section` (default), `ward` or `period`.
 * @attr period - Period length when grouping by period: `month` (default) or `quarter`.
 * @attr csv-delimiter - `;` (default, Excel in Vietnamese) or `,`.
 * @event ansinh-invalid - The definition or the responses failed the contract. `detail`: `{ issues }`.
 * @csspart results - The whole report.
 * @csspart summary - The key figures.
 * @csspart table - Every table.
 * @csspart download - The CSV button.
 * @csspart issues - The error state.
 * @cssprop --ansinh-survey-results-card-background - Background of the key figures.
 */
export class AnsinhSurveyResults extends AnsinhElement {
  static override styles = [hostStyles, resultsStyles];
  static override jsonProperty = 'responses';

  /** Id of a built-in template, loaded on demand when no `.definition` is given. */
  @property() template?: string;
  /** Satisfaction-rate target: a ratio (0.8) or a percentage (80). */
  @property({ type: Number }) target?: number;
  /** Main grouping: `section`, `ward` or `period` (`month`/`quarter` also accepted). */
  @property({ attribute: 'group-by' }) groupBy: ResultsGroupBy | 'month' | 'quarter' = 'section';
  /** Period length for `group-by="period"`. */
  @property() period: PeriodGranularity = 'month';
  /** CSV column separator. */
  @property({ attribute: 'csv-delimiter' }) csvDelimiter: ';' | ',' = ';';
  /** Names of wards by code (`{ noi: 'Khoa Nội' }` or `{ noi: { vi: 'Khoa Nội', en: 'Internal medicine' } }`); codes show otherwise. */
  @property({ attribute: false }) wardNames: Record<string, string | LocalizedText> = {};

  @state() private _loading = false;
  @state() private _templateError?: string;
  @state() private _chartDefined = false;

  private _definition?: SurveyDefinition;
  private _explicitDefinition = false;
  private _responses: SurveyResponse[] = [];
  private _definitionIssues: ContractIssue[] = [];
  private _responseIssues: ContractIssue[] = [];
  private _loadToken = 0;
  private _memo?: { def: SurveyDefinition; responses: SurveyResponse[]; period: PeriodGranularity; value: SurveyIndices };

  /** The survey definition (validated with `parseSurveyDefinition`). Wins over `template`. */
  get definition(): SurveyDefinition | undefined {
    return this._definition;
  }
  set definition(value: unknown) {
    this._explicitDefinition = value !== undefined && value !== null;
    this._loadToken += 1; // a pending template load must not overwrite this
    this._loading = false;
    this._templateError = undefined;
    this.acceptDefinition(value);
  }

  /** The responses (each validated with `parseSurveyResponse`). Also read from a JSON child. */
  get responses(): SurveyResponse[] {
    return this._responses;
  }
  set responses(value: unknown) {
    if (value === undefined || value === null) {
      this._responses = [];
      this._responseIssues = [];
    } else {
      const r = parseList(value, parseSurveyResponse);
      this._responses = r.ok ? r.value : [];
      this._responseIssues = r.ok ? [] : prefixed('responses', r.issues);
    }
    this.publishIssues();
  }

  /** The computed indices, or undefined without a valid definition. */
  get indices(): SurveyIndices | undefined {
    const def = this._definition;
    if (!def) return undefined;
    const period = this.granularity;
    const m = this._memo;
    if (m && m.def === def && m.responses === this._responses && m.period === period) return m.value;
    const value = computeSurveyIndices(def, this._responses, { period });
    this._memo = { def, responses: this._responses, period, value };
    return value;
  }

  /** The counted responses as CSV text (UTF-8 BOM, see `csv.ts`); '' without a definition. */
  toCsv(options: SurveyCsvOptions = {}): string {
    const def = this._definition;
    if (!def) return '';
    return surveyResponsesToCsv(def, this.countedResponses(def), { dialect: this.delimiter === ',' ? 'standard' : 'excel-vi', ...options });
  }

  /** Starts a download of `toCsv()` through a Blob and an object URL (works under a strict CSP). */
  downloadCsv(): void {
    const def = this._definition;
    if (!def) return;
    downloadText(this.renderRoot, this.toCsv(), `${def.id}-${def.version}-${new Date().toISOString().slice(0, 10)}.csv`, CSV_MIME);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const registry = globalThis.customElements;
    this._chartDefined = !!registry?.get('ansinh-stat-chart');
    if (!this._chartDefined && registry) {
      void registry.whenDefined('ansinh-stat-chart').then(() => {
        this._chartDefined = true;
      });
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('template') && !this._explicitDefinition) void this.loadTemplate();
  }

  private get granularity(): PeriodGranularity {
    if (this.groupBy === 'quarter') return 'quarter';
    if (this.groupBy === 'month') return 'month';
    return this.period === 'quarter' ? 'quarter' : 'month';
  }

  private get delimiter(): ';' | ',' {
    return this.csvDelimiter === ',' ? ',' : ';';
  }

  /** The target as a ratio in [0, 1], or undefined when unset or unusable. */
  private get targetRatio(): number | undefined {
    const t = this.target;
    if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0) return undefined;
    if (t <= 1) return t;
    if (t <= 100) return t / 100;
    return undefined;
  }

  private countedResponses(def: SurveyDefinition): SurveyResponse[] {
    return this._responses.filter((r) => r.definitionId === def.id && (r.status === 'completed' || r.status === 'amended'));
  }

  private acceptDefinition(value: unknown): void {
    if (value === undefined || value === null) {
      this._definition = undefined;
      this._definitionIssues = [];
    } else {
      const r = parseSurveyDefinition(value);
      this._definition = r.ok ? r.value : undefined;
      this._definitionIssues = r.ok ? [] : prefixed('definition', r.issues);
    }
    this.publishIssues();
  }

  private publishIssues(): void {
    this.showContractIssues([...this._definitionIssues, ...this._responseIssues]);
    this.requestUpdate();
  }

  private async loadTemplate(): Promise<void> {
    const id = this.template;
    const token = ++this._loadToken;
    this._templateError = undefined;
    if (!id) {
      this._definition = undefined;
      this._loading = false;
      return;
    }
    this._loading = true;
    try {
      const def = await loadSurveyTemplate(id);
      if (token !== this._loadToken) return;
      this.acceptDefinition(def);
    } catch {
      if (token !== this._loadToken) return;
      this._definition = undefined;
      this._templateError = id;
    } finally {
      if (token === this._loadToken) this._loading = false;
    }
  }

  // ----- rendering ---------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const m = resultsMessages[this.locale];
    if (this.hasContractErrors) return this.renderContractIssues();
    if (this._templateError !== undefined) {
      return html`<ansinh-state kind="error">${m.templateError(this._templateError)}</ansinh-state>`;
    }
    const def = this._definition;
    if (!def) {
      return this._loading
        ? html`<ansinh-state kind="loading"></ansinh-state>`
        : html`<ansinh-state kind="empty">${m.noDefinition}</ansinh-state>`;
    }
    const ix = this.indices!;
    const lang = this.locale;
    return html`<section class="results" part="results" aria-labelledby="heading">
      <header>
        <h2 id="heading">${m.heading(def.title[lang] ?? def.title.vi)}</h2>
        <p class="source">
          ${m.version}: ${def.version}${def.template?.source ? html` · ${m.source}: ${def.template.source}` : nothing}
        </p>
      </header>
      ${ix.counted === 0
        ? html`${this.renderExcluded(ix)}<ansinh-state kind="empty">${m.empty}</ansinh-state>`
        : html`${this.renderSummary(ix)} ${this.renderExcluded(ix)}
            <div class="toolbar">
              <ansinh-button
                part="download"
                type="button"
                variant="secondary"
                @click=${() => this.downloadCsv()}
                >${m.downloadCsv}</ansinh-button
              >
            </div>
            ${this.renderMainTable(ix)} ${this.renderItemTable(ix)} ${ix.distributions.map((d) => this.renderDistribution(d))}`}
    </section>`;
  }

  private renderExcluded(ix: SurveyIndices): TemplateResult | typeof nothing {
    const { status, otherForm } = ix.excluded;
    if (status + otherForm === 0) return nothing;
    return html`<p class="note" role="note">${resultsMessages[this.locale].excluded(status, otherForm)}</p>`;
  }

  private fmtMean(v: number | null): string {
    return v === null ? '—' : formatNumber(v, this.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  private fmtPct(v: number | null): string {
    return v === null ? '—' : formatPercent(v, this.locale, 1);
  }

  private renderBadge(value: number | null): TemplateResult | typeof nothing {
    const target = this.targetRatio;
    if (target === undefined) return nothing;
    const m = resultsMessages[this.locale];
    const c = compareWithTarget(value, target);
    if (c.met === null) return html`<ansinh-badge tone="neutral">${m.noData}</ansinh-badge>`;
    return c.met
      ? html`<ansinh-badge tone="success">${m.met}</ansinh-badge>`
      : html`<ansinh-badge tone="danger">${m.notMet}</ansinh-badge>`;
  }

  private fmtGap(value: number | null): string {
    const target = this.targetRatio;
    if (target === undefined) return '';
    const c = compareWithTarget(value, target);
    if (c.gap === null) return '—';
    return formatNumber(c.gap, this.locale, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 });
  }

  private renderSummary(ix: SurveyIndices): TemplateResult {
    const m = resultsMessages[this.locale];
    const o = ix.overall;
    const target = this.targetRatio;
    const e = ix.expectation;
    const lang = this.locale;
    return html`<dl class="summary" part="summary">
        <div>
          <dt>${m.responses}</dt>
          <dd>${formatNumber(ix.counted, lang)}</dd>
        </div>
        <div>
          <dt>${m.mean}</dt>
          <dd>${m.meanOutOf5(this.fmtMean(o.mean))}<small>${this.fmtPct(o.meanPercent)}</small></dd>
        </div>
        <div>
          <dt>${m.rate}</dt>
          <dd>
            ${this.fmtPct(o.satisfactionRate)}
            ${target !== undefined
              ? html`<small>${m.targetValue(formatPercent(target, lang, 1))} ${this.renderBadge(o.satisfactionRate)}</small>`
              : nothing}
          </dd>
        </div>
        ${e
          ? html`<div>
              <dt>${m.expectation}</dt>
              <dd>
                ${e.mean === null ? '—' : `${formatNumber(e.mean, lang, { maximumFractionDigits: 1 })}%`}
                ${e.count > 0
                  ? html`<small
                      >${m.expectationRange(
                        formatNumber(e.min ?? 0, lang),
                        formatNumber(e.max ?? 0, lang),
                        formatNumber(e.count, lang),
                      )}</small
                    >`
                  : nothing}
              </dd>
            </div>`
          : nothing}
      </dl>
      <p class="note">${m.rateHelp}</p>`;
  }

  private wardLabel(code: string): LocalizedText {
    const name = this.wardNames && Object.prototype.hasOwnProperty.call(this.wardNames, code) ? this.wardNames[code] : undefined;
    if (typeof name === 'string' && name) return { vi: name, en: name };
    if (name && typeof name === 'object' && typeof name.vi === 'string') return name;
    return { vi: code, en: code };
  }

  private periodLabel(key: string): LocalizedText {
    const vi = resultsMessages.vi;
    const en = resultsMessages.en;
    if (key === '') return { vi: vi.unknownPeriod, en: en.unknownPeriod };
    const month = /^(\d{4})M(\d{2})$/.exec(key);
    if (month) return { vi: vi.month(month[2]!, month[1]!), en: en.month(month[2]!, month[1]!) };
    const q = /^(\d{4})Q(\d)$/.exec(key);
    if (q) return { vi: vi.quarter(q[2]!, q[1]!), en: en.quarter(q[2]!, q[1]!) };
    return { vi: key, en: key };
  }

  private renderMainTable(ix: SurveyIndices): TemplateResult {
    const m = resultsMessages[this.locale];
    const g = this.groupBy;
    const by: ResultsGroupBy = g === 'ward' ? 'ward' : g === 'period' || g === 'month' || g === 'quarter' ? 'period' : 'section';
    if (by === 'ward') {
      const rows: Row[] = ix.wards.map((w) => ({
        key: w.key,
        label: w.key === '' ? { vi: resultsMessages.vi.unknownWard, en: resultsMessages.en.unknownWard } : this.wardLabel(w.key),
        responses: w.responses,
        index: w.index,
      }));
      return this.renderIndexTable('by-ward', m.byWard, m.ward, rows, ix.overall, 'category');
    }
    if (by === 'period') {
      const rows: Row[] = ix.periods.map((p) => ({ key: p.key, label: this.periodLabel(p.key), responses: p.responses, index: p.index }));
      return this.renderIndexTable('by-period', m.byPeriod, m.period, rows, ix.overall, 'period');
    }
    const rows: Row[] = ix.sections.map((s) => ({ key: s.id, ...(s.code ? { code: s.code } : {}), label: s.title, index: s.index }));
    return this.renderIndexTable('by-section', m.bySection, m.section, rows, ix.overall, 'category');
  }

  private renderItemTable(ix: SurveyIndices): TemplateResult {
    const m = resultsMessages[this.locale];
    const rows: Row[] = ix.sections.flatMap((s) => s.items.map((i) => ({ key: i.code, code: i.code, label: i.text, index: i.index })));
    return html`<details>
      <summary>${m.byItem}</summary>
      ${this.renderIndexTable('by-item', m.byItem, m.item, rows, undefined, 'category')}
    </details>`;
  }

  private renderIndexTable(
    id: string,
    caption: string,
    keyHeader: string,
    rows: Row[],
    total: SatisfactionIndex | undefined,
    axis: 'category' | 'period',
  ): TemplateResult {
    const m = resultsMessages[this.locale];
    const lang = this.locale;
    const withTarget = this.targetRatio !== undefined;
    const withResponses = rows.some((r) => r.responses !== undefined);
    const cells = (index: SatisfactionIndex) => html`
      <td class="num">${formatNumber(index.valid, lang)}</td>
      <td class="num">${formatNumber(index.notUsed, lang)}</td>
      <td class="num">${this.fmtMean(index.mean)}</td>
      <td class="num">${this.fmtPct(index.meanPercent)}</td>
      <td class="num">${this.fmtPct(index.satisfactionRate)}</td>
      ${withTarget
        ? html`<td class="target">${this.renderBadge(index.satisfactionRate)}</td>
            <td class="num">${this.fmtGap(index.satisfactionRate)}</td>`
        : nothing}
    `;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${caption}>
        <table part="table" data-table=${id}>
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${keyHeader}</th>
              ${withResponses ? html`<th scope="col" class="num">${m.responses}</th>` : nothing}
              <th scope="col" class="num">${m.valid}</th>
              <th scope="col" class="num">${m.notUsed}</th>
              <th scope="col" class="num">${m.mean}</th>
              <th scope="col" class="num">${m.meanPercent}</th>
              <th scope="col" class="num">${m.rate}</th>
              ${withTarget
                ? html`<th scope="col">${m.target}</th>
                    <th scope="col" class="num">${m.gap}</th>`
                : nothing}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-key=${r.key}>
                <th scope="row">
                  ${r.code ? html`<span class="code">${r.code}.</span>` : nothing}${r.label[lang] || r.label.vi}
                </th>
                ${withResponses ? html`<td class="num">${formatNumber(r.responses ?? 0, lang)}</td>` : nothing}
                ${cells(r.index)}
              </tr>`,
            )}
          </tbody>
          ${total
            ? html`<tfoot>
                <tr>
                  <th scope="row">${m.total}</th>
                  ${withResponses
                    ? html`<td class="num">${formatNumber(rows.reduce((a, r) => a + (r.responses ?? 0), 0), lang)}</td>`
                    : nothing}
                  ${cells(total)}
                </tr>
              </tfoot>`
            : nothing}
        </table>
      </div>
      ${this.renderChart({
        id,
        title: { vi: `${resultsMessages.vi.rate} · ${caption}`, en: `${resultsMessages.en.rate} · ${caption}` },
        indicator: { code: 'satisfaction-rate', name: { vi: resultsMessages.vi.rate, en: resultsMessages.en.rate }, unit: 'percent' },
        axis,
        rows: rows.map(
          (r): ChartRow => ({
            key: r.key,
            label: r.code ? { vi: r.code, en: r.code } : r.label,
            value: r.index.satisfactionRate === null ? null : Math.round(r.index.satisfactionRate * 1000) / 10,
          }),
        ),
        period: this.dataYear(),
        ...(this.targetRatio !== undefined
          ? { target: { value: this.targetRatio * 100, label: { vi: resultsMessages.vi.target, en: resultsMessages.en.target } } }
          : {}),
      })}`;
  }

  private renderDistribution(d: SurveyIndices['distributions'][number]): TemplateResult {
    const m = resultsMessages[this.locale];
    const lang = this.locale;
    const caption = `${m.distribution(d.code)}: ${d.text[lang] || d.text.vi}`;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-label=${caption}>
        <table part="table" data-table=${`distribution-${d.code}`}>
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.option}</th>
              <th scope="col" class="num">${m.count}</th>
              <th scope="col" class="num">${m.share}</th>
            </tr>
          </thead>
          <tbody>
            ${d.options.map(
              (o) => html`<tr>
                <th scope="row">${o.label[lang] || o.label.vi}</th>
                <td class="num">${formatNumber(o.count, lang)}</td>
                <td class="num">${this.fmtPct(o.share)}</td>
              </tr>`,
            )}
            ${d.unknown > 0
              ? html`<tr>
                  <th scope="row">${m.otherValues}</th>
                  <td class="num">${formatNumber(d.unknown, lang)}</td>
                  <td class="num">${this.fmtPct(d.total ? d.unknown / d.total : null)}</td>
                </tr>`
              : nothing}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${m.total}</th>
              <td class="num">${formatNumber(d.total, lang)}</td>
              <td class="num">${d.total ? this.fmtPct(1) : '—'}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      ${this.renderChart(
        {
          id: `distribution-${d.code}`,
          title: { vi: `${resultsMessages.vi.distribution(d.code)}`, en: `${resultsMessages.en.distribution(d.code)}` },
          indicator: { code: 'answers', name: { vi: resultsMessages.vi.count, en: resultsMessages.en.count }, unit: 'count' },
          axis: 'category',
          rows: d.options.map((o) => ({ key: String(o.value), label: o.label, value: o.count })),
          period: this.dataYear(),
        },
      )}`;
  }

  /** Year of the latest response (a valid period id for category charts). */
  private dataYear(): string {
    const latest = this.indices?.periods.filter((p) => p.key !== '').at(-1)?.key;
    return latest ? latest.slice(0, 4) : String(new Date().getFullYear());
  }

  /**
   * The chart for a table, only when the page registered `<ansinh-stat-chart>` (it brings its
   * own caption, summary and data table). Long category lists use horizontal bars.
   */
  private renderChart(spec: ChartSpec): TemplateResult | typeof nothing {
    if (!this._chartDefined || spec.rows.length === 0) return nothing;
    const type = spec.axis === 'period' ? 'line' : 'bar';
    return html`<div class="chart">
      <ansinh-stat-chart type=${type} ?horizontal=${spec.axis === 'category' && spec.rows.length > 8} .data=${chartDataset(spec)}></ansinh-stat-chart>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-survey-results': AnsinhSurveyResults;
  }
}
