/**
 * Lazy loading of the built-in templates: each template is its own chunk, so a page that uses
 * `template="moh-staff"` never downloads the patient forms. Import this module (not `index.js`)
 * from components that only need templates on demand.
 */
import type { SurveyDefinition } from '../survey.js';
import { isSurveyTemplateId, type SurveyTemplateId } from './ids.js';

const loaders: Record<SurveyTemplateId, () => Promise<{ default: SurveyDefinition }>> = {
  'moh-inpatient': () => import('./moh-inpatient.js'),
  'moh-outpatient': () => import('./moh-outpatient.js'),
  'moh-staff': () => import('./moh-staff.js'),
};

/**
 * Loads a built-in template and returns a fresh deep copy (callers may change it freely).
 * Rejects with a `RangeError` for an unknown id.
 */
export async function loadSurveyTemplate(id: SurveyTemplateId | string): Promise<SurveyDefinition> {
  if (!isSurveyTemplateId(id)) throw new RangeError(`Unknown survey template "${String(id)}"`);
  const mod = await loaders[id]();
  return structuredClone(mod.default);
}
