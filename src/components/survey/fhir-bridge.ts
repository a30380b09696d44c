import type { SurveyDefinition, SurveyResponse } from '../../contract/survey.js';

/**
 * The payload for `format="fhir"`. `ansinh/fhir` (responseToQuestionnaireResponse) is not
 * available yet, so this sends the contract JSON unchanged; switch to the FHIR mapping when it
 * lands (loaded lazily, so pages that send JSON never download it).
 */
export async function toFhir(response: SurveyResponse, _definition: SurveyDefinition): Promise<unknown> {
  return response;
}
