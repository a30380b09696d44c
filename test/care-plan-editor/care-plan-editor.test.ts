import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { driverEmulatesMedia, pressChord, whilePrinting } from '../helpers/engine.js';
import * as fc from 'fast-check';
import '../../src/define/care-plan-editor.js';
import '../../src/define/provider.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import type { AnsinhCarePlanActivity, AnsinhCarePlanGoal } from '../../src/components/care-plan-editor/parts/items.js';
import { IndexedDbSource } from '../../src/data/indexeddb-source.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { bigPlan, samplePlan } from './fixtures.js';

const user = { id: 's1', name: 'Trần Văn Bình', role: 'social-worker' };
type AnyField = HTMLElement & { value: string; shadowRoot: ShadowRoot };

async function mount(plan: unknown = samplePlan(), extra: { readonly?: boolean; lang?: string; today?: string } = {}) {
  const el = await fixture<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor
    lang=${extra.lang ?? 'vi'}
    today=${extra.today ?? '2026-11-22'}
    ?readonly=${!!extra.readonly}
    .user=${user}
    .plan=${plan}
  ></ansinh-care-plan-editor>`);
  await el.updateComplete;
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const goalRows = (el: HTMLElement) => [...root(el).querySelectorAll<AnsinhCarePlanGoal>('ansinh-care-plan-goal')];
const actRows = (el: HTMLElement) => [...root(el).querySelectorAll<AnsinhCarePlanActivity>('ansinh-care-plan-activity')];
function fieldIn(host: Element, path: string): AnyField {
  const f = host.shadowRoot!.querySelector<AnyField>(`[data-path="${path}"]`);
  if (!f) throw new Error(`no field ${path}`);
  return f;
}
function goalField(el: HTMLElement, i: number, name: string): AnyField {
  return fieldIn(goalRows(el)[i]!, `goals.${i}.${name}`);
}
/** Types into a primitive text field as a user would (focus the inner input, send keys). */
async function typeInto(field: AnyField, text: string) {
  const inner = field.shadowRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
  inner.focus();
  await sendKeys({ type: text });
}
function action(el: HTMLElement, name: string): HTMLElement {
  return root(el).querySelector<HTMLElement>(`[data-action="${name}"]`)!;
}
async function clearDraft(id = 'kh-2026-017') {
  await new IndexedDbSource().clearDraft(`care-plan:${id}`);
}

describe('<ansinh-care-plan-editor>', () => {
  beforeEach(() => clearDraft());
  afterEach(async () => {
    if (driverEmulatesMedia) await emulateMedia({ media: 'screen' });
    await clearDraft();
  });

  it('shows the plan, its step and sections, and is accessible', async () => {
    const el = await mount();
    const current = root(el).querySelector('.steps [aria-current="step"]')!;
    expect(current.textContent).to.contain('Xây dựng kế hoạch trợ giúp');
    expect(goalRows(el)).to.have.length(3);
    expect(actRows(el)).to.have.length(2);
    expect(goalField(el, 0, 'description').value).to.equal('Tự đi lại trong phòng với khung tập đi');
    // Goal 2 was due 2026-11-01 and is still active: overdue on 2026-11-22.
    expect(goalRows(el)[1]!.shadowRoot!.querySelector('ansinh-badge')?.textContent).to.contain('Quá hạn');
    expect(root(el).querySelector('[data-state="overdue"]')?.textContent).to.contain('1 lần rà soát đã quá hạn');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const el = await mount(samplePlan(), { lang: 'en' });
    expect(root(el).querySelector('.steps [aria-current="step"]')!.textContent).to.contain('Building the support plan');
    expect(action(el, 'save').textContent).to.contain('Save plan');
    expect(root(el).querySelector('[data-state="overdue"]')?.textContent).to.contain('1 review is overdue');
    await expect(el).to.be.accessible();
  });

  it('offers only allowed step changes and records who and when', async () => {
    const el = await mount();
    const offered = [...root(el).querySelectorAll<HTMLElement>('[data-transition]')].map((b) => b.dataset.transition);
    expect(offered).to.deep.equal(['intake', 'implementing', 'closed']);
    root(el).querySelector<HTMLElement>('[data-transition="implementing"]')!.click();
    await el.updateComplete;
    expect(el.plan!.status).to.equal('implementing');
    const last = el.plan!.transitions.at(-1)!;
    expect(last).to.include({ from: 'planning', to: 'implementing', by: 'Trần Văn Bình' });
    expect(last.at).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    const next = [...root(el).querySelectorAll<HTMLElement>('[data-transition]')].map((b) => b.dataset.transition);
    expect(next).to.deep.equal(['monitoring', 'planning', 'closed']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Thực hiện kế hoạch');
  });

  it('undoes and redoes by keyboard, merging a burst of typing into one step', async () => {
    const el = await mount();
    const f = goalField(el, 0, 'target');
    await typeInto(f, ' mỗi ngày');
    await el.updateComplete;
    expect(el.plan!.goals[0]!.target).to.equal('20 m mỗi ngày');
    await pressChord('Control+z');
    await el.updateComplete;
    expect(el.plan!.goals[0]!.target).to.equal('20 m');
    await goalRows(el)[0]!.updateComplete;
    expect(goalField(el, 0, 'target').value).to.equal('20 m');
    await pressChord('Control+Shift+z');
    await el.updateComplete;
    expect(el.plan!.goals[0]!.target).to.equal('20 m mỗi ngày');
    await pressChord('Control+z');
    await pressChord('Control+y');
    await el.updateComplete;
    expect(el.plan!.goals[0]!.target).to.equal('20 m mỗi ngày');
  });

  it('undoes and redoes with the buttons', async () => {
    const el = await mount();
    const undoBtn = action(el, 'undo') as HTMLElement & { disabled: boolean };
    const redoBtn = action(el, 'redo') as HTMLElement & { disabled: boolean };
    expect(undoBtn.disabled).to.equal(true);
    action(el, 'add-goal').click();
    await el.updateComplete;
    expect(goalRows(el)).to.have.length(4);
    expect(undoBtn.disabled).to.equal(false);
    undoBtn.click();
    await el.updateComplete;
    expect(goalRows(el)).to.have.length(3);
    expect(redoBtn.disabled).to.equal(false);
    redoBtn.click();
    await el.updateComplete;
    expect(goalRows(el)).to.have.length(4);
  });

  it('sends ansinh-change debounced with the plan, and only the plan', async () => {
    const el = await mount();
    const seen: unknown[] = [];
    el.addEventListener('ansinh-change', (e) => seen.push(e.detail));
    await typeInto(goalField(el, 0, 'target'), 'xyz');
    expect(seen).to.have.length(0);
    await aTimeout(450);
    expect(seen).to.have.length(1);
    expect((seen[0] as { goals: { target: string }[] }).goals[0]!.target).to.equal('20 mxyz');
  });

  it('keeps a draft and offers it back after a reload (new element, same database)', async () => {
    const first = await mount();
    await typeInto(goalField(first, 2, 'description'), ' mỗi tuần');
    await waitUntil(() => root(first).querySelector('[data-state="draft-saved"]'), 'draft saved', { timeout: 3000 });
    expect(first.dirty).to.equal(true);
    first.remove();
    const second = await mount();
    await waitUntil(() => root(second).querySelector('[data-state="draft"]'), 'draft offered', { timeout: 3000 });
    const banner = root(second).querySelector('[data-state="draft"]')!;
    expect(banner.textContent).to.contain('Có bản nháp chưa lưu từ');
    expect(goalField(second, 2, 'description').value).to.equal('Giảm lo âu, tham gia sinh hoạt tập thể');
    action(second, 'restore-draft').click();
    await second.updateComplete;
    await goalRows(second)[2]!.updateComplete;
    expect(goalField(second, 2, 'description').value).to.equal('Giảm lo âu, tham gia sinh hoạt tập thể mỗi tuần');
    // Undo goes back to the plan as loaded.
    second.undo();
    await second.updateComplete;
    expect(second.plan!.goals[2]!.description).to.equal('Giảm lo âu, tham gia sinh hoạt tập thể');
  });

  it('uses the provider’s DataSource for drafts and saving', async () => {
    const source = new MemorySource();
    const wrap = await fixture(html`<ansinh-provider .source=${source}>
      <ansinh-care-plan-editor today="2026-11-22" .user=${user} .plan=${samplePlan()}></ansinh-care-plan-editor>
    </ansinh-provider>`);
    const el = wrap.querySelector('ansinh-care-plan-editor')!;
    await el.updateComplete;
    await typeInto(goalField(el, 0, 'target'), '!');
    await waitUntil(async () => (await source.loadDraft('care-plan:kh-2026-017')) !== undefined, 'draft in source', { timeout: 3000 });
    const submitted = oneEvent(el, 'ansinh-submit');
    action(el, 'save').click();
    const ev = await submitted;
    expect((ev.detail as { goals: { target: string }[] }).goals[0]!.target).to.equal('20 m!');
    await waitUntil(() => !el.dirty, 'saved');
    expect(((await source.getCarePlan('kh-2026-017')) as { goals: { target: string }[] }).goals[0]!.target).to.equal('20 m!');
    expect(await source.loadDraft('care-plan:kh-2026-017')).to.equal(undefined);
  });

  it('warns before leaving with unsaved changes', async () => {
    const el = await mount();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).to.equal(false);
    action(el, 'add-goal').click();
    await el.updateComplete;
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).to.equal(true);
  });

  it('reorders goals by keyboard (Alt+Arrow) and buttons, announcing the move and keeping focus', async () => {
    const el = await mount();
    const handle = goalRows(el)[0]!.shadowRoot!.querySelector<HTMLElement>('[data-control="handle"]')!;
    handle.focus();
    await pressChord('Alt+ArrowDown');
    await waitUntil(() => el.plan!.goals[1]!.id === 'g1');
    expect(el.plan!.goals.map((g) => g.id)).to.deep.equal(['g2', 'g1', 'g3']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Đã chuyển Mục tiêu 1 tới vị trí 2/3');
    await waitUntil(() => goalRows(el)[1]!.shadowRoot!.activeElement?.getAttribute('data-control') === 'handle', 'focus kept');
    await pressChord('Alt+ArrowDown');
    await waitUntil(() => el.plan!.goals[2]!.id === 'g1');
    // Move-up button on the last activity.
    const up = actRows(el)[1]!.shadowRoot!.querySelector<HTMLElement>('[data-control="up"]')!;
    up.click();
    await waitUntil(() => el.plan!.activities[0]!.id === 'a2');
    expect(el.plan!.activities.map((a) => a.id)).to.deep.equal(['a2', 'a1']);
    await expect(el).to.be.accessible();
  });

  it('reorders by pointer with the drag handle', async () => {
    const el = await mount();
    const rows = goalRows(el);
    const handle = rows[0]!.shadowRoot!.querySelector<HTMLElement>('[data-control="handle"]')!;
    const h = handle.getBoundingClientRect();
    const last = rows[2]!.getBoundingClientRect();
    const opts = { bubbles: true, composed: true, pointerId: 1, button: 0, isPrimary: true };
    handle.dispatchEvent(new PointerEvent('pointerdown', { ...opts, clientX: h.x + 5, clientY: h.y + 5 }));
    handle.dispatchEvent(new PointerEvent('pointermove', { ...opts, clientX: h.x + 5, clientY: last.bottom - 2 }));
    expect(rows[2]!.dataset.drop).to.equal('after');
    handle.dispatchEvent(new PointerEvent('pointerup', { ...opts, clientX: h.x + 5, clientY: last.bottom - 2 }));
    await waitUntil(() => el.plan!.goals[2]!.id === 'g1');
    expect(el.plan!.goals.map((g) => g.id)).to.deep.equal(['g2', 'g3', 'g1']);
  });

  it('readonly shows a document with no fields and ignores Ctrl+Z', async () => {
    const el = await mount(samplePlan(), { readonly: true });
    expect(!!root(el).querySelector('ansinh-text-field')).to.equal(false);
    expect(!!root(el).querySelector('[part="toolbar"]')).to.equal(false);
    const doc = root(el).querySelector('[part="document"]')!;
    expect(doc.textContent).to.contain('Tự đi lại trong phòng với khung tập đi');
    expect(doc.querySelectorAll('table.goals tbody tr')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('keeps fields of a later contract version through edits and save', async () => {
    const plan = {
      ...samplePlan(),
      'x-version2': { riskLevel: 'low', flags: [1, 2] },
      goals: samplePlan().goals!.map((g, i) => (i === 0 ? { ...g, weight: 3, 'x-icf': ['d450'] } : g)),
      activities: samplePlan().activities!.map((a, i) =>
        i === 0 ? { ...a, room: 'P.PHCN 2', progressNotes: [{ ...a.progressNotes![0]!, mood: 'vui' }] } : a,
      ),
    };
    const el = await mount(plan);
    await typeInto(goalField(el, 0, 'description'), ' (có hỗ trợ)');
    await typeInto(fieldIn(actRows(el)[0]!, 'activities.0.progressNotes.0.text'), ' Tiến bộ.');
    const submitted = oneEvent(el, 'ansinh-submit');
    action(el, 'save').click();
    const saved = (await submitted).detail as Record<string, any>;
    expect(saved['x-version2']).to.deep.equal({ riskLevel: 'low', flags: [1, 2] });
    expect(saved.goals[0]).to.include({ weight: 3, description: 'Tự đi lại trong phòng với khung tập đi (có hỗ trợ)' });
    expect(saved.goals[0]['x-icf']).to.deep.equal(['d450']);
    expect(saved.activities[0].room).to.equal('P.PHCN 2');
    expect(saved.activities[0].progressNotes[0]).to.include({ mood: 'vui', text: 'Đi được 5 m với khung. Tiến bộ.' });
  });

  it('opens a partly invalid plan, shows each problem at its field, and lets the user fix it', async () => {
    const plan = samplePlan() as Record<string, any>;
    plan.goals[1].dueDate = '2026-02-30';
    plan.goals[2].description = '';
    plan.activities[0].domain = 'yoga';
    const invalid = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('ansinh-invalid', (e) => resolve(e as CustomEvent), { once: true }),
    );
    const el = await mount(plan);
    expect((await invalid).detail.issues.length).to.be.greaterThan(0);
    const summary = root(el).querySelector('.summary')!;
    expect(summary.querySelector('h2')!.textContent).to.contain('Kế hoạch có 3 chỗ cần sửa');
    await goalRows(el)[1]!.updateComplete;
    // The wrong date stays visible (as text) with the contract's message under it.
    const due = goalField(el, 1, 'dueDate');
    expect(due.value).to.equal('2026-02-30');
    expect(due.shadowRoot.querySelector('[part="error"]')!.textContent).to.contain('ngày có thật');
    const desc = goalField(el, 2, 'description');
    expect(!!desc.shadowRoot.querySelector('[part="error"]')).to.equal(true);
    expect(actRows(el)[0]!.open).to.equal(true);
    // Saving is refused and says why; nothing typed is lost.
    await typeInto(desc, 'Ngủ đủ giấc');
    action(el, 'save').click();
    await el.updateComplete;
    expect(el.plan!.goals[2]!.description).to.equal('Ngủ đủ giấc');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Chưa lưu được: còn 2 lỗi cần sửa');
    // Fix the rest.
    const dueInput = due.shadowRoot.querySelector('input')!;
    dueInput.focus();
    dueInput.select();
    await sendKeys({ type: '2026-03-01' });
    const domain = fieldIn(actRows(el)[0]!, 'activities.0.domain');
    const select = domain.shadowRoot.querySelector('select')!;
    select.value = 'rehabilitation';
    select.dispatchEvent(new Event('change'));
    await aTimeout(400);
    await el.updateComplete;
    expect(root(el).querySelector('.summary')?.textContent ?? '', JSON.stringify(el.plan!.goals[1])).to.equal('');
    const submitted = oneEvent(el, 'ansinh-submit');
    action(el, 'save').click();
    expect(((await submitted).detail as { goals: { dueDate: string }[] }).goals[1]!.dueDate).to.equal('2026-03-01');
    await expect(el).to.be.accessible();
  });

  it('case file (Thông tư 02/2020): closing waits for the reason and date, records default to the step, next review shown, printed', async () => {
    const plan = {
      ...samplePlan(),
      status: 'monitoring',
      caseFile: { caseNumber: 'HS-2026-017', caseManager: 'Trần Văn Bình', openedOn: '2026-01-10', reviewEvery: 'quarterly' },
      reviews: [{ dueDate: '2026-07-10', doneAt: '2026-07-12' }],
    };
    const el = await mount(plan);
    const section = root(el).querySelector('[data-section="case-file"]')!;
    expect(fieldIn(el, 'caseFile.caseNumber').value).to.equal('HS-2026-017');
    // Reviewed on 12/07: the next quarterly review was due 12/10, before "today" (22/11).
    expect(section.querySelector('[data-next-review]')!.textContent).to.contain('Đã quá hạn rà soát định kỳ (hạn 12/10/2026)');
    const close = () => root(el).querySelector<HTMLElement & { disabled: boolean }>('[data-transition="closed"]')!;
    expect(close().disabled).to.equal(true);
    expect(close().parentElement!.textContent).to.contain('Cần ghi lý do và ngày kết thúc');
    const set = async (path: string, value: string) => {
      const field = fieldIn(el, path);
      const inner = field.shadowRoot.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
      inner.value = value;
      inner.dispatchEvent(new Event(inner.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await set('caseFile.closure.reason', 'requested');
    await set('caseFile.closure.date', '2026-11-20');
    expect(el.plan!.caseFile!.closure).to.deep.equal({ reason: 'requested', date: '2026-11-20' });
    expect(close().disabled).to.equal(false);
    // A record added at this step starts as Mẫu 05 (monitoring), dated today.
    action(el, 'add-record').click();
    await el.updateComplete;
    expect(el.plan!.stepRecords![0]).to.include({ form: 'mau-05', date: '2026-11-22' });
    close().click();
    await el.updateComplete;
    expect(el.plan!.status).to.equal('closed');
    await expect(el).to.be.accessible();
    await whilePrinting(async () => {
      await waitUntil(() => root(el).querySelector('[part="document"]'), 'document rendered for print');
      const doc = root(el).querySelector<HTMLElement>('[part="document"] .case-file')!;
      const t = doc.textContent!.replace(/\s+/g, ' ');
      expect(t).to.contain('HS-2026-017').and.contain('Mẫu 05: Theo dõi tiến độ').and.contain('Đối tượng hoặc người giám hộ đề nghị dừng').and.contain('20/11/2026');
    });
    // Emptying every closure field removes the closure rather than leaving an invalid one.
    await set('caseFile.closure.reason', '');
    await set('caseFile.closure.date', '');
    expect(el.plan!.caseFile).to.not.have.property('closure');
  });

  it('prints an A4 document: no controls, goals table, signature lines, goals never split', async () => {
    const el = await mount();
    await whilePrinting(async () => {
      await waitUntil(() => root(el).querySelector('[part="document"]'), 'document rendered for print');
      await el.updateComplete;
      const doc = root(el).querySelector<HTMLElement>('[part="document"]')!;
      expect(getComputedStyle(doc).display).to.not.equal('none');
      expect(getComputedStyle(root(el).querySelector('.editor')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="toolbar"]')!).display).to.equal('none');
      const goals = doc.querySelectorAll<HTMLElement>('table.goals tbody tr.goal');
      expect(goals).to.have.length(3);
      expect(getComputedStyle(goals[0]!).breakInside).to.equal('avoid');
      const sigs = doc.querySelectorAll('.signature');
      // 3 team members, resident or guardian, director.
      expect(sigs).to.have.length(5);
      expect(!!doc.querySelector('.signature .line')).to.equal(true);
      expect(doc.textContent).to.contain('Giám đốc');
    });
    await waitUntil(() => !root(el).querySelector('[part="document"]'), 'document removed after print');
  });

  it('edits one note of a 50-goal, 500-activity plan without re-rendering the others', async () => {
    const el = await mount(bigPlan());
    expect(actRows(el)).to.have.length(500);
    const row = actRows(el)[250]!;
    await row.focusNote(0);
    const others = [actRows(el)[249]!, goalRows(el)[10]!];
    const counts = others.map(() => 0);
    others.forEach((o, i) => {
      const orig = (o as any).update.bind(o);
      (o as any).update = (c: unknown) => {
        counts[i]!++;
        orig(c);
      };
    });
    let rowUpdates = 0;
    const origRow = (row as any).update.bind(row);
    (row as any).update = (c: unknown) => {
      rowUpdates++;
      origRow(c);
    };
    await sendKeys({ type: 'abc' });
    await el.updateComplete;
    expect(el.plan!.activities[250]!.progressNotes[0]!.text).to.equal('Ghi chép 251abc');
    expect(rowUpdates).to.be.greaterThan(0);
    expect(counts).to.deep.equal([0, 0]);
  });

  it('never throws on garbage: junk gives the error state, hostile strings render as text', async () => {
    const el = await mount();
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent | ErrorEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), fc.string(), fc.constant(null), fc.array(fc.anything())), async (input) => {
          el.plan = input;
          await el.updateComplete;
          const alert = root(el).querySelector('[role="alert"]');
          // null and undefined are no plan (empty); any other non-object is not a plan.
          if (input === null || input === undefined) expect(!!alert).to.equal(false);
          else if (typeof input !== 'object' || Array.isArray(input)) expect(!!alert).to.equal(true);
        }),
        { numRuns: 40 },
      );
      const junk = fc.oneof(fc.anything(), fc.array(fc.anything({ withNullPrototype: true })), fc.array(fc.dictionary(fc.string(), fc.anything())));
      await fc.assert(
        fc.asyncProperty(fc.string(), junk, junk, junk, junk, async (s, a, b, c, d) => {
          const plan = {
            ...samplePlan(),
            title: `<img src=x onerror=alert(1)>${s}`,
            status: a,
            goals: [{ id: 'g', description: s, status: a, dueDate: b }, ...(Array.isArray(b) ? b : [])],
            activities: c,
            reviews: d,
            careTeam: b,
            signOffs: c,
            needsAssessment: d,
            transitions: a,
          };
          el.plan = plan;
          await el.updateComplete;
          await Promise.all(goalRows(el).map((r) => r.updateComplete));
          expect(!!root(el).querySelector('img')).to.equal(false);
          // Junk of the wrong shape is not a plan (error state); a plan that opens shows the title as text.
          if (!el.plan) {
            expect(!!root(el).querySelector('[role="alert"]')).to.equal(true);
            return;
          }
          el.readonly = true;
          await el.updateComplete;
          expect(root(el).querySelector('[part="document"]')!.textContent).to.contain('<img src=x');
          el.readonly = false;
        }),
        { numRuns: 25 },
      );
      // A plan that opens, with hostile text in it, renders that text as text.
      el.plan = { ...samplePlan(), title: '<img src=x onerror=alert(1)>', goals: [{ id: 'g', domain: 'other', description: '<img src=y>', status: 'active' }] };
      await el.updateComplete;
      await Promise.all(goalRows(el).map((r) => r.updateComplete));
      expect(!!root(el).querySelector('img')).to.equal(false);
      el.readonly = true;
      await el.updateComplete;
      expect(root(el).querySelector('[part="document"]')!.textContent).to.contain('<img src=x').and.contain('<img src=y>');
      el.readonly = false;
      await aTimeout(0);
      expect(errors.map(String)).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
    }
  });

  it('shows the error state for JSON that is not a plan (child script)', async () => {
    const el = await fixture<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor>
      <script type="application/json">[1, 2]</script>
    </ansinh-care-plan-editor>`);
    await el.updateComplete;
    expect(!!root(el).querySelector('[role="alert"]')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<ansinh-care-plan-editor> toFhir', () => {
  it('exports the edited plan as a FHIR CarePlan with its Goals', async () => {
    const el = await fixture<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor .plan=${samplePlan()}></ansinh-care-plan-editor>`);
    const { carePlan, goals } = el.toFhir();
    expect(carePlan.resourceType).to.equal('CarePlan');
    expect(goals).to.have.length(3);
    el.plan = { ...samplePlan(), goals: [{ id: 'bad id' }] };
    expect(() => el.toFhir()).to.throw();
  });
});
