import { expect } from '@open-wc/testing';
import type { SurveyDefinition, SurveyItem } from '../../src/contract/survey.js';
import {
  allVisibleItems,
  answerAfterInput,
  asksReason,
  buildResponse,
  checkAnswers,
  checkDefinition,
  checkItem,
  composeAnswer,
  conditionHolds,
  contactField,
  draftKey,
  isDraft,
  isEmptyAnswer,
  isEnabled,
  itemByCode,
  optionValue,
  parseFormState,
  scaleOptions,
  visibleItems,
  type Answers,
} from '../../src/components/survey/model.js';
import { onlyInitialAnswers, refreshTodayAnswers, withInitialAnswers } from '../../src/components/survey/initial-answers.js';
import {
  itemLabel,
  problemText,
  screenItems,
  sectionOf,
  sendStatusText,
  shownSections,
  validityFlags,
} from '../../src/components/survey/view-model.js';
import { surveyMessages } from '../../src/components/survey/messages.js';
import { SMALL } from './fixtures.js';
import { mohInpatient } from '../../src/contract/survey-templates/moh-inpatient.js';

const small = (): SurveyDefinition => {
  const def = checkDefinition(SMALL);
  if (!def) throw new Error('the SMALL fixture failed the contract');
  return def;
};
const codes = (items: readonly SurveyItem[]) => items.map((i) => i.code);
const ctx = { id: 'r-1', startedAt: '2025-03-01T08:00:00.000Z', status: 'completed' as const, language: 'vi' as const, mode: 'web' as const };

