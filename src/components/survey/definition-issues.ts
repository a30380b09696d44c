/**
 * The bilingual wording of what is wrong with an invalid definition, loaded only when a definition
 * fails the schema: the contract's field-label tables and messages stay out of valid forms.
 */
import type { ContractIssue } from '../../contract/issues.js';
import { run } from '../../contract/run.js';
import { SurveyDefinitionSchema } from '../../contract/survey.js';

export function definitionIssues(value: unknown): readonly ContractIssue[] {
  const result = run('surveyDefinition', SurveyDefinitionSchema, value);
  return result.ok ? [] : result.issues;
}
