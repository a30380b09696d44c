import { linkStyles, tableScrollStyles } from '../../base/styles.js';
import { DataController } from '../../base/controllers/data.js';
import { renderDataState, renderOfflineNotice } from '../../base/parts/data-state.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { hostStyles } from '../../base/primitives/styles.js';
import type { ContractIssue } from '../../contract/issues.js';
import { parseList } from '../../contract/run.js';
import { parseSurveyDefinition, parseSurveyResponse } from '../../contract/parse-survey.js';
import type { LocalizedText } from '../../contract/shared.js';
import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';
import { loadSurveyTemplate } from '../../contract/survey-templates/load.js';
import { surveyResponsesToCsv, type SurveyCsvOptions } from './csv.js';
import { CSV_MIME } from '../../base/controllers/export.js';
import { downloadText } from '../../base/controllers/download.js';
import { computeSurveyIndices, type PeriodGranularity, type SurveyIndices } from './indices.js';
import {
  countedResponses,
  dataYear,
  distributionChartSpec,
  granularityOf,
  indexChartSpec,
  itemTable,
  mainTable,
  targetRatioOf,
  type IndexTable,
  type ResultsGroupBy,
} from './model.js';
import { resultsMessages } from './messages.js';
import { renderChart } from './parts/chart.js';
import { renderExcluded, renderSummary } from './parts/summary.js';
import { renderDistributionTable, renderIndexTable } from './parts/tables.js';
import { resultsStyles } from './survey-results.styles.js';
// Types only (erased at build time): they tell tools which tags exist. The tags themselves are
// registered by `define/survey-results.ts`. `<ansinh-stat-chart>` is neither imported nor
// registered here (not even its types: it belongs to another element's folder), so Chart.js
// stays out; it is rendered by tag name when the page has defined it.
import type {} from '../../base/primitives/badge.js';
import type {} from '../../base/primitives/button.js';
import type {} from '../../base/primitives/state.js';

export type { ResultsGroupBy };

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
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - The definition or the responses failed the contract. `detail`: `{ issues }`.
 * @csspart results - The whole report.
 * @csspart summary - The key figures.
 * @csspart table - Every table.
 * @csspart download - The CSV button.
 * @csspart issues - The error state.
 * @cssprop --ansinh-survey-results-card-background - Background of the key figures.
 */
export class AnsinhSurveyResults extends AnsinhElement {
  static override styles = [linkStyles, tableScrollStyles, hostStyles, resultsStyles];
  static override jsonProperty = 'responses';

  /** Id of a built-in template, loaded on demand when no `.definition` is given. */
  @property() template?: string;
  /**
   * Id of a survey whose definition (`getSurveyDefinition`) and responses (`listSurveyResponses`)
   * load through the nearest `<ansinh-provider>`. Ignored when `definition` or `responses` is set.
   */
  @property({ attribute: 'survey-id' }) surveyId = '';
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
  /** Loading by `survey-id` through the provider (the shared data path): the form and its responses together. */
  private readonly loader = new DataController(this, {
    read: (source) =>
      source.getSurveyDefinition && source.listSurveyResponses
        ? async (id, options) => {
            const [definition, responses] = await Promise.all([source.getSurveyDefinition!(id, options), source.listSurveyResponses!(id, options)]);
            return definition === undefined ? undefined : { definition, responses };
          }
        : undefined,
    kind: 'survey-results',
    accept: (value) => {
      const { definition, responses } = value as { definition: unknown; responses: unknown };
      this.acceptDefinition(definition);
      this.acceptResponses(responses);
    },
    reset: () => {
      this.acceptDefinition(undefined);
      this.acceptResponses(undefined);
    },
  });
  private _memo?: { def: SurveyDefinition; responses: SurveyResponse[]; period: PeriodGranularity; value: SurveyIndices };

  /** The survey definition (validated with `parseSurveyDefinition`). Wins over `template`. */
  get definition(): SurveyDefinition | undefined {
    return this._definition;
  }
  set definition(value: unknown) {
    this.loader.hand(value);
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
    this.loader.hand(value);
    this.acceptResponses(value);
  }

  private acceptResponses(value: unknown): void {
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
    return surveyResponsesToCsv(def, countedResponses(def, this._responses), { ...(options.delimiter ? {} : { dialect: this.delimiter === ',' ? 'standard' : 'excel-vi' }), ...options });
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
    if (changed.has('template') && !this._explicitDefinition && !this.surveyId) void this.loadTemplate();
    this.loader.sync(this.surveyId || undefined);
  }

  private get granularity(): PeriodGranularity {
    return granularityOf(this.groupBy, this.period);
  }

  private get delimiter(): ';' | ',' {
    return this.csvDelimiter === ',' ? ',' : ';';
  }

  /** The target as a ratio in [0, 1], or undefined when unset or unusable. */
  private get targetRatio(): number | undefined {
    return targetRatioOf(this.target);
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
    const state = this.surveyId && this.loader.state !== 'offline' ? renderDataState(this.loader, { id: this.surveyId, property: 'definition', lang: this.locale, onRetry: () => this.loader.reload() }) : nothing;
    if (state !== nothing) return state;
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
      ${renderOfflineNotice(this.loader, lang, () => this.loader.reload())}
      ${ix.counted === 0
        ? html`${renderExcluded(ix, lang)}<ansinh-state kind="empty">${m.empty}</ansinh-state>`
        : html`${renderSummary(ix, lang, this.targetRatio)} ${renderExcluded(ix, lang)}
            <div class="toolbar">
              <ansinh-button
                part="download"
                type="button"
                variant="secondary"
                @click=${() => this.downloadCsv()}
                >${m.downloadCsv}</ansinh-button
              >
            </div>
            ${this.renderTable(mainTable(ix, this.groupBy, this.wardNames))} ${this.renderItemTable(ix)} ${ix.distributions.map((d) => this.renderDistribution(d))}`}
    </section>`;
  }

  /** An index table and, when the page registered the chart, its chart. */
  private renderTable(table: IndexTable): TemplateResult {
    const lang = this.locale;
    const target = this.targetRatio;
    const caption = table.caption[lang] ?? table.caption.vi;
    const chart = renderChart(indexChartSpec(table, caption, dataYear(this.indices), target), this._chartDefined);
    return renderIndexTable(table, lang, target, chart);
  }

  private renderDistribution(d: SurveyIndices['distributions'][number]): TemplateResult {
    const chart = renderChart(distributionChartSpec(d, dataYear(this.indices)), this._chartDefined);
    return renderDistributionTable(d, this.locale, chart);
  }

  private renderItemTable(ix: SurveyIndices): TemplateResult {
    return html`<details>
      <summary>${resultsMessages[this.locale].byItem}</summary>
      ${this.renderTable(itemTable(ix))}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-survey-results': AnsinhSurveyResults;
  }
}
