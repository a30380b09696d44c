/**
 * `ansinh`: registers every element. Import `ansinh/<component>` to register just one.
 */
import './define/provider.js';
import './define/button.js';
import './define/text-field.js';
import './define/select.js';
import './define/checkbox-group.js';
import './define/radio-group.js';
import './define/badge.js';
import './define/state.js';
import './define/resident-card.js';
import './define/care-plan-editor.js';
import './define/survey.js';
import './define/survey-results.js';
import './define/donation-ledger.js';
import './define/stat-chart.js';
import './define/stat-figure.js';

export { AnsinhElement, defineElement } from './base/ansinh-element.js';
export { AnsinhProvider } from './components/provider/provider.js';
export * from './base/primitives/index.js';
export { dataSourceContext, langContext } from './base/context.js';
export type { DataSource, LedgerQuery, Page, RequestOptions, WriteOptions } from './data/source.js';
export { MemorySource, IndexedDbSource, RestSource, FhirSource, Outbox, DataSourceError, versionOf, withVersion, combineSources } from './data/index.js';
export type { CombinedSources } from './data/index.js';
export type { ContractIssue, ParseResult, LocalizedMessage } from './contract/issues.js';
export * from './i18n/index.js';
export { installTokens } from './tokens/install.js';

// The elements, their event maps and every event detail type, so a host types its listeners
// without a cast.
export type * from './base/events.js';
export { AnsinhResidentCard, type AnsinhResidentCardEventMap } from './components/resident-card/resident-card.js';
export { AnsinhCarePlanEditor, type AnsinhCarePlanEditorEventMap } from './components/care-plan-editor/care-plan-editor.js';
export { AnsinhSurvey, type AnsinhSurveyEventMap } from './components/survey/survey.js';
export { AnsinhSurveyResults } from './components/survey-results/survey-results.js';
export { AnsinhDonationLedger, type AnsinhDonationLedgerEventMap } from './components/donation-ledger/donation-ledger.js';
export { AnsinhStatChart, type AnsinhStatChartEventMap } from './components/stat-chart/stat-chart.js';
export { AnsinhStatFigure } from './components/stat-figure/stat-figure.js';
