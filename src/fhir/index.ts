/**
 * `ansinh/fhir`: the ansinh contract <-> FHIR R4 resources. Pure functions, no DOM, no
 * dependencies beyond the contract: runs in Node and in browsers.
 *
 * - `residentToPatient` / `patientToResident`
 * - `carePlanToFhir` (CarePlan + Goal[]) / `fhirToCarePlan`
 * - `surveyToQuestionnaire` / `questionnaireToSurvey`
 * - `responseToQuestionnaireResponse` / `questionnaireResponseToResponse`
 * - `validateResponse`: does a QuestionnaireResponse belong to its Questionnaire?
 *
 * Exports return the resource. Imports return `{ value, issues }`: whatever a resource holds that
 * ansinh cannot represent is reported in `issues` (path + vi/en message), never dropped silently.
 * Which elements are mapped: docs/contract/fhir.md.
 */
export {
  DEFAULT_FHIR_BASE,
  HL7,
  systemsFor,
  fhirId,
  type FhirImport,
  type FhirOptions,
  type FhirSystems,
} from './shared.js';
export {
  residentToPatient,
  patientToResident,
  splitVietnameseName,
  type PatientExportOptions,
  type PatientImportOptions,
  type ResidentSensitiveField,
} from './patient.js';
export { carePlanToFhir, fhirToCarePlan } from './care-plan.js';
export {
  surveyToQuestionnaire,
  questionnaireToSurvey,
  questionnaireUrl,
  toItemCode,
  itemOptions,
} from './questionnaire.js';
export {
  responseToQuestionnaireResponse,
  questionnaireResponseToResponse,
  type ResponseExportOptions,
} from './response.js';
export { validateResponse } from './validate-response.js';
export type * from './types.js';
