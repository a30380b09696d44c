import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';

/**
 * The payload for `format="fhir"`: a FHIR R4 QuestionnaireResponse from `ansinh/fhir`. Loaded on
 * demand, so pages that send contract JSON never download the mapping.
 */
export async function toFhir(response: SurveyResponse, definition: SurveyDefinition): Promise<unknown> {
  const { responseToQuestionnaireResponse } = await import('../../fhir/response.js');
  return responseToQuestionnaireResponse(response, definition);
}
