/**
 * `ansinh`: registers every element, and exports the element classes, their event maps and the
 * public types (issue 19: nothing internal). Import `ansinh/<element>` to register just one.
 * Elsewhere: the data sources and the outbox in `ansinh/data`; schemas and parsers in
 * `ansinh/contract`; the FHIR mapping in `ansinh/fhir`; the sample data in `ansinh/sample`.
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

// The elements, their event maps and every event detail type, so a host types its listeners
// without a cast.
export { AnsinhProvider } from './components/provider/provider.js';
export { AnsinhButton, AnsinhTextField, AnsinhSelect, AnsinhCheckboxGroup, AnsinhRadioGroup, AnsinhBadge, AnsinhState } from './base/primitives/index.js';
export type { ButtonVariant, ButtonSize, TextFieldType, ChoiceOption, BadgeTone, StateKind } from './base/primitives/index.js';
export type * from './base/events.js';
export { AnsinhResidentCard, type AnsinhResidentCardEventMap } from './components/resident-card/resident-card.js';
export { AnsinhCarePlanEditor, type AnsinhCarePlanEditorEventMap } from './components/care-plan-editor/care-plan-editor.js';
export { AnsinhSurvey, type AnsinhSurveyEventMap } from './components/survey/survey.js';
export { AnsinhSurveyResults } from './components/survey-results/survey-results.js';
export { AnsinhDonationLedger, type AnsinhDonationLedgerEventMap } from './components/donation-ledger/donation-ledger.js';
export { AnsinhStatChart, type AnsinhStatChartEventMap } from './components/stat-chart/stat-chart.js';
export { AnsinhStatFigure } from './components/stat-figure/stat-figure.js';

// The provider's protocol, for portals that write their own elements (docs/components/provider.md),
// and the tokens every element installs (docs/theming.md).
export { dataSourceContext, langContext } from './base/context.js';
export { installTokens } from './tokens/install.js';

// Public types the elements' properties and events use.
export type { DataSource, LedgerQuery, Page, RequestOptions, WriteOptions } from './data/source.js';
export type { ContractIssue, ParseResult, LocalizedMessage } from './contract/issues.js';
export type { Lang } from './i18n/lang.js';
