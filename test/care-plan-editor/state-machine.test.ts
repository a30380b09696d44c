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
});
