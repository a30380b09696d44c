/**
 * A resident (đối tượng) of a social-protection or social-work centre. FHIR R4 Patient is the
 * interoperability anchor (see `ansinh/fhir`); this shape is what components read.
 *
 * Personal data law (Luật 91/2025/QH15, in force 01/01/2026): health, disability details, HIV
 * status, abuse and drug history are sensitive. They live only under `sensitive`, which public
 * views never show and staff views show only when the host explicitly allows it.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import {
  AdminUnitSchema,
  BeneficiaryCategorySchema,
  CitizenIdSchema,
  DateTimeSchema,
  DisabilityLevelSchema,
  ERR,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  LongTextSchema,
  PartialDateSchema,
  PhoneSchema,
  SexSchema,
  ShortTextSchema,
  UrlSchema,
} from './shared.js';

/** The five steps of the Vietnamese social-work process. */
export const CARE_PLAN_STEPS = ['intake', 'planning', 'implementing', 'monitoring', 'closed'] as const;
export const CarePlanStepSchema = z.enum(CARE_PLAN_STEPS);
export type CarePlanStep = z.infer<typeof CarePlanStepSchema>;

/** Disability types per Luật Người khuyết tật 2010, Art. 3 [reported]. */
export const DisabilityTypeSchema = z.enum([
  'van-dong', // mobility
  'nghe-noi', // hearing and speech
  'nhin', // vision
  'than-kinh-tam-than', // psychosocial
  'tri-tue', // intellectual
  'khac', // other
]);
export type DisabilityType = z.infer<typeof DisabilityTypeSchema>;

export const DisabilitySchema = loose({
  level: DisabilityLevelSchema,
  type: DisabilityTypeSchema,
  /** Date of the disability certificate (giấy xác nhận khuyết tật). */
  certificateDate: z.optional(IsoDateSchema),
  /** Who issued it, usually the commune People's Committee. */
  issuer: z.optional(ShortTextSchema),
});
export type Disability = z.infer<typeof DisabilitySchema>;

export const AdmissionTypeSchema = z.enum(['regular', 'emergency', 'voluntary']);
export const AdmissionSchema = loose({
  decisionNumber: ShortTextSchema,
  date: IsoDateSchema,
  type: AdmissionTypeSchema,
});
export type Admission = z.infer<typeof AdmissionSchema>;

/** hoi-gia = return to family; absconded = left without permission. */
export const ExitReasonSchema = z.enum([
  'hoi-gia',
  'community',
  'transfer',
  'death',
  'absconded',
  'term-ended',
]);
export type ExitReason = z.infer<typeof ExitReasonSchema>;

export const ExitSchema = loose({
  date: IsoDateSchema,
  reason: ExitReasonSchema,
  decisionNumber: z.optional(ShortTextSchema),
  note: z.optional(LongTextSchema),
});
export type Exit = z.infer<typeof ExitSchema>;

export const GuardianSchema = loose({
  name: ShortTextSchema,
  relationship: ShortTextSchema,
  phone: z.optional(PhoneSchema),
});
export type Guardian = z.infer<typeof GuardianSchema>;

/**
 * What the resident (or guardian) agreed to. A missing flag means "no": the least is shown.
 * Consent can be withdrawn: keep `withdrawnAt` rather than deleting the record.
 */
