/** Ids of the built-in Ministry of Health templates. No template data here, so importing is free. */
export const SURVEY_TEMPLATE_IDS = ['moh-inpatient', 'moh-outpatient', 'moh-staff'] as const;
export type SurveyTemplateId = (typeof SURVEY_TEMPLATE_IDS)[number];

export function isSurveyTemplateId(id: unknown): id is SurveyTemplateId {
  return typeof id === 'string' && (SURVEY_TEMPLATE_IDS as readonly string[]).includes(id);
}
