import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { threeWayMerge } from '../../src/components/care-plan-editor/merge.js';

const base = {
  id: 'kh-1',
  title: 'Kế hoạch A',
  status: 'planning',
  goals: [
    { id: 'g1', text: 'Ăn đủ bữa', status: 'active' },
    { id: 'g2', text: 'Đi lại an toàn', status: 'active' },
  ],
};

describe('care-plan editor: reapplying edits on a newer version (three-way merge)', () => {
  it('takes their changes where I changed nothing, and mine where they changed nothing', () => {
    const mine = { ...base, title: 'Kế hoạch A (sửa)' };
    const theirs = { ...base, status: 'implementing' };
    const r = threeWayMerge(base, mine, theirs);
    expect(r.value).to.deep.equal({ ...base, title: 'Kế hoạch A (sửa)', status: 'implementing' });
    expect(r.clashes).to.deep.equal([]);
  });

  it('merges goals item by item: my new goal is added, their edit of another goal kept, my removal stands', () => {
    const mine = { ...base, goals: [base.goals[0], { id: 'g3', text: 'Gặp gia đình', status: 'active' }] };
    const theirs = { ...base, goals: [{ ...base.goals[0]!, status: 'achieved' }, base.goals[1]] };
    const r = threeWayMerge(base, mine, theirs);
    expect(r.value.goals).to.deep.equal([
      { id: 'g1', text: 'Ăn đủ bữa', status: 'achieved' },
      { id: 'g3', text: 'Gặp gia đình', status: 'active' },
    ]);
    expect(r.clashes).to.deep.equal([]);
  });

  it('where both changed the same value, mine wins and the place is named', () => {
    const mine = { ...base, goals: [{ ...base.goals[0]!, text: 'Ăn đủ ba bữa' }, base.goals[1]] };
    const theirs = { ...base, goals: [{ ...base.goals[0]!, text: 'Ăn đủ bữa, uống đủ nước' }, base.goals[1]] };
    const r = threeWayMerge(base, mine, theirs);
    expect(r.value.goals[0]).to.deep.equal({ id: 'g1', text: 'Ăn đủ ba bữa', status: 'active' });
    expect(r.clashes).to.deep.equal(['goals.g1.text']);
  });

  it('a goal they removed but I changed is kept, and named', () => {
    const mine = { ...base, goals: [base.goals[0], { ...base.goals[1]!, text: 'Đi lại có người đỡ' }] };
    const theirs = { ...base, goals: [base.goals[0]] };
    const r = threeWayMerge(base, mine, theirs);
    expect(r.value.goals.map((g) => g!.id)).to.deep.equal(['g1', 'g2']);
    expect(r.clashes).to.deep.equal(['goals.g2']);
  });

  it('properties: no edits of mine gives theirs; mine equal to theirs gives it; nothing is lost from either side', () => {
    const plan = fc.record({ title: fc.string(), note: fc.option(fc.string(), { nil: undefined }), n: fc.integer() });
    fc.assert(
      fc.property(plan, plan, plan, (b, m, t) => {
        expect(threeWayMerge(b, b, t).value).to.deep.equal(t);
        expect(threeWayMerge(b, m, m).value).to.deep.equal(m);
        const r = threeWayMerge(b, m, t).value as Record<string, unknown>;
        for (const k of ['title', 'n'] as const) {
          if (m[k] !== b[k]) expect(r[k]).to.equal(m[k]);
          else expect(r[k]).to.equal(t[k]);
        }
      }),
    );
  });
});
