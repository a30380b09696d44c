/**
 * Satisfaction surveys: a versioned definition (template) with stable item codes, and responses
 * keyed by those codes. Close to FHIR R4 Questionnaire / QuestionnaireResponse (enableWhen,
 * enableBehavior, ordinal scores) so the mapping stays lossless.
 *
 * Groups nest one level only (section > group > item): that covers the MoH forms and keeps the
 * JSON Schema free of recursion.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import {
  DateTimeSchema,
  ERR,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PhoneSchema,
  ShortTextSchema,
} from './shared.js';

/** Stable item codes such as `A1`, `E7`, `G1`, `meta.ward`. */
export const ItemCodeSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, ERR.itemCode));
export type ItemCode = z.infer<typeof ItemCodeSchema>;

const OptionValueSchema = z.union([z.string().check(z.maxLength(200)), z.number()]);

/** One answer option. `score: null` marks an option that is not scored ("not used / no opinion"). */
export const ScaleOptionSchema = loose({
  value: OptionValueSchema,
  label: LocalizedTextSchema,
  score: z.optional(z.nullable(z.number())),
});
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;

/** The MoH 5-point scale plus 0 "not used / no opinion", which is excluded from averages. */
export const DEFAULT_SCALE5: ScaleOption[] = [
  { value: 1, score: 1, label: { vi: 'Rất không hài lòng hoặc: Rất kém', en: 'Very dissatisfied or: Very poor' } },
  { value: 2, score: 2, label: { vi: 'Không hài lòng hoặc: Kém', en: 'Dissatisfied or: Poor' } },
  { value: 3, score: 3, label: { vi: 'Bình thường hoặc: Trung bình', en: 'Neutral or: Average' } },
  { value: 4, score: 4, label: { vi: 'Hài lòng hoặc: Tốt', en: 'Satisfied or: Good' } },
  { value: 5, score: 5, label: { vi: 'Rất hài lòng hoặc: Rất tốt', en: 'Very satisfied or: Very good' } },
  { value: 0, score: null, label: { vi: 'Không sử dụng, không ý kiến', en: 'Not used, no opinion' } },
];

export const ConditionOperatorSchema = z.enum(['exists', '=', '!=', '>', '<', '>=', '<=']);

/** Show an item only when another item's answer meets a condition (FHIR enableWhen). */
export const EnableWhenSchema = loose({
  item: ItemCodeSchema,
  operator: ConditionOperatorSchema,
  /** For `exists`: true or false. Otherwise the value to compare with. */
  answer: z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]),
});
export type EnableWhen = z.infer<typeof EnableWhenSchema>;

const itemBase = {
  code: ItemCodeSchema,
  text: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  required: z.optional(z.boolean()),
  enableWhen: z.optional(z.array(EnableWhenSchema)),
  enableBehavior: z.optional(z.enum(['all', 'any'])),
  /**
   * Answer shown pre-filled (FHIR `initial`): a value, or a list of option values for `multiple`.
   * The respondent can change it.
   */
  initial: z.optional(
    z.union([z.string().check(z.maxLength(20000)), z.number(), z.boolean(), z.array(OptionValueSchema)]),
  ),
  /** Field name in the national online system, for export (e.g. `danh_gia][a][a1`). */
  externalField: z.optional(ShortTextSchema),
};