export const ConsentSchema = loose({
  photo: z.optional(z.boolean()),
  publishName: z.optional(z.boolean()),
  shareHealthData: z.optional(z.boolean()),
  recordedAt: z.optional(DateTimeSchema),
  withdrawnAt: z.optional(DateTimeSchema),
  /** Who gave consent when not the resident (guardian's name). */
  givenBy: z.optional(ShortTextSchema),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const HivStatusSchema = z.enum(['positive', 'negative', 'unknown']);

/** Sensitive personal data. Never in a public view; staff views only when the host allows it. */
export const SensitiveDataSchema = loose({
  health: z.optional(
    loose({
      summary: z.optional(LongTextSchema),
      conditions: z.optional(z.array(ShortTextSchema)),
      medications: z.optional(z.array(ShortTextSchema)),
    }),
  ),
  hivStatus: z.optional(HivStatusSchema),
  abuseHistory: z.optional(LongTextSchema),
  drugHistory: z.optional(LongTextSchema),
  disabilityDetails: z.optional(LongTextSchema),
});
export type SensitiveData = z.infer<typeof SensitiveDataSchema>;

export const RESIDENT_SENSITIVE_FIELDS = [
  'sensitive',
  'citizenId',
  'otherIdentifiers',
  'healthInsuranceNumber',
  'disability',
] as const;

export const ResidentFlagsSchema = loose({
  diet: z.optional(z.array(ShortTextSchema)),
  allergy: z.optional(z.array(ShortTextSchema)),
  fallRisk: z.optional(z.boolean()),
  custom: z.optional(
    z.array(
      loose({
        code: IdSchema,
        label: LocalizedTextSchema,
        severity: z.optional(z.enum(['info', 'warning', 'danger'])),
      }),
    ),
  ),
});
export type ResidentFlags = z.infer<typeof ResidentFlagsSchema>;

export const ResidentSchema = loose({
  id: IdSchema,
  /** Full name in Vietnamese order, family name first: "Nguyễn Văn An". */
  fullName: ShortTextSchema,
  birthDate: PartialDateSchema,
  sex: SexSchema,
  citizenId: z.optional(CitizenIdSchema),
  /**
   * Older identity documents: the 9-digit CMND (chứng minh nhân dân) replaced by the CCCD, a
   * passport, or another number. Sensitive like the citizen ID.
   */
  otherIdentifiers: z.optional(
    z.array(
      loose({
        kind: z.enum(['cmnd', 'passport', 'other']),
        value: ShortTextSchema,
        /** Issuing country or authority as written, e.g. "VNM" or "Công an tỉnh Bắc Ninh". */
        issuer: z.optional(ShortTextSchema),
      }),
    ),
  ),
  /** Mã thẻ bảo hiểm y tế as printed. */
  healthInsuranceNumber: z.optional(z.string().check(z.regex(/^[A-Z0-9]{10,15}$/, ERR.healthInsurance))),
  beneficiaryCategory: BeneficiaryCategorySchema,
  disability: z.optional(DisabilitySchema),
  admission: AdmissionSchema,
  exit: z.optional(ExitSchema),
  room: z.optional(ShortTextSchema),
  /** Home address (quê quán / nơi thường trú) in 2025 administrative units. */
  address: z.optional(AdminUnitSchema),
  guardian: z.optional(GuardianSchema),
  consent: z.optional(ConsentSchema),
  photoUrl: z.optional(UrlSchema),
  sensitive: z.optional(SensitiveDataSchema),
  /** Field names the portal marks public. Sensitive fields are never public, even if listed. */
  publishable: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100)))),
  flags: z.optional(ResidentFlagsSchema),
  currentCarePlanStep: z.optional(CarePlanStepSchema),
});
export type Resident = z.infer<typeof ResidentSchema>;
export type ResidentInput = z.input<typeof ResidentSchema>;

/**
 * A person known to another system who has no centre record yet, such as a hospital's FHIR
 * Patient without ansinh's extensions: the resident shape with the facts only a centre records,
 * `beneficiaryCategory` and `admission`, optional, and `birthDate` and `sex`, which FHIR does not
 * require either. The resident card shows what there is and says what is missing
 * (parsePartialResident warns). The REST contract keeps them all required.
 */
export const PartialResidentSchema = /* @__PURE__ */ z.partial(ResidentSchema, { beneficiaryCategory: true, admission: true, birthDate: true, sex: true });
export type PartialResident = z.infer<typeof PartialResidentSchema>;
