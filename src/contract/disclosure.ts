/**
 * What of a resident may be shown to the public, and the projection a server should send to a
 * page that shows a public card (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Nghị định
 * 13/2023/NĐ-CP on sensitive personal data: health, HIV status, abuse, disability).
 *
 * A public page should never receive the whole record: whatever is in the page (a JSON child, a
 * property set by a script) can be read by anyone who opens it. `toPublicResident()` keeps only
 * what the public card would show after every rule, and marks the result `disclosure: "public"`,
 * so `<ansinh-resident-card>` shows it as a public card and nothing else. No DOM: usable in a
 * Node back end (`ansinh/contract`).
 */
import * as z from 'zod/mini';
import { BENEFICIARY_CATEGORIES, IdSchema, IsoDateSchema, PartialDateSchema, ShortTextSchema, SexSchema, UrlSchema } from './shared.js';
import { CarePlanStepSchema, type Consent, type PartialResident, type Resident } from './resident.js';
import type { BeneficiaryCategoryCode } from './shared.js';
import { run } from './run.js';
import type { ParseResult } from './issues.js';

/** A consent a resident (or guardian) gave and has not withdrawn. */
export type ConsentFlag = 'photo' | 'publishName' | 'shareHealthData';

/** True when the consent is given and not withdrawn. */
export function consentAllows(consent: Consent | undefined, flag: ConsentFlag): boolean {
  if (!consent || consent.withdrawnAt) return false;
  return consent[flag] === true;
}

/**
 * Categories whose very name discloses sensitive data (HIV status, abuse or trafficking, drug
 * use: Nghị định 116/2021/NĐ-CP Điều 4 khoản 2 keeps a person's rehabilitation confidential).
 * Staff views show them only with sensitive access; public views never.
 */
export const SENSITIVE_CATEGORIES: ReadonlySet<BeneficiaryCategoryCode> = new Set<BeneficiaryCategoryCode>([
  'tre-em-nhiem-hiv-ho-ngheo',
  'nguoi-nhiem-hiv-ho-ngheo',
  'bao-ve-khan-cap',
  'cai-nghien-bat-buoc',
  'cai-nghien-tu-nguyen',
]);

/** Also never public: the category names a disability. */
export const NEVER_PUBLIC_CATEGORIES: ReadonlySet<BeneficiaryCategoryCode> = new Set<BeneficiaryCategoryCode>([
  ...SENSITIVE_CATEGORIES,
  'nguoi-khuyet-tat',
]);

/**
 * The only resident fields a public view can show, and only when listed in `publishable`.
 * Identity numbers, disability, sensitive data, guardian, address (contact details), consent and
 * care flags are not in this list, so no `publishable` entry can make them public.
 */
export const PUBLIC_FIELDS = [
  'fullName',
  'photoUrl',
  'birthDate',
  'sex',
  'beneficiaryCategory',
  'admission',
  'room',
  'currentCarePlanStep',
] as const;
export type PublicField = (typeof PUBLIC_FIELDS)[number];

/** The fields a public view of this resident shows, after every rule is applied. */
export function publicFields(r: Resident | PartialResident): Set<PublicField> {
  const listed = new Set(r.publishable ?? []);
  const out = new Set<PublicField>();
  for (const f of PUBLIC_FIELDS) if (listed.has(f)) out.add(f);
  // The name and photo also need the resident's own consent.
  if (!consentAllows(r.consent, 'publishName')) out.delete('fullName');
  if (!consentAllows(r.consent, 'photo') || !r.photoUrl) out.delete('photoUrl');
  if (!r.beneficiaryCategory || NEVER_PUBLIC_CATEGORIES.has(r.beneficiaryCategory.code)) out.delete('beneficiaryCategory');
  return out;
}

/** The categories a public view may name (all but `NEVER_PUBLIC_CATEGORIES`). */
const PUBLIC_CATEGORIES = BENEFICIARY_CATEGORIES.filter((c) => !NEVER_PUBLIC_CATEGORIES.has(c)) as [
  BeneficiaryCategoryCode,
  ...BeneficiaryCategoryCode[],
];

/** A resident as the public may see them: only public fields, and `disclosure: "public"`. */
export const PublicResidentSchema = z.strictObject({
  disclosure: z.literal('public'),
  id: IdSchema,
  fullName: z.optional(ShortTextSchema),
  photoUrl: z.optional(UrlSchema),
  birthDate: z.optional(PartialDateSchema),
  sex: z.optional(SexSchema),
  /** Only a category that may be public: never one that names HIV, abuse or a disability. */
  beneficiaryCategory: z.optional(z.strictObject({ code: z.enum(PUBLIC_CATEGORIES) })),
  /** Only the dates: the kind of admission (an emergency) can itself disclose a protection case. */
  admission: z.optional(z.strictObject({ date: IsoDateSchema })),
  exit: z.optional(z.strictObject({ date: IsoDateSchema })),
  room: z.optional(ShortTextSchema),
  currentCarePlanStep: z.optional(CarePlanStepSchema),
});
export type PublicResident = z.infer<typeof PublicResidentSchema>;

/** Validates a public projection (unknown fields are refused: a public record carries no extra). */
export const parsePublicResident = (input: unknown): ParseResult<PublicResident> =>
  run('resident', PublicResidentSchema, input);

/** The public projection of a resident: what a server should send to a page with a public card. */
export function toPublicResident(r: Resident | PartialResident): PublicResident {
  const shown = publicFields(r);
  const out: PublicResident = { disclosure: 'public', id: r.id };
  if (shown.has('fullName')) out.fullName = r.fullName;
  if (shown.has('photoUrl') && r.photoUrl) out.photoUrl = r.photoUrl;
  if (shown.has('birthDate') && r.birthDate) out.birthDate = r.birthDate;
  if (shown.has('sex') && r.sex) out.sex = r.sex;
  if (shown.has('beneficiaryCategory') && r.beneficiaryCategory) out.beneficiaryCategory = { code: r.beneficiaryCategory.code };
  if (shown.has('admission') && r.admission) {
    out.admission = { date: r.admission.date };
    if (r.exit) out.exit = { date: r.exit.date };
  }
  if (shown.has('room') && r.room) out.room = r.room;
  if (shown.has('currentCarePlanStep') && r.currentCarePlanStep) out.currentCarePlanStep = r.currentCarePlanStep;
  return out;
}