export const Scale5ItemSchema = loose({
  ...itemBase,
  type: z.literal('scale5'),
  /** Id of a scale in `SurveyDefinition.scales`; the MoH scale (`DEFAULT_SCALE5`) when absent. */
  scale: z.optional(IdSchema),
  /** Offer the unscored "Không sử dụng, không ý kiến" option. Default true. */
  notApplicable: z.optional(z.boolean()),
  /** Ask for a reason when the answer scores below this (3 = ask on 1 and 2). */
  askReasonBelow: z.optional(z.number()),
});
export const SingleItemSchema = loose({
  ...itemBase,
  type: z.literal('single'),
  options: z.array(ScaleOptionSchema).check(z.minLength(1)),
  allowOther: z.optional(z.boolean()),
});
export const MultipleItemSchema = loose({
  ...itemBase,
  type: z.literal('multiple'),
  options: z.array(ScaleOptionSchema).check(z.minLength(1)),
  allowOther: z.optional(z.boolean()),
  maxSelected: z.optional(z.int().check(z.gte(1))),
});
export const NumberItemSchema = loose({
  ...itemBase,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  integer: z.optional(z.boolean()),
  unit: z.optional(LocalizedTextSchema),
});
export const TextItemSchema = loose({
  ...itemBase,
  type: z.literal('text'),
  maxLength: z.optional(z.int().check(z.gte(1))),
  inputMode: z.optional(z.enum(['text', 'tel', 'numeric', 'email'])),
});
export const LongTextItemSchema = loose({
  ...itemBase,
  type: z.literal('longtext'),
  maxLength: z.optional(z.int().check(z.gte(1))),
});
export const DateItemSchema = loose({
  ...itemBase,
  type: z.literal('date'),
  /**
   * Pre-filled with today's date in Vietnam (UTC+7) when the form opens or is reset, like SDC's
   * `initialExpression: today()`; the respondent, or staff entering a paper form, can change it.
   */
  initialToday: z.optional(z.boolean()),
});
export const DisplayItemSchema = loose({ ...itemBase, type: z.literal('display') });

const LeafItemSchema = z.discriminatedUnion('type', [
  Scale5ItemSchema,
  SingleItemSchema,
  MultipleItemSchema,
  NumberItemSchema,
  TextItemSchema,
  LongTextItemSchema,
  DateItemSchema,
  DisplayItemSchema,
]);

export const GroupItemSchema = loose({
  ...itemBase,
  type: z.literal('group'),
  items: z.array(LeafItemSchema),
});

export const SurveyItemSchema = z.discriminatedUnion('type', [
  Scale5ItemSchema,
  SingleItemSchema,
  MultipleItemSchema,
  NumberItemSchema,
  TextItemSchema,
  LongTextItemSchema,
  DateItemSchema,
  DisplayItemSchema,
  GroupItemSchema,
]);
export type SurveyItem = z.infer<typeof SurveyItemSchema>;
export type SurveyItemType = SurveyItem['type'];

export const SurveySectionSchema = loose({
  id: IdSchema,
  /** Letter printed on the form: A, B, C… */
  code: z.optional(ItemCodeSchema),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  items: z.array(SurveyItemSchema),
});
export type SurveySection = z.infer<typeof SurveySectionSchema>;

export const SurveyTypeSchema = z.enum([
  'self-assessment-periodic', // Bệnh viện tự đánh giá hàng tháng/quý
  'self-assessment-year-end', // Bệnh viện tự đánh giá cuối năm
  'authority-team', // Đoàn Bộ Y tế/Sở Y tế
  're-inspection', // Đoàn phúc tra của BYT
  'cross-inspection', // Đoàn kiểm tra chéo
  'other',
]);
export const AdministeredBySchema = z.enum([
  'self', // người bệnh tự điền (hoặc người nhà)
  'hospital-staff',
  'authority',
  'independent',
  'other',
]);
export const RespondentSchema = z.enum(['patient', 'relative', 'staff', 'other']);

export const SurveyTemplateRefSchema = loose({
  id: IdSchema,
  version: ShortTextSchema,
  /** Legal and data source, e.g. "QĐ 56/QĐ-BYT (2024); hệ thống quốc gia v2". */
  source: z.optional(ShortTextSchema),
});
export type SurveyTemplateRef = z.infer<typeof SurveyTemplateRefSchema>;

