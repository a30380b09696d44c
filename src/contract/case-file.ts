/**
 * The case file a social assistance facility keeps for each person it manages, per Thông tư
 * 02/2020/TT-BLĐTBXH (14/02/2020, in force 30/03/2020) "Hướng dẫn quản lý đối tượng được cơ sở
 * trợ giúp xã hội cung cấp dịch vụ công tác xã hội" (sources and status: docs/domain.md).
 *
 * Its five steps (Điều 3) are the care plan's five steps; each has its record (Mẫu 01-06), the plan
 * is reviewed and reported on periodically (Điều 7), and closing a case needs a reason from Điều 8
 * khoản 3 and a closure record. No DOM: runs in Node too.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import type { CarePlanStep } from './resident.js';
import { IdSchema, IsoDateSchema, LongTextSchema, ShortTextSchema } from './shared.js';

/**
 * The records of Thông tư 02/2020's appendix: 01 information gathered (Điều 4), 02 needs
 * assessment (Điều 5), 03 eligibility for the services (Điều 6 khoản 1), 04 the plan (Điều 6
 * khoản 2), 05 progress and monitoring notes (Điều 7 khoản 3 điểm c), 06 closure (Điều 8 khoản 3).
 */
export const CASE_FORMS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

/** The step each record belongs to. */
export const CASE_FORM_STEP: Readonly<Record<CaseForm, CarePlanStep>> = {
  'mau-01': 'intake',
  'mau-02': 'intake',
  'mau-03': 'planning',
  'mau-04': 'planning',
  'mau-05': 'monitoring',
  'mau-06': 'closed',
};

/** Reasons to close a case (Thông tư 02/2020 Điều 8 khoản 3 điểm a). */
export const CLOSURE_REASONS = [
  'goal-achieved', // the plan's goals are met (or the head of the facility decides)
  'adopted', // adopted
  'came-of-age', // turned 18 (22 while still studying)
  'no-suitable-service', // the facility cannot provide suitable services
  'lost-contact', // no contact for a month
  'requested', // the person (or guardian) asks to stop
  'died-or-missing', // died or went missing
  'contract-ended', // the service contract ended
  'agreed', // both sides agreed
  'moved-away', // moved out of the area
  'other', // another ground the law provides; say which in `detail`
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** How often the plan is reviewed and reported on (Điều 7 khoản 3 điểm a), in months. */
export const REVIEW_CADENCES = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 } as const;
export type ReviewCadence = keyof typeof REVIEW_CADENCES;

export const CaseClosureSchema = loose({
  reason: z.enum(CLOSURE_REASONS),
  date: IsoDateSchema,
  /** Which ground, for `other`; what was achieved, for `goal-achieved`. */
  detail: z.optional(LongTextSchema),
  /** The closure meeting (Điều 8 khoản 3 điểm b). */
  meetingOn: z.optional(IsoDateSchema),
  /** The signed closure record (Mẫu 06): its number or where it is filed. */
  recordReference: z.optional(ShortTextSchema),
  /** Follow-up after a return to the family or community, at least 6 months (Điều 10 khoản 2). */
  followUpUntil: z.optional(IsoDateSchema),
});
export type CaseClosure = z.infer<typeof CaseClosureSchema>;

export const CaseFileSchema = loose({
  /** The facility's own file number (số hồ sơ): the circular sets no numbering. */
  caseNumber: ShortTextSchema,
  /** The person who manages the case (người quản lý đối tượng). */
  caseManager: z.optional(ShortTextSchema),
  openedOn: z.optional(IsoDateSchema),
  reviewEvery: z.optional(z.enum(Object.keys(REVIEW_CADENCES) as [ReviewCadence, ...ReviewCadence[]])),
  closure: z.optional(CaseClosureSchema),
});
export type CaseFile = z.infer<typeof CaseFileSchema>;

/** One record of a step, as filed: which form, when, by whom, its number, what it says. */
export const StepRecordSchema = loose({
  id: IdSchema,
  form: z.enum(CASE_FORMS),
  date: IsoDateSchema,
  by: z.optional(ShortTextSchema),
  /** The record's number or where it is filed. */
  reference: z.optional(ShortTextSchema),
  summary: z.optional(LongTextSchema),
});
export type StepRecord = z.infer<typeof StepRecordSchema>;

/**
 * `date` (YYYY-MM-DD) plus whole months, kept to the month's last day (31 Jan + 1 month = 28 or
 * 29 Feb); undefined for anything that is not a date.
 */
export function addMonths(date: string, months: number): string | undefined {
  if (typeof date !== 'string' || !IsoDateSchema.safeParse(date.slice(0, 10)).success || !Number.isInteger(months)) return undefined;
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The next periodic review: one cadence after the last review done, else after the case was
 * opened (else the plan's start). Undefined without a cadence or a date to count from, or once
 * the case is closed.
 */
export function nextReviewDue(plan: {
  caseFile?: Pick<CaseFile, 'reviewEvery' | 'openedOn' | 'closure'> | undefined;
  reviews?: readonly { doneAt?: string | undefined }[] | undefined;
  period?: { start?: string | undefined } | undefined;
}): string | undefined {
  const f = plan.caseFile;
  if (!f?.reviewEvery || f.closure || !Object.hasOwn(REVIEW_CADENCES, f.reviewEvery)) return undefined;
  let from = f.openedOn ?? plan.period?.start;
  for (const r of plan.reviews ?? []) if (r.doneAt && (!from || r.doneAt > from)) from = r.doneAt;
  return from ? addMonths(from, REVIEW_CADENCES[f.reviewEvery]) : undefined;
}
