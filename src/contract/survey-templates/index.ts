/**
 * The Ministry of Health satisfaction survey templates as `SurveyDefinition`s: Mẫu số 1
 * (inpatient, v2), Mẫu số 2 (outpatient, v2) and Mẫu số 3 (staff, QĐ 3869/2019).
 *
 * `surveyTemplate(id)` is synchronous and pulls in all three forms; `loadSurveyTemplate(id)`
 * (also in `./load.js`) loads one form on demand. Both return a fresh deep copy each call.
 * See `./shared.ts` for the template-only keys (`note`, `contactField`, `metadataField`,
 * `externalValue`, `sourceNote`).
 */
import type { SurveyDefinition } from '../survey.js';
import { isSurveyTemplateId, type SurveyTemplateId } from './ids.js';
import { mohInpatient } from './moh-inpatient.js';
import { mohOutpatient } from './moh-outpatient.js';
import { mohStaff } from './moh-staff.js';

export { SURVEY_TEMPLATE_IDS, isSurveyTemplateId, type SurveyTemplateId } from './ids.js';
export { loadSurveyTemplate } from './load.js';
export type { MetadataField } from './shared.js';
export { PATIENT_SCALE, STAFF_SCALE, PATIENT_SCALE_ID, STAFF_SCALE_ID } from './shared.js';

const TEMPLATES: Record<SurveyTemplateId, SurveyDefinition> = {
  'moh-inpatient': mohInpatient,
  'moh-outpatient': mohOutpatient,
  'moh-staff': mohStaff,
};

/** A built-in template, as a fresh deep copy. Throws a `RangeError` for an unknown id. */
export function surveyTemplate(id: SurveyTemplateId): SurveyDefinition {
  if (!isSurveyTemplateId(id)) throw new RangeError(`Unknown survey template "${String(id)}"`);
  return structuredClone(TEMPLATES[id]);
}
