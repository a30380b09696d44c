/**
 * The five-step social-work process of a care plan as a pure state machine (no DOM):
 * intake and needs assessment -> planning -> implementing -> monitoring and review (which can go
 * back to planning or implementing) -> closed and archived (which can be reopened for review).
 *
 * Allowed moves come from the contract's `CARE_PLAN_TRANSITIONS`, so every consumer of the
 * contract (a Node backend, this editor) agrees on them. A few moves also need the plan to be
 * ready (guards); each recorded move says who made it and when, because the printed plan is the
 * legal record.
 */
import { CARE_PLAN_TRANSITIONS, type CarePlan, type StepTransition } from '../../contract/care-plan.js';
import type { CarePlanStep } from '../../contract/resident.js';
import type { LocalizedMessage } from '../../contract/issues.js';

/** The steps in process order. */
export const STEPS: readonly CarePlanStep[] = ['intake', 'planning', 'implementing', 'monitoring', 'closed'];

/** Who is using the editor: recorded on every transition, note and sign-off. */
export interface CarePlanUser {
  id: string;
  name: string;
  /** Care-team role or job title, e.g. `social-worker`, `director`. */
  role?: string;
}

/** Whether a move is a step forward, back to an earlier step, closing, or reopening. */
export type TransitionKind = 'forward' | 'back' | 'close' | 'reopen';

export interface TransitionOption {
  to: CarePlanStep;
  kind: TransitionKind;
  /** Reasons the move is not possible yet; empty when it is. */
  blockers: LocalizedMessage[];
}

/** Just what the guards read, so a partly invalid plan can still be checked. */
export interface PlanLike {
  status?: unknown;
  goals?: unknown;
  activities?: unknown;
  caseFile?: unknown;
}

export function isStep(value: unknown): value is CarePlanStep {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** Steps the process allows from `from` (none for an unknown step). */
export function allowedTargets(from: unknown): readonly CarePlanStep[] {
  return isStep(from) ? CARE_PLAN_TRANSITIONS[from] : [];
}

export function transitionKind(from: CarePlanStep, to: CarePlanStep): TransitionKind {
  if (to === 'closed') return 'close';
  if (from === 'closed') return 'reopen';
  return STEPS.indexOf(to) > STEPS.indexOf(from) ? 'forward' : 'back';
}

const count = (v: unknown): number => (Array.isArray(v) ? v.length : 0);

/** What must be true before a move (beyond it being allowed). */
export function blockersFor(plan: PlanLike, to: CarePlanStep): LocalizedMessage[] {
  const out: LocalizedMessage[] = [];
  if (to === 'implementing') {
    if (count(plan.goals) === 0) {
      out.push({ vi: 'Cần ít nhất một mục tiêu.', en: 'The plan needs at least one goal.' });
    }
    if (count(plan.activities) === 0) {
      out.push({ vi: 'Cần ít nhất một hoạt động.', en: 'The plan needs at least one activity.' });
    }
  }
  // A facility's case (Thông tư 02/2020/TT-BLĐTBXH, Điều 8 khoản 3) closes with a reason and a date.
  if (to === 'closed' && typeof plan.caseFile === 'object' && plan.caseFile !== null) {
    const closure = (plan.caseFile as { closure?: { reason?: unknown; date?: unknown } }).closure;
    if (!closure?.reason || !closure.date) {
      out.push({
        vi: 'Cần ghi lý do và ngày kết thúc trong hồ sơ (Thông tư 02/2020/TT-BLĐTBXH, Điều 8).',
        en: 'Record the reason and date of closure in the case file (Circular 02/2020/TT-BLĐTBXH, Article 8).',
      });
    }
  }
  return out;
}

/** Every move allowed from the plan's current step, with what still blocks it. */
export function transitionOptions(plan: PlanLike): TransitionOption[] {
  const from = plan.status;
  if (!isStep(from)) return [];
  return CARE_PLAN_TRANSITIONS[from].map((to) => ({
    to,
    kind: transitionKind(from, to),
    blockers: blockersFor(plan, to),
  }));
}

export function canTransition(plan: PlanLike, to: CarePlanStep): boolean {
  return allowedTargets(plan.status).includes(to) && blockersFor(plan, to).length === 0;
}

export class TransitionError extends Error {
  constructor(
    readonly from: unknown,
    readonly to: CarePlanStep,
    readonly reasons: LocalizedMessage[],
  ) {
    super(`Care plan cannot move from ${typeof from === 'string' ? from : typeof from} to ${to}: ${reasons.map((r) => r.en).join(' ') || 'not allowed'}`);
    this.name = 'TransitionError';
  }
}

/** A recorded move: the contract's fields plus who (`byId`, `byRole`) in extra keys. */
export type RecordedTransition = StepTransition & { byId: string; byRole?: string };

/**
 * Returns a new plan at step `to`, with the move appended to `transitions`. Throws
 * `TransitionError` when the move is not allowed or blocked. `at` is an ISO date-time with offset.
 * Every other field (including unknown ones of a later contract version) is kept as it is.
 */
export function applyTransition<P extends PlanLike & { transitions?: unknown }>(
  plan: P,
  to: CarePlanStep,
  user: CarePlanUser,
  at: string,
  note?: string,
): P & { status: CarePlanStep; transitions: CarePlan['transitions'] } {
  const from = plan.status;
  if (!isStep(from) || !CARE_PLAN_TRANSITIONS[from].includes(to)) {
    throw new TransitionError(from, to, []);
  }
  const blockers = blockersFor(plan, to);
  if (blockers.length) throw new TransitionError(from, to, blockers);
  const record: RecordedTransition = { from, to, by: user.name, byId: user.id, at };
  if (user.role) record.byRole = user.role;
  if (note) record.note = note;
  const previous = Array.isArray(plan.transitions) ? (plan.transitions as CarePlan['transitions']) : [];
  return { ...plan, status: to, transitions: [...previous, record] };
}

/** `date` as an ISO date-time with the local UTC offset, e.g. `2026-11-22T08:30:00+07:00`. */
export function toLocalDateTime(date: Date): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}
