import { expect } from '@open-wc/testing';
import {
  STEPS,
  TransitionError,
  allowedTargets,
  applyTransition,
  canTransition,
  toLocalDateTime,
  transitionOptions,
} from '../../src/components/care-plan-editor/state-machine.js';
import { parseCarePlan } from '../../src/contract/parse.js';
import { addMonths, nextReviewDue } from '../../src/contract/case-file.js';
import { samplePlan } from './fixtures.js';

const user = { id: 's1', name: 'Trần Văn Bình', role: 'social-worker' };
const at = '2026-11-22T08:30:00+07:00';

describe('care plan state machine', () => {
  it('walks intake -> planning -> implementing -> monitoring -> planning -> implementing -> monitoring -> closed', () => {
    let plan = { ...samplePlan(), status: 'intake' as const, transitions: [] as { from: string; to: string }[] };
    const path = ['planning', 'implementing', 'monitoring', 'planning', 'implementing', 'monitoring', 'closed'] as const;
    for (const to of path) plan = applyTransition(plan, to, user, at);
    expect(plan.status).to.equal('closed');
    expect(plan.transitions.map((t) => `${t.from}>${t.to}`)).to.deep.equal([
      'intake>planning',
      'planning>implementing',
      'implementing>monitoring',
      'monitoring>planning',
      'planning>implementing',
      'implementing>monitoring',
      'monitoring>closed',
    ]);
    // Each move says who and when, and the result still satisfies the contract.
    expect(plan.transitions[0]).to.include({ by: 'Trần Văn Bình', byId: 's1', byRole: 'social-worker', at });
    const r = parseCarePlan(plan);
    expect(r.ok, JSON.stringify(!r.ok && r.issues)).to.equal(true);
  });

  it('offers only the moves the process allows', () => {
    expect(allowedTargets('intake')).to.deep.equal(['planning', 'closed']);
    expect(allowedTargets('monitoring')).to.include('planning');
    expect(allowedTargets('closed')).to.deep.equal(['monitoring']);
    expect(allowedTargets('nonsense')).to.deep.equal([]);
    expect(transitionOptions({ status: 'implementing', goals: [1], activities: [1] }).map((o) => [o.to, o.kind])).to.deep.equal([
      ['monitoring', 'forward'],
      ['planning', 'back'],
      ['closed', 'close'],
    ]);
    expect(transitionOptions({ status: 'closed' })[0]).to.include({ to: 'monitoring', kind: 'reopen' });
  });

  it('refuses a move that is not allowed, and a blocked one, without changing the plan', () => {
    const plan = { ...samplePlan(), status: 'intake' as const };
    expect(() => applyTransition(plan, 'monitoring', user, at)).to.throw(TransitionError);
    expect(plan.status).to.equal('intake');
    const empty = { ...samplePlan(), goals: [], activities: [] };
    expect(canTransition(empty, 'implementing')).to.equal(false);
    try {
      applyTransition(empty, 'implementing', user, at);
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(TransitionError);
      expect((e as TransitionError).reasons.map((r) => r.vi)).to.deep.equal([
        'Cần ít nhất một mục tiêu.',
        'Cần ít nhất một hoạt động.',
      ]);
    }
  });

  it('keeps unknown fields and does not mutate its input', () => {
    const plan = { ...samplePlan(), 'x-future': { a: 1 } };
    const before = JSON.stringify(plan);
    const next = applyTransition(plan, 'implementing', user, at);
    expect(JSON.stringify(plan)).to.equal(before);
    expect(next['x-future']).to.deep.equal({ a: 1 });
    expect(STEPS).to.have.length(5);
  });

  it('formats local date-times that the contract accepts', () => {
    const s = toLocalDateTime(new Date(2026, 10, 22, 8, 5, 9));
    expect(s).to.match(/^2026-11-22T08:05:09[+-]\d{2}:\d{2}$/);
  });

  it('a plan with a case file closes only with a reason and a date (Thông tư 02/2020, Điều 8); one without a case file as before', () => {
    const plan = { ...samplePlan(), status: 'monitoring' as const, caseFile: { caseNumber: 'HS-1' } };
    const close = () => transitionOptions(plan).find((o) => o.to === 'closed')!;
    expect(close().blockers.map((b) => b.vi).join(' ')).to.contain('Thông tư 02/2020');
    expect(canTransition(plan, 'closed')).to.equal(false);
    const withReason = { ...plan, caseFile: { caseNumber: 'HS-1', closure: { reason: 'requested', date: '2026-11-20' } } };
    expect(canTransition(withReason, 'closed')).to.equal(true);
    expect(applyTransition(withReason, 'closed', user, at).status).to.equal('closed');
    expect(canTransition({ ...samplePlan(), status: 'monitoring' }, 'closed')).to.equal(true);
  });

  it('contract: the case file warns about a closed case without closure, a reopened one with it, follow-up before closure', () => {
    const codes = (p: unknown) => {
      const r = parseCarePlan(p);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      return r.warnings.map((w) => w.code);
    };
    expect(codes({ ...samplePlan(), status: 'closed', caseFile: { caseNumber: 'HS-1' } })).to.include('closure_missing');
    expect(codes({ ...samplePlan(), status: 'closed' })).not.to.include('closure_missing');
    const closure = { reason: 'goal-achieved', date: '2026-10-01', followUpUntil: '2026-09-01' };
    expect(codes({ ...samplePlan(), status: 'implementing', caseFile: { caseNumber: 'HS-1', closure } })).to.include.members(['closure_on_open_plan', 'follow_up_before_closure']);
    expect(parseCarePlan({ ...samplePlan(), caseFile: { caseNumber: 'HS-1', closure: { reason: 'bored', date: '2026-10-01' } } }).ok).to.equal(false);
    expect(parseCarePlan({ ...samplePlan(), caseFile: {} }).ok).to.equal(false);
  });

  it('next periodic review: one cadence after the last review done, else after opening; month ends kept; none once closed', () => {
    const base = { period: { start: '2026-01-15' }, reviews: [] as { doneAt?: string }[] };
    expect(nextReviewDue({ ...base, caseFile: { reviewEvery: 'quarterly' } })).to.equal('2026-04-15');
    expect(nextReviewDue({ ...base, caseFile: { reviewEvery: 'monthly', openedOn: '2026-01-31' } })).to.equal('2026-02-28');
    expect(nextReviewDue({ ...base, caseFile: { reviewEvery: 'monthly', openedOn: '2028-01-31' } })).to.equal('2028-02-29');
    expect(nextReviewDue({ ...base, reviews: [{ doneAt: '2026-05-02' }, {}], caseFile: { reviewEvery: 'half-yearly', openedOn: '2026-01-15' } })).to.equal('2026-11-02');
    expect(nextReviewDue({ ...base, caseFile: { reviewEvery: 'yearly', openedOn: '2026-12-31' } })).to.equal('2027-12-31');
    expect(nextReviewDue({ ...base, caseFile: { openedOn: '2026-01-15' } })).to.equal(undefined);
    expect(nextReviewDue({ ...base, caseFile: { reviewEvery: 'monthly', closure: { reason: 'agreed', date: '2026-02-01' } } })).to.equal(undefined);
    expect(addMonths('2026-11-30', 3)).to.equal('2027-02-28');
  });
});