describe('survey model', () => {
  describe('enableWhen and visibility', () => {
    it('conditionHolds compares numbers as numbers and option values given as strings or numbers alike', () => {
      expect(conditionHolds({ item: 'a', operator: '>', answer: 9 }, { a: '10' })).to.equal(true);
      expect(conditionHolds({ item: 'a', operator: '=', answer: '2' }, { a: 2 })).to.equal(true);
      expect(conditionHolds({ item: 'a', operator: '<=', answer: 2 }, { a: 3 })).to.equal(false);
    });

    it('exists, and an empty answer meets only "!="', () => {
      expect(conditionHolds({ item: 'a', operator: 'exists', answer: true }, {})).to.equal(false);
      expect(conditionHolds({ item: 'a', operator: 'exists', answer: false }, {})).to.equal(true);
      expect(conditionHolds({ item: 'a', operator: 'exists', answer: true }, { a: 'x' })).to.equal(true);
      expect(conditionHolds({ item: 'a', operator: '!=', answer: 1 }, {})).to.equal(true);
      expect(conditionHolds({ item: 'a', operator: '=', answer: 1 }, { a: '' })).to.equal(false);
    });

    it('a multiple choice meets "=" when any chosen option does and "!=" when none does', () => {
      const answers: Answers = { g: ['tv', 'friend'] };
      expect(conditionHolds({ item: 'g', operator: '=', answer: 'tv' }, answers)).to.equal(true);
      expect(conditionHolds({ item: 'g', operator: '!=', answer: 'tv' }, answers)).to.equal(false);
      expect(conditionHolds({ item: 'g', operator: '!=', answer: 'radio' }, answers)).to.equal(true);
    });

    it('isEnabled: all conditions by default, any one with enableBehavior "any"', () => {
      const when = [
        { item: 'R1', operator: '<=' as const, answer: 2 },
        { item: 'R2', operator: '<=' as const, answer: 2 },
      ];
      const answers: Answers = { R1: 1, R2: 5 };
      expect(isEnabled({ enableWhen: when }, answers)).to.equal(false);
      expect(isEnabled({ enableWhen: when, enableBehavior: 'any' }, answers)).to.equal(true);
      expect(isEnabled({}, {})).to.equal(true);
    });

    it('visibleItems hides R3 until a low rating, and a hidden group hides its items', () => {
      const def = small();
      const rating = def.sections[1]!;
      expect(codes(visibleItems(rating, { R1: 4, R2: 5 }))).to.deep.equal(['R1', 'R2']);
      expect(codes(visibleItems(rating, { R1: 4, R2: 2 }))).to.deep.equal(['R1', 'R2', 'R3']);
      const grouped = {
        id: 's',
        title: { vi: 'Phần' },
        items: [
          { code: 'q', type: 'text', text: { vi: 'Câu q' } },
          {
            code: 'grp',
            type: 'group',
            text: { vi: 'Nhóm' },
            enableWhen: [{ item: 'q', operator: '=', answer: 'có' }],
            items: [{ code: 'sub', type: 'text', text: { vi: 'Câu con' } }],
          },
        ],
      } as unknown as SurveyDefinition['sections'][number];
      expect(codes(visibleItems(grouped, {}))).to.deep.equal(['q']);
      expect(codes(visibleItems(grouped, { q: 'có' }))).to.deep.equal(['q', 'sub']);
    });

    it('allVisibleItems and shownSections follow the answers across sections', () => {
      const def = small();
      expect(codes(allVisibleItems(def, {}))).to.deep.equal(['A1', 'A2', 'A3', 'A4', 'R1', 'R2', 'G1', 'G2', 'H1']);
      expect(shownSections(def, {}).map((s) => s.id)).to.deep.equal(['info', 'a', 'g']);
      expect(sectionOf(def, itemByCode(def, 'G2')!)?.id).to.equal('g');
    });

    it('screenItems: every shown item on a page, one section per step, one question per kiosk screen', () => {
      const def = small();
      const answers: Answers = { R1: 1 };
      expect(codes(screenItems(def, answers, { kiosk: false, mode: 'page', step: 0 }))).to.have.length(10);
      expect(codes(screenItems(def, answers, { kiosk: false, mode: 'steps', step: 1 }))).to.deep.equal(['R1', 'R2', 'R3']);
      expect(codes(screenItems(def, answers, { kiosk: true, mode: 'page', step: 4 }))).to.deep.equal(['R1']);
    });
  });

  describe('checking answers', () => {
    it('required, bounds, integers, phone numbers and the number of choices', () => {
      const def = small();
      const item = (code: string) => itemByCode(def, code)!;
      expect(checkItem(item('A1'), undefined)).to.deep.equal({ code: 'A1', kind: 'required' });
      expect(checkItem(item('A2'), 130)).to.deep.equal({ code: 'A2', kind: 'max', limit: 120 });
      expect(checkItem(item('A2'), 30.5)).to.deep.equal({ code: 'A2', kind: 'integer' });
      expect(checkItem(item('A2'), 'ba mươi')).to.deep.equal({ code: 'A2', kind: 'number' });
      expect(checkItem(item('A3'), 'gọi tôi')).to.deep.equal({ code: 'A3', kind: 'phone' });
      expect(checkItem(item('A3'), '0912 345 678')).to.equal(undefined);
      expect(checkItem(item('H1'), 'x'.repeat(501))).to.deep.equal({ code: 'H1', kind: 'maxLength', limit: 500 });
    });

    it('checkAnswers checks shown items only, in form order', () => {
      const def = small();
      const answers: Answers = { A1: 1, R1: 5, R2: 4 };
      expect(checkAnswers(allVisibleItems(def, answers), answers)).to.deep.equal([]);
      const low: Answers = { A1: 1, R1: 1, R2: 4 };
      expect(checkAnswers(allVisibleItems(def, low), low)).to.deep.equal([{ code: 'R3', kind: 'required' }]);
    });

    it('problem wordings, labels and validity flags', () => {
      const def = small();
      expect(problemText({ code: 'A2', kind: 'max', limit: 1200 }, 'vi')).to.equal('Giá trị không được lớn hơn 1.200');
      expect(problemText({ code: 'A1', kind: 'required' }, 'en')).to.equal('Please answer this question');
      expect(itemLabel(def, 'R1', 'vi')).to.equal('R1. Biển báo rõ ràng');
      expect(itemLabel(def, 'unknown', 'vi')).to.equal('unknown');
      expect(validityFlags({ code: 'A2', kind: 'min', limit: 0 })).to.deep.equal({ rangeUnderflow: true });
      expect(validityFlags({ code: 'A3', kind: 'phone' })).to.deep.equal({ badInput: true });
      expect(validityFlags(undefined)).to.deep.equal({ valueMissing: true });
    });
  });

  describe('answering', () => {
    it('isEmptyAnswer and composeAnswer keep "other" and reason texts apart from the value', () => {
      expect(isEmptyAnswer({ value: [], other: '' })).to.equal(true);
      expect(isEmptyAnswer({ other: 'bạn bè' })).to.equal(false);
      expect(composeAnswer(2, '', '')).to.equal(2);
      expect(composeAnswer([], '', '')).to.equal(undefined);
      expect(composeAnswer(1, '', 'Chờ lâu')).to.deep.equal({ value: 1, reason: 'Chờ lâu' });
    });

    it('optionValue gives the option its own type back; scaleOptions drops "not used" when asked', () => {
      const def = small();
      expect(optionValue(def, 'A1', '2')).to.equal(2);
      expect(optionValue(def, 'G2', 'tv')).to.equal('tv');
      expect(optionValue(def, 'A4', '2025-01-01')).to.equal('2025-01-01');
      const r1 = itemByCode(def, 'R1') as Extract<SurveyItem, { type: 'scale5' }>;
      expect(scaleOptions(def, r1).map((o) => o.value)).to.deep.equal([1, 2, 3, 4, 5, 0]);
      expect(scaleOptions(def, { ...r1, notApplicable: false }).map((o) => o.value)).to.deep.equal([1, 2, 3, 4, 5]);
    });

    it('asksReason below the item threshold or, with ask-reason, below 3', () => {
      const def = small();
      expect(asksReason(def, itemByCode(def, 'R2')!, 2, false)).to.equal(true);
      expect(asksReason(def, itemByCode(def, 'R2')!, 3, false)).to.equal(false);
      expect(asksReason(def, itemByCode(def, 'R1')!, 1, false)).to.equal(false);
      expect(asksReason(def, itemByCode(def, 'R1')!, 1, true)).to.equal(true);
      expect(asksReason(def, itemByCode(def, 'R1')!, 0, true)).to.equal(false); // "not used" has no score
    });

    it('answerAfterInput for each input role', () => {
      const def = small();
      const on = (value: string, checked = true) => ({ value, checked });
      expect(answerAfterInput(def, 'A1', { other: 'x' }, 'choice', on('2'), false)).to.deep.equal({ answer: 2, otherOpen: false });
      expect(answerAfterInput(def, 'A1', { value: 1, other: 'Khác' }, 'choice-other', on('__other'), false)).to.deep.equal({
        answer: { other: 'Khác' },
        otherOpen: true,
      });
      expect(answerAfterInput(def, 'G2', ['tv'], 'check', on('friend'), false).answer).to.deep.equal(['tv', 'friend']);
      expect(answerAfterInput(def, 'G2', ['tv', 'friend'], 'check', on('tv', false), false).answer).to.deep.equal(['friend']);
      expect(answerAfterInput(def, 'G2', ['tv'], 'other', on('Báo chí'), false).answer).to.deep.equal({ value: ['tv'], other: 'Báo chí' });
      expect(answerAfterInput(def, 'A2', undefined, 'number', on(' 42 '), false).answer).to.equal(42);
      expect(answerAfterInput(def, 'A2', 42, 'number', on('  '), false).answer).to.equal(undefined);
      expect(answerAfterInput(def, 'H1', undefined, 'text', on('Tốt'), false).answer).to.equal('Tốt');
      // A low rating keeps its reason while it stays low, and drops it when raised.
      expect(answerAfterInput(def, 'R2', { value: 2, reason: 'Trơn' }, 'choice', on('1'), false).answer).to.deep.equal({ value: 1, reason: 'Trơn' });
      expect(answerAfterInput(def, 'R2', { value: 2, reason: 'Trơn' }, 'choice', on('4'), false).answer).to.equal(4);
      expect(answerAfterInput(def, 'R2', 2, 'reason', on('Trơn'), false).answer).to.deep.equal({ value: 2, reason: 'Trơn' });
    });

    it('pre-filled answers fill only what is unanswered, and count as not started', () => {
      const def = checkDefinition({
        ...SMALL,
        sections: [{ ...SMALL.sections[0]!, items: [{ code: 'A4', type: 'date', text: { vi: 'Ngày' }, initial: '2025-01-02' }, SMALL.sections[0]!.items[1]!] }],
      })!;
      expect(withInitialAnswers(def, {})).to.deep.equal({ A4: '2025-01-02' });
      expect(withInitialAnswers(def, { A4: '2025-02-03' })).to.deep.equal({ A4: '2025-02-03' });
      expect(onlyInitialAnswers(def, { A4: '2025-01-02' })).to.equal(true);
      expect(onlyInitialAnswers(def, { A4: '2025-01-02', A2: 30 })).to.equal(false);
    });

    it("a date with initialToday starts on today's date in Vietnam (UTC+7), not in UTC; editable", () => {
      const def = checkDefinition({
        ...SMALL,
        sections: [{ ...SMALL.sections[0]!, items: [{ code: 'A4', type: 'date', text: { vi: 'Ngày điền phiếu' }, required: true, initialToday: true }, SMALL.sections[0]!.items[1]!] }],
      })!;
      // 23:30 UTC on 6 December is 06:30 on 7 December in Hà Nội.
      expect(withInitialAnswers(def, {}, new Date('2026-12-06T23:30:00Z'))).to.deep.equal({ A4: '2026-12-07' });
      expect(withInitialAnswers(def, {}, new Date('2026-12-07T16:59:59Z'))).to.deep.equal({ A4: '2026-12-07' });
      expect(withInitialAnswers(def, {}, new Date('2026-12-07T17:00:00Z'))).to.deep.equal({ A4: '2026-12-08' });
      // A date typed from a paper form stays.
      expect(withInitialAnswers(def, { A4: '2026-11-30' }, new Date('2026-12-07T03:00:00Z'))).to.deep.equal({ A4: '2026-11-30' });
      const opened = new Date('2026-12-07T03:00:00Z');
      expect(onlyInitialAnswers(def, { A4: '2026-12-07' }, opened)).to.equal(true);
      // A pre-filled date the respondent changed counts as started: a saved draft must not replace it.
      expect(onlyInitialAnswers(def, { A4: '2026-11-30' }, opened)).to.equal(false);
      // Opened before midnight, sent after it: the untouched date becomes the day of sending; a typed one stays.
      expect(refreshTodayAnswers(def, { A4: '2026-12-07', A2: 3 }, opened, new Date('2026-12-07T17:30:00Z'))).to.deep.equal({ A4: '2026-12-08', A2: 3 });
      expect(refreshTodayAnswers(def, { A4: '2026-11-30' }, opened, new Date('2026-12-07T17:30:00Z'))).to.deep.equal({ A4: '2026-11-30' });
      const same = { A4: '2026-12-07' };
      expect(refreshTodayAnswers(def, same, opened, new Date('2026-12-07T16:59:00Z'))).to.equal(same);
      // The MoH forms' "Ngày điền phiếu" is such an item.
      const moh = checkDefinition(mohInpatient)!;
      expect(withInitialAnswers(moh, {}, new Date('2026-12-06T23:30:00Z'))['meta.filledOn']).to.equal('2026-12-07');
    });

    it('filledOn defaults to the day of sending in Vietnam', () => {
      const r = buildResponse(small(), { R1: 5 }, { ...ctx, submittedAt: '2026-12-06T23:30:00.000Z' });
      expect(r.metadata!.filledOn).to.equal('2026-12-07');
    });
  });

  describe('the response', () => {
    it('keeps answers of shown items only, moves the phone to contact and normalises values', () => {
      const def = small();
      const answers: Answers = {
        A1: { value: 1, other: '  ' },
        A2: '35',
        A3: ' 0912 345 678 ',
        R1: 5,
        R2: { value: 4, reason: '' },
        R3: 'kept only while shown',
        G2: { value: [], other: ' Báo chí ' },
      };
      const r = buildResponse(def, answers, { ...ctx, submittedAt: '2025-03-01T09:30:00.000Z' });
      expect(r.answers).to.deep.equal({ A1: 1, A2: 35, R1: 5, R2: 4, G2: { other: 'Báo chí' } });
      expect(r.contact).to.deep.equal({ phone: '0912 345 678' });
      expect(r).to.include({ id: 'r-1', definitionId: 'test-small', definitionVersion: '1', status: 'completed', submittedAt: '2025-03-01T09:30:00.000Z' });
      expect(r.metadata).to.deep.equal({ mode: 'web', language: 'vi', template: { id: 'test-small', version: '1', source: 'Bộ kiểm thử' }, filledOn: '2025-03-01' });
      expect(contactField(itemByCode(def, 'A3')!)).to.equal('phone');
    });

    it('an anonymous definition drops contact; a response in progress has no submittedAt', () => {
      const def = { ...small(), anonymous: true };
      const r = buildResponse(def, { A3: '0912345678', R1: 3 }, { ...ctx, status: 'in-progress', mode: 'kiosk' });
      expect(r.contact).to.equal(undefined);
      expect(r.submittedAt).to.equal(undefined);
      expect(r.answers).to.deep.equal({ R1: 3 });
      expect(r.metadata?.['mode']).to.equal('kiosk');
    });
  });

  describe('drafts and status', () => {
    it('one draft key per survey and version', () => {
      expect(draftKey({ id: 'moh-inpatient', version: 'v2' })).to.equal('survey:moh-inpatient@v2');
      expect(draftKey({ id: 'moh-inpatient', version: '2019' })).not.to.equal(draftKey({ id: 'moh-inpatient', version: 'v2' }));
    });

    it('isDraft accepts only what the element writes', () => {
      expect(isDraft({ responseId: 'r', startedAt: '2025-01-01T00:00:00Z', answers: {} })).to.equal(true);
      expect(isDraft({ responseId: 'r', answers: {} })).to.equal(false);
      expect(isDraft('survey')).to.equal(false);
      expect(isDraft(null)).to.equal(false);
    });

    it('parseFormState reads back only the state the element gives the host form', () => {
      expect(parseFormState(JSON.stringify({ id: 'r-9', answers: { R1: 4 } }))).to.deep.equal({ id: 'r-9', answers: { R1: 4 } });
      expect(parseFormState(JSON.stringify({ answers: {} }))).to.deep.equal({ answers: {} });
      expect(parseFormState('{not json')).to.equal(undefined);
      expect(parseFormState('null')).to.equal(undefined);
      expect(parseFormState(JSON.stringify({ id: 'r-9' }))).to.equal(undefined);
      expect(parseFormState(null)).to.equal(undefined);
    });

    it('checkDefinition returns a parsed definition or undefined, never throws', () => {
      expect(checkDefinition(SMALL)?.id).to.equal('test-small');
      expect(checkDefinition({ id: 'x' })).to.equal(undefined);
      const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
      expect(checkDefinition(hostile)).to.equal(undefined);
    });

    it('the status line: state, then how many wait', () => {
      expect(sendStatusText('idle', 0, 'vi')).to.equal('');
      expect(sendStatusText('sent', 2, 'en')).to.equal('Sent · 2 responses saved on this device waiting to be sent');
      expect(sendStatusText('idle', 1, 'en')).to.equal('1 response saved on this device waiting to be sent');
      // While this response is queued or sending, the count would repeat it: only the state is said.
      expect(sendStatusText('sending', 2, 'vi')).to.equal(surveyMessages.vi.sending);
    });
  });
});
