import { expect } from '@open-wc/testing';
import {
  COALESCE_MS,
  groupIssues,
  move,
  record,
  redo,
  setIn,
  startHistory,
  toDraft,
  undo,
} from '../../src/components/care-plan-editor/model.js';
import { parseCarePlan } from '../../src/contract/parse.js';

describe('care plan model', () => {
  it('setIn copies only the path and keeps unknown keys', () => {
    const plan = { a: { b: [{ c: 1, x: 'keep' }, { c: 2 }] }, other: { deep: true } };
    const next = setIn(plan, ['a', 'b', 0, 'c'], 5);
    expect(next.a.b[0]).to.deep.equal({ c: 5, x: 'keep' });
    expect(next.a.b[1]).to.equal(plan.a.b[1]);
    expect(next.other).to.equal(plan.other);
    expect(plan.a.b[0]!.c).to.equal(1);
  });

  it('merges a burst of typing in one field into one undo step', () => {
    let h = startHistory('');
    h = record(h, 'a', 'f', 1000);
    h = record(h, 'ab', 'f', 1200);
    h = record(h, 'abc', 'f', 1400);
    h = record(h, 'abcX', 'g', 1500); // another field: new step
    h = record(h, 'abcXY', 'g', 1500 + COALESCE_MS + 1); // a pause: new step
    expect(h.past).to.deep.equal(['', 'abc', 'abcX']);
    h = undo(h);
    expect(h.present).to.equal('abcX');
    h = undo(undo(h));
    expect(h.present).to.equal('');
    expect(undo(h)).to.equal(h);
    h = redo(h);
    expect(h.present).to.equal('abc');
    h = record(h, 'new');
    expect(h.future).to.deep.equal([]);
  });

  it('moves items, clamped', () => {
    expect(move([1, 2, 3], 0, 2)).to.deep.equal([2, 3, 1]);
    expect(move([1, 2, 3], 2, -5)).to.deep.equal([3, 1, 2]);
  });

  it('turns only objects into drafts and groups issues by item', () => {
    expect(toDraft('x')).to.equal(undefined);
    expect(toDraft([])).to.equal(undefined);
    const d = toDraft({ id: 'p', goals: [{ id: 'g', domain: 'nope' }] })!;
    expect(d.activities).to.deep.equal([]);
    const r = parseCarePlan(d);
    expect(r.ok).to.equal(false);
    const groups = groupIssues(r.ok ? [] : r.issues);
    expect([...groups.keys()]).to.include.members(['goals.0', '$plan']);
  });
});
