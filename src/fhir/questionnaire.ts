/**
 * SurveyDefinition <-> FHIR R4 Questionnaire. Sections become top-level groups; item types map
 * onto R4 core types (scale5/single -> choice with `ordinalValue` scores, multiple -> repeating
 * choice, allowOther -> open-choice, number -> integer/decimal with minValue/maxValue, text ->
 * string, longtext -> text, date, display, group). English travels as HL7 translation extensions.
 *
 * Import accepts questionnaires written by others: anything that has no place in a
 * SurveyDefinition (deep groups, value sets, attachments, codes…) is approximated or left out,
 * and always reported in `issues` with its path.
 */
export { questionnaireUrls, questionnaireUrl, isCanonicalNumber, toItemCode, itemOptions } from './questionnaire-shared.js';
export { surveyToQuestionnaire } from './questionnaire-export.js';
export { questionnaireToSurvey } from './questionnaire-import.js';
