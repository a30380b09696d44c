import { expect } from '@open-wc/testing';
import {
  formatDateTime,
  COALESCE_MS,
  MAX_NESTING,
  NO_ISSUES,
  blocksEditing,
  dayOrToday,
  draftKeyFor,
  groupIssues,
  isLateReview,
  isStoredDraft,
  itemKeys,
  move,
  parsePath,
  pathKey,
  readPlanInput,
  regroupIssues,
  signOffIndexes,
  withItem,
  withoutItem,
  record,
  redo,
  setIn,
  shortcutFor,
  startHistory,
  toDraft,
  undo,
  unsafeDataIssues,
} from '../../src/components/care-plan-editor/model.js';
import { parseCarePlan } from '../../src/contract/parse.js';
import { samplePlan } from './fixtures.js';

describe('care plan model', () => {
  it('signed times carry a four-digit year in both languages; junk stays as written', () => {
    const at = '2026-12-07T09:20:00+07:00';
    expect(formatDateTime(at, 'vi')).to.match(/\b\d{2}\/\d{2}\/2026\b/);
    expect(formatDateTime(at, 'en')).to.match(/\b\d{2}\/\d{2}\/2026\b/);
    expect(formatDateTime(at, 'vi')).not.to.match(/\/26\b/);
    expect(formatDateTime('not a date', 'vi')).to.equal('not a date');
  });

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

  it('names field paths both ways', () => {
    expect(pathKey(['goals', 2, 'dueDate'])).to.equal('goals.2.dueDate');
    expect(parsePath('activities.10.progressNotes.0.text')).to.deep.equal(['activities', 10, 'progressNotes', 0, 'text']);
  });

  it('keys rows by id only when every id is there and distinct', () => {
    const byId = itemKeys([{ id: 'a' }, { id: 'b' }]);
    expect(byId({ id: 'a' }, 0)).to.equal('a');
    const byPlace = itemKeys([{ id: 'a' }, { id: 'a' }, 'x']);
    expect(byPlace({ id: 'a' }, 1)).to.equal(1);
  });

  it('finds who signed: team members by id or name, the resident or guardian, the director', () => {
    const found = signOffIndexes({
      careTeam: [{ id: 's1', name: 'An' }, { id: 's2', name: 'Bình' }, 'junk', { id: 's3', name: 'Chi' }],
      signOffs: [
        { role: 'director', name: 'Dũng' },
        'junk',
        { role: 'team', name: 'Bình' },
        { role: 'guardian', name: 'Ông E' },
        { role: 'team', name: 'X', memberId: 's1' },
      ],
    });
    expect(found.team.map((t) => [t.member.id, t.index])).to.deep.equal([['s1', 4], ['s2', 2], ['s3', -1]]);
    expect(found.person).to.equal(3);
    expect(found.director).to.equal(0);
    expect(signOffIndexes({})).to.deep.equal({ team: [], person: -1, director: -1 });
  });

  it('tells late reviews and the day to measure against', () => {
    expect(isLateReview({ dueDate: '2026-11-01' }, '2026-11-22')).to.equal(true);
    expect(isLateReview({ dueDate: '2026-11-01', doneAt: '2026-11-02' }, '2026-11-22')).to.equal(false);
    expect(isLateReview({ dueDate: '2026-12-01' }, '2026-11-22')).to.equal(false);
    expect(isLateReview('2026-11-01', '2026-11-22')).to.equal(false);
    expect(dayOrToday('2026-11-22')).to.equal('2026-11-22');
    expect(dayOrToday('soon', new Date(2026, 0, 5))).to.equal('2026-01-05');
  });

  it('adds and removes list items without touching the rest', () => {
    const plan = { goals: [{ id: 'a' }], other: { keep: true } };
    const added = withItem(plan, 'goals', { id: 'b' });
    expect(added.goals).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
    expect(added.other).to.equal(plan.other);
    expect(withoutItem(added, 'goals', 0).goals).to.deep.equal([{ id: 'b' }]);
    expect(withItem({ goals: 'junk' }, 'goals', 1).goals).to.deep.equal([1]);
  });

  it('keeps the issue arrays of items whose issues did not change', () => {
    const issue = (path: (string | number)[], code = 'x') => ({ path, code, severity: 'error' as const, message: { vi: code, en: code } });
    const first = regroupIssues(new Map(), [issue(['goals', 0, 'a']), issue(['goals', 1, 'b'])]);
    const second = regroupIssues(first, [issue(['goals', 0, 'a']), issue(['goals', 1, 'c'], 'y')]);
    expect(second.get('goals.0')).to.equal(first.get('goals.0'));
    expect(second.get('goals.1')).to.not.equal(first.get('goals.1'));
    expect(NO_ISSUES).to.have.length(0);
  });

  it('keys drafts by plan id and knows a stored draft', () => {
    expect(draftKeyFor({ id: 'kh-1' })).to.equal('care-plan:kh-1');
    expect(draftKeyFor({})).to.equal('care-plan:new');
    expect(draftKeyFor(undefined)).to.equal('care-plan:new');
    expect(isStoredDraft({ plan: {}, savedAt: '2026-11-22T08:00:00+07:00' })).to.equal(true);
    expect(isStoredDraft({ plan: [], savedAt: 'x' })).to.equal(false);
    expect(isStoredDraft(null)).to.equal(false);
  });

  it('finds what is not plain data, without reading strings', () => {
    expect(unsafeDataIssues(samplePlan())).to.deep.equal([]);
    const codes = (v: unknown) => unsafeDataIssues(v).map((i) => `${i.path.join('.')}:${i.code}`);
    expect(codes({ a: [1, NaN, Infinity], f: () => 1, b: 1n })).to.deep.equal(['a.1:not_json', 'a.2:not_json', 'f:not_json', 'b:not_json']);
    expect(codes(JSON.parse('{"x": {"__proto__": {"y": 1}}, "constructor": {}}'))).to.deep.equal(['x.__proto__:forbidden_key', 'constructor:forbidden_key']);
    const self: Record<string, unknown> = { a: 1 };
    self.me = self;
    expect(codes(self)).to.deep.equal(['me:cycle']);
    const shared = { s: 1 };
    expect(codes({ a: shared, b: shared })).to.deep.equal([]);
    let nest: unknown = 1;
    for (let i = 0; i < MAX_NESTING + 5; i++) nest = [nest];
    expect(codes(nest)).to.have.length(1);
    expect(unsafeDataIssues(nest)[0]!.code).to.equal('too_deep');
    const hostile = Object.defineProperty({}, 'id', { enumerable: true, get: () => { throw new Error('no'); } });
    expect(codes(hostile)).to.deep.equal([':unreadable']);
    const issue = unsafeDataIssues({ title: NaN })[0]!;
    expect(issue.field).to.deep.equal({ vi: 'Tiêu đề', en: 'Title' });
    expect(issue.message.vi).to.contain('Không phải giá trị JSON');
  });

  it('opens a plan whose problems the editor can fix, and only such a plan', () => {
    const issue = (path: (string | number)[], code: string) => ({ path, code, severity: 'error' as const, message: { vi: '', en: '' } });
    expect(blocksEditing(issue(['goals', 0, 'dueDate'], 'date'))).to.equal(false);
    expect(blocksEditing(issue(['goals', 0, 'dueDate'], 'invalid_type'))).to.equal(true);
    expect(blocksEditing(issue(['goals', 0, 'id'], 'id'))).to.equal(false);
    expect(blocksEditing(issue(['residentId'], 'required'))).to.equal(false);
    expect(blocksEditing(issue(['status'], 'required'))).to.equal(true);
    expect(blocksEditing(issue(['status'], 'invalid_value'))).to.equal(true);
    expect(blocksEditing(issue(['transitions', 0, 'at'], 'date_time'))).to.equal(true);
    expect(blocksEditing(issue(['title'], 'too_long'))).to.equal(true);
    expect(blocksEditing({ ...issue(['status'], 'x'), severity: 'warning' })).to.equal(false);

    expect(readPlanInput(null)).to.deep.equal({ kind: 'none' });
    expect(readPlanInput(undefined)).to.deep.equal({ kind: 'none' });
    expect(readPlanInput(42).kind).to.equal('not-a-plan');
    expect(readPlanInput({ ...samplePlan(), goals: {} }).kind).to.equal('not-a-plan');
    const ok = readPlanInput(samplePlan());
    expect(ok.kind).to.equal('plan');
    const fixable = readPlanInput({ ...samplePlan(), title: '', residentId: undefined });
    expect(fixable.kind).to.equal('plan');
    if (fixable.kind === 'plan') expect(fixable.issues.map((i) => i.path.join('.'))).to.include.members(['title', 'residentId']);
  });

  it('judges a 5 MB title by its length alone (one too_long issue, nothing else read into it)', () => {
    const r = readPlanInput({ ...samplePlan(), title: 'x'.repeat(5 * 1024 * 1024) });
    expect(r.kind).to.equal('not-a-plan');
    if (r.kind === 'not-a-plan') expect(r.issues.map((i) => i.code)).to.deep.equal(['too_long']);
  });

  it('reads the keyboard shortcuts', () => {
    const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
      shortcutFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect(key('z', { ctrlKey: true })).to.equal('undo');
    expect(key('Z', { metaKey: true, shiftKey: true })).to.equal('redo');
    expect(key('y', { ctrlKey: true })).to.equal('redo');
    expect(key('s', { ctrlKey: true })).to.equal('save');
    expect(key('z')).to.equal(undefined);
    expect(key('z', { ctrlKey: true, altKey: true })).to.equal(undefined);
    expect(key('a', { ctrlKey: true })).to.equal(undefined);
  });
});
