/**
 * `parseX(input)` for every top-level schema. They never throw, whatever the input: problems come
 * back as `ContractIssue`s naming the field and saying what is wrong in Vietnamese and English,
 * without echoing the value (it may be personal data).
 */
export { MAX_ISSUES } from './run.js';
export { parsePartialResident, parseResident, residentWarnings } from './parse-resident.js';
export { carePlanWarnings, parseCarePlan } from './parse-care-plan.js';
export { parseSurveyDefinition, parseSurveyResponse, surveyDefinitionWarnings } from './parse-survey.js';
export { ledgerDisclosureWarnings, parseFund, parseLedgerDisclosure, parseLedgerEntry } from './parse-ledger.js';
export { parseStatDataset, statDatasetWarnings } from './parse-stat.js';
export { parseList } from './run.js';
