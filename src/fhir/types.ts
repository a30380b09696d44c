/**
 * The small part of FHIR R4 that `ansinh/fhir` reads and writes, typed by hand so the package
 * needs no FHIR type dependency. Every element not listed here may still be present in input
 * (`[key: string]: unknown`); the importers report it as unmapped.
 */

export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueCoding?: Coding;
  valuePeriod?: Period;
  valueMarkdown?: string;
  valueCodeableConcept?: CodeableConcept;
  [key: string]: unknown;
}

/** A primitive's sibling `_element` (e.g. `_text`) that carries extensions such as translations. */
export interface PrimitiveExtension {
  extension?: Extension[];
}

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  _display?: PrimitiveExtension;
  [key: string]: unknown;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
  extension?: Extension[];
  [key: string]: unknown;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Identifier {
  use?: string;
  type?: CodeableConcept;
  system?: string;
  value?: string;
  assigner?: Reference;
  [key: string]: unknown;
}

export interface Reference {
  reference?: string;
  display?: string;
  identifier?: Identifier;
  [key: string]: unknown;
}

export interface HumanName {
  use?: string;
  text?: string;
  family?: string;
  given?: string[];
  [key: string]: unknown;
}

export interface Address {
  use?: string;
  type?: string;
  text?: string;
  line?: string[];
  city?: string;
  district?: string;
  state?: string;
  country?: string;
  period?: Period;
  extension?: Extension[];
  [key: string]: unknown;
}

export interface ContactPoint {
  system?: string;
  value?: string;
  use?: string;
  [key: string]: unknown;
}

export interface Annotation {
  authorString?: string;
  time?: string;
  text: string;
  [key: string]: unknown;
}

export interface Meta {
  lastUpdated?: string;
  security?: Coding[];
  profile?: string[];
  [key: string]: unknown;
}

export interface Resource {
  resourceType: string;
  id?: string;
  meta?: Meta;
  [key: string]: unknown;
}

export interface Patient extends Resource {
  resourceType: 'Patient';
  extension?: Extension[];
  identifier?: Identifier[];
  active?: boolean;
  name?: HumanName[];
  gender?: 'male' | 'female' | 'other' | 'unknown';
  birthDate?: string;
  deceasedDateTime?: string;
  deceasedBoolean?: boolean;
  address?: Address[];
  photo?: { url?: string; contentType?: string; [key: string]: unknown }[];
  contact?: {
    relationship?: CodeableConcept[];
    name?: HumanName;
    telecom?: ContactPoint[];
    [key: string]: unknown;
  }[];
}

export interface CareTeam extends Resource {
  resourceType: 'CareTeam';
  status?: string;
  participant?: { role?: CodeableConcept[]; member?: Reference; [key: string]: unknown }[];
}

export interface CarePlanActivity {
  id?: string;
  outcomeCodeableConcept?: CodeableConcept[];
  progress?: Annotation[];
  detail?: {
    kind?: string;
    code?: CodeableConcept;
    status?: string;
    description?: string;
    goal?: Reference[];
    scheduledString?: string;
    scheduledPeriod?: Period;
    scheduledTiming?: { code?: CodeableConcept; repeat?: { boundsPeriod?: Period; [key: string]: unknown }; [key: string]: unknown };
    performer?: Reference[];
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface CarePlan extends Resource {
  resourceType: 'CarePlan';
  extension?: Extension[];
  identifier?: Identifier[];
  status?: string;
  intent?: string;
  title?: string;
  subject?: Reference;
  period?: Period;
  contained?: Resource[];
  careTeam?: Reference[];
  goal?: Reference[];
  activity?: CarePlanActivity[];
  note?: Annotation[];
}

export interface Goal extends Resource {
  resourceType: 'Goal';
  identifier?: Identifier[];
  lifecycleStatus?: string;
  achievementStatus?: CodeableConcept;
  category?: CodeableConcept[];
  description?: CodeableConcept;
  subject?: Reference;
  target?: { measure?: CodeableConcept; detailString?: string; dueDate?: string; [key: string]: unknown }[];
}

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

export interface QuestionnaireEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerTime?: string;
  answerString?: string;
  answerCoding?: Coding;
  answerQuantity?: unknown;
  answerReference?: Reference;
  [key: string]: unknown;
}

export interface QuestionnaireAnswerOption {
  valueInteger?: number;
  valueDate?: string;
  valueTime?: string;
  valueString?: string;
  _valueString?: PrimitiveExtension;
  valueCoding?: Coding;
  valueReference?: Reference;
  initialSelected?: boolean;
  extension?: Extension[];
  [key: string]: unknown;
}

export interface QuestionnaireInitial {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueTime?: string;
  valueString?: string;
  valueUri?: string;
  valueCoding?: Coding;
  [key: string]: unknown;
}

export interface QuestionnaireItem {
  linkId: string;
  prefix?: string;
  text?: string;
  _text?: PrimitiveExtension;
  type: QuestionnaireItemType;
  extension?: Extension[];
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  answerValueSet?: string;
  answerOption?: QuestionnaireAnswerOption[];
  initial?: QuestionnaireInitial[];
  item?: QuestionnaireItem[];
  [key: string]: unknown;
}

export interface Questionnaire extends Resource {
  resourceType: 'Questionnaire';
  extension?: Extension[];
  url?: string;
  identifier?: Identifier[];
  version?: string;
  name?: string;
  title?: string;
  _title?: PrimitiveExtension;
  status?: string;
  language?: string;
  description?: string;
  _description?: PrimitiveExtension;
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueTime?: string;
  valueString?: string;
  valueUri?: string;
  valueCoding?: Coding;
  extension?: Extension[];
  item?: QuestionnaireResponseItem[];
  [key: string]: unknown;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
  extension?: Extension[];
  [key: string]: unknown;
}

export interface QuestionnaireResponse extends Resource {
  resourceType: 'QuestionnaireResponse';
  extension?: Extension[];
  identifier?: Identifier;
  questionnaire?: string;
  status?: string;
  authored?: string;
  item?: QuestionnaireResponseItem[];
}
