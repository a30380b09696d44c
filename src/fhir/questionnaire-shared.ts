/** What the Questionnaire export and import share: canonical URLs, item codes, options. */
import { DEFAULT_SCALE5, type ScaleOption, type SurveyDefinition, type SurveyItem } from '../contract/survey.js';
import {
  extUrl,
  fhirId,
  systemsFor,
  type FhirOptions,
} from './shared.js';

export type OptionValue = string | number;
export type LeafItem = Exclude<SurveyItem, { type: 'group' }>;

export function questionnaireUrls(base: string) {
  return {
    itemType: extUrl(base, 'survey-item-type'),
    scale: extUrl(base, 'survey-scale'),
    scaleDef: extUrl(base, 'survey-scale-definition'),
    notApplicable: extUrl(base, 'survey-not-applicable'),
    askReasonBelow: extUrl(base, 'survey-ask-reason-below'),
    externalField: extUrl(base, 'survey-external-field'),
    inputMode: extUrl(base, 'survey-input-mode'),
    optionString: extUrl(base, 'survey-option-value-string'),
    optionUnscored: extUrl(base, 'survey-option-unscored'),
    sectionDescription: extUrl(base, 'survey-section-description'),
    closing: extUrl(base, 'survey-closing'),
    template: extUrl(base, 'survey-template'),
    audience: extUrl(base, 'survey-audience'),
    hospitalCode: extUrl(base, 'survey-hospital-code'),
    anonymous: extUrl(base, 'survey-anonymous'),
  };
}

/** The canonical URL a questionnaire exported from `def` gets (QuestionnaireResponse.questionnaire). */
export function questionnaireUrl(def: Pick<SurveyDefinition, 'id'>, options: FhirOptions = {}): string {
  return `${systemsFor(options).base}/Questionnaire/${fhirId(def.id)}`;
}

/** A number written the way String(n) writes it: such codes come back as numbers. */
export const isCanonicalNumber = (code: string): boolean => code !== '' && String(Number(code)) === code;

/** Turns any linkId into an item code (letters, digits, `_ . -`, at most 40, alphanumeric first). */
export function toItemCode(linkId: string): string {
  const clean = linkId.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 40);
  return clean === '' ? 'item' : clean;
}

/** The options an item offers: its own, or its scale's (MoH 5-point by default). */
export function itemOptions(def: SurveyDefinition, item: SurveyItem): ScaleOption[] {
  if (item.type === 'single' || item.type === 'multiple') return item.options;
  if (item.type !== 'scale5') return [];
  const scale = item.scale !== undefined ? def.scales?.find((s) => s.id === item.scale)?.options : undefined;
  const options = scale ?? DEFAULT_SCALE5;
  return item.notApplicable === false ? options.filter((o) => o.score !== null && o.score !== undefined) : options;
}

export const isChoice = (item: SurveyItem | undefined) =>
  item !== undefined && (item.type === 'scale5' || item.type === 'single' || item.type === 'multiple');

/**
 * The linkId of the "please specify" text of a single choice that allows another answer
 * (`allowOther`): a string item under the choice, so that a chosen option and its text are one
 * answer with a child (`answer.item`), as FHIR R4 nests a question's children, instead of two
 * answers to a question that takes one (issue 18).
 */
export const otherLinkId = (code: string): string => `${code}.other`;

/**
 * Is `child` the "please specify" item ansinh writes under a single choice `parent` (see
 * `otherLinkId`)? Only in exactly that shape: a non-repeating open-choice, and a plain string
 * child with nothing of its own (no condition, requirement, length, extension or children). A
 * foreign form's child of the same name that carries more is imported as a question of its own.
 */
export function isOtherOf(parent: Record<string, unknown>, child: Record<string, unknown>): boolean {
  return (
    parent.type === 'open-choice' &&
    !parent.repeats &&
    typeof parent.linkId === 'string' &&
    child.linkId === otherLinkId(parent.linkId) &&
    child.type === 'string' &&
    ['enableWhen', 'required', 'repeats', 'maxLength', 'extension', 'item', 'readOnly', 'initial'].every((k) => child[k] === undefined)
  );
}
