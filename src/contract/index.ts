/**
 * `ansinh/contract`: the data contract between a portal and the components. Zod schemas (built
 * with `zod/mini` to keep browser bundles small), their TypeScript types, never-throwing
 * `parseX()` functions with bilingual issues, and a few pure helpers. No DOM: runs in Node too.
 *
 * Unknown fields survive a parse (every object is loose), so an older ansinh accepts data from a
 * newer portal. JSON Schema versions of the top-level schemas live in `docs/contract/`.
 */
export const CONTRACT_VERSION = '1.0.0';

export type { ContractIssue, LocalizedMessage, ParseResult } from './issues.js';
export * from './shared.js';
export * from './allowance.js';
export * from './resident.js';
export * from './care-plan.js';
export * from './case-file.js';
export * from './survey.js';
export * from './ledger.js';
export * from './stat.js';
export * from './disclosure.js';
export { fieldLabel, FIELD_LABELS } from './labels.js';
export * from './code-labels.js';
export { jsonSchemaRegistry } from './zod.js';
export {
  MAX_ISSUES,
  parseResident,
  parsePartialResident,
  parseCarePlan,
  parseSurveyDefinition,
  parseSurveyResponse,
  parseLedgerEntry,
  parseLedgerDisclosure,
  parseFund,
  parseStatDataset,
  parseList,
  residentWarnings,
  carePlanWarnings,
  surveyDefinitionWarnings,
  ledgerDisclosureWarnings,
  statDatasetWarnings,
} from './parse.js';
export { validateStatDataset, quickStatDataset, FAST_PATH_ITEMS } from './stat-validate.js';