export const SurveyDefinitionSchema = loose({
  id: IdSchema,
  version: ShortTextSchema,
  title: LocalizedTextSchema,
  /** Introduction shown before the first section. */
  description: z.optional(LocalizedTextSchema),
  closing: z.optional(LocalizedTextSchema),
  /**
   * The question asking why a rating is low, in the form's own way of addressing its respondents
   * (default "Vì sao Ông/Bà chưa hài lòng?"; the staff form addresses "Quý đồng nghiệp").
   */
  reasonPrompt: z.optional(LocalizedTextSchema),
  template: z.optional(SurveyTemplateRefSchema),
  /** Who the survey is for: hospital patients or staff, or centre residents and families. */
  audience: z.optional(z.enum(['inpatient', 'outpatient', 'staff', 'resident', 'family', 'other'])),
  hospitalCode: z.optional(ShortTextSchema),
  /** When true, no contact block is offered and responses carry no identity. */
  anonymous: z.optional(z.boolean()),
  scales: z.optional(
    z.array(loose({ id: IdSchema, options: z.array(ScaleOptionSchema).check(z.minLength(2)) })),
  ),
  sections: z.array(SurveySectionSchema).check(z.minLength(1)),
});
export type SurveyDefinition = z.infer<typeof SurveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof SurveyDefinitionSchema>;

const ScalarAnswerSchema = z.union([
  z.string().check(z.maxLength(20000)),
  z.number(),
  z.boolean(),
  z.null(),
]);

/**
 * An answer: a value, a list of values (multiple choice), or an object when the respondent also
 * wrote an "other" text or a reason for a low rating.
 */
export const SurveyAnswerSchema = z.union([
  ScalarAnswerSchema,
  z.array(OptionValueSchema),
  loose({
    value: z.optional(z.union([ScalarAnswerSchema, z.array(OptionValueSchema)])),
    other: z.optional(z.string().check(z.maxLength(2000))),
    reason: z.optional(z.string().check(z.maxLength(2000))),
  }),
]);
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

export const SurveyResponseMetadataSchema = loose({
  surveyType: z.optional(SurveyTypeSchema),
  administeredBy: z.optional(AdministeredBySchema),
  respondent: z.optional(RespondentSchema),
  hospitalCode: z.optional(ShortTextSchema),
  wardCode: z.optional(ShortTextSchema),
  /** The form number the hospital gives a paper form (mã số phiếu). */
  formNumber: z.optional(ShortTextSchema),
  /** Date the form was filled (ngày điền phiếu). */
  filledOn: z.optional(IsoDateSchema),
  mode: z.optional(z.enum(['paper', 'web', 'kiosk', 'interview', 'phone'])),
  language: z.optional(z.enum(['vi', 'en'])),
  template: z.optional(SurveyTemplateRefSchema),
});
export type SurveyResponseMetadata = z.infer<typeof SurveyResponseMetadataSchema>;

/** FHIR QuestionnaireResponse.status. */
export const SurveyResponseStatusSchema = z.enum([
  'in-progress',
  'completed',
  'amended',
  'entered-in-error',
  'stopped',
]);

export const SurveyResponseSchema = loose({
  id: IdSchema,
  definitionId: IdSchema,
  definitionVersion: ShortTextSchema,
  status: SurveyResponseStatusSchema,
  answers: z.record(ItemCodeSchema, SurveyAnswerSchema),
  metadata: z.optional(SurveyResponseMetadataSchema),
  startedAt: z.optional(DateTimeSchema),
  submittedAt: z.optional(DateTimeSchema),
  /**
   * Kept apart from the answers so answers can be stored or exported without identity. Only
   * present when the respondent chose to leave a way to reach them.
   */
  contact: z.optional(
    loose({
      name: z.optional(ShortTextSchema),
      phone: z.optional(PhoneSchema),
      consentToContact: z.optional(z.boolean()),
    }),
  ),
});
export type SurveyResponse = z.infer<typeof SurveyResponseSchema>;
export type SurveyResponseInput = z.input<typeof SurveyResponseSchema>;

/** Every item of a definition, groups flattened, in form order. */
export function surveyItems(definition: SurveyDefinition): SurveyItem[] {
  const out: SurveyItem[] = [];
  for (const section of definition.sections) {
    for (const item of section.items) {
      out.push(item);
      if (item.type === 'group') out.push(...item.items);
    }
  }
  return out;
}
