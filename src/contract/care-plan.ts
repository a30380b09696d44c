/**
 * A resident's support plan (kế hoạch trợ giúp), following the five-step Vietnamese social-work
 * process. Maps to FHIR R4 CarePlan + Goal (see `ansinh/fhir`). The printed, signed plan is the
 * legal record, so sign-offs and the step history are part of the data.
 */
import * as z from 'zod/mini';
import { loose } from './zod.js';
import { CarePlanStepSchema } from './resident.js';
import { CaseFileSchema, StepRecordSchema } from './case-file.js';
import {
  DateTimeSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  ShortTextSchema,
} from './shared.js';

/** Support domains used for needs, goals and activities. */
export const CARE_DOMAINS = [
  'nutrition', // nuôi dưỡng
  'medical-care', // chăm sóc y tế
  'rehabilitation', // phục hồi chức năng
  'traditional-massage', // xoa bóp bấm huyệt
  'counselling', // tham vấn tâm lý
  'education', // giáo dục
  'vocational-training', // dạy nghề
  'work-therapy', // lao động trị liệu
  'family-reintegration', // hồi gia
  'community-reintegration', // tái hòa nhập cộng đồng
  'after-care', // theo dõi sau hồi gia
  'other',
] as const;
export const CareDomainSchema = z.enum(CARE_DOMAINS);
export type CareDomain = z.infer<typeof CareDomainSchema>;

export const StepTransitionSchema = loose({
  from: CarePlanStepSchema,
  to: CarePlanStepSchema,
  by: ShortTextSchema,
  at: DateTimeSchema,
  note: z.optional(LongTextSchema),
});
export type StepTransition = z.infer<typeof StepTransitionSchema>;

export const NeedsAssessmentSchema = loose({
  domain: CareDomainSchema,
  summary: LongTextSchema,
  priority: z.optional(z.enum(['none', 'low', 'medium', 'high'])),
  assessedAt: z.optional(IsoDateSchema),
  assessedBy: z.optional(ShortTextSchema),
});
export type NeedsAssessment = z.infer<typeof NeedsAssessmentSchema>;

/** FHIR Goal.lifecycleStatus. */
export const GoalStatusSchema = z.enum([
  'proposed',
  'planned',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'entered-in-error',
  'rejected',
]);
/** FHIR Goal.achievementStatus. */
export const GoalAchievementSchema = z.enum([
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
]);

export const GoalSchema = loose({
  id: IdSchema,
  domain: CareDomainSchema,
  description: ShortTextSchema,
  /** How progress is measured, e.g. "tự đi lại trong phòng không cần hỗ trợ". */
  measure: z.optional(ShortTextSchema),
  target: z.optional(ShortTextSchema),
  dueDate: z.optional(IsoDateSchema),
  status: GoalStatusSchema,
  achievement: z.optional(GoalAchievementSchema),
});
export type Goal = z.infer<typeof GoalSchema>;

/** FHIR CarePlan.activity.detail.status. */
export const ActivityStatusSchema = z.enum([
  'not-started',
  'scheduled',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'stopped',
  'unknown',
  'entered-in-error',
]);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

export const ProgressNoteSchema = loose({
  at: DateTimeSchema,
  author: ShortTextSchema,
  text: LongTextSchema,
});
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

export const ActivitySchema = loose({
  id: IdSchema,
  domain: CareDomainSchema,
  what: ShortTextSchema,
  /** Goals this activity serves (ids from `goals`). */
  goalIds: z.optional(z.array(IdSchema)),
  /** When, as staff write it: "Thứ 2, 4, 6 lúc 8:00", "hằng ngày". */
  schedule: z.optional(ShortTextSchema),
  /** Care-team member id or name. */
  responsibleStaff: z.optional(ShortTextSchema),
  start: z.optional(IsoDateSchema),
  end: z.optional(IsoDateSchema),
  status: ActivityStatusSchema,
  /** Primero's "successfully implemented?" once the activity ends. */
  outcome: z.optional(z.enum(['successful', 'partly-successful', 'unsuccessful'])),
  progressNotes: z._default(z.array(ProgressNoteSchema), []),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const CareTeamRoleSchema = z.enum([
  'social-worker',
  'nurse',
  'doctor',
  'rehabilitation-technician',
  'teacher',
  'psychologist',
  'caregiver',
  'manager',
  'other',
]);
export type CareTeamRole = z.infer<typeof CareTeamRoleSchema>;

export const CareTeamMemberSchema = loose({
  id: IdSchema,
  name: ShortTextSchema,
  role: CareTeamRoleSchema,
});
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>;

export const SignOffSchema = loose({
  role: z.enum(['team', 'resident', 'guardian', 'director']),
  name: ShortTextSchema,
  at: DateTimeSchema,
  memberId: z.optional(IdSchema),
});
export type SignOff = z.infer<typeof SignOffSchema>;

export const ReviewSchema = loose({
  dueDate: IsoDateSchema,
  doneAt: z.optional(IsoDateSchema),
  notes: z.optional(LongTextSchema),
  by: z.optional(ShortTextSchema),
});
export type Review = z.infer<typeof ReviewSchema>;

export const CarePlanSchema = loose({
  id: IdSchema,
  residentId: IdSchema,
  status: CarePlanStepSchema,
  title: z.optional(ShortTextSchema),
  period: z.optional(loose({ start: IsoDateSchema, end: z.optional(IsoDateSchema) })),
  transitions: z._default(z.array(StepTransitionSchema), []),
  needsAssessment: z._default(z.array(NeedsAssessmentSchema), []),
  goals: z._default(z.array(GoalSchema), []),
  activities: z._default(z.array(ActivitySchema), []),
  careTeam: z._default(z.array(CareTeamMemberSchema), []),
  signOffs: z._default(z.array(SignOffSchema), []),
  reviews: z._default(z.array(ReviewSchema), []),
  /** The facility's case file (Thông tư 02/2020/TT-BLĐTBXH): number, manager, review cadence, closure. */
  caseFile: z.optional(CaseFileSchema),
  /** The records of each step as filed (Mẫu 01-06 of Thông tư 02/2020). */
  stepRecords: z.optional(z.array(StepRecordSchema)),
  notes: z.optional(LongTextSchema),
  updatedAt: z.optional(DateTimeSchema),
});
export type CarePlan = z.infer<typeof CarePlanSchema>;
export type CarePlanInput = z.input<typeof CarePlanSchema>;

/** Steps a plan may move to from each step: forward one, back one to adjust, or close. */
export const CARE_PLAN_TRANSITIONS: Record<CarePlan['status'], readonly CarePlan['status'][]> = {
  intake: ['planning', 'closed'],
  planning: ['intake', 'implementing', 'closed'],
  implementing: ['monitoring', 'planning', 'closed'],
  monitoring: ['implementing', 'planning', 'closed'],
  closed: ['monitoring'],
};
