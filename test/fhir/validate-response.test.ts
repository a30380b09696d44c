import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { questionnaireResponseToResponse, questionnaireToSurvey, responseToQuestionnaireResponse, surveyToQuestionnaire, validateResponse } from '../../src/fhir/index.js';
import type { Questionnaire, QuestionnaireResponse, QuestionnaireResponseItem, Resource } from '../../src/fhir/types.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import { sampleSurveyResponses } from '../../src/sample/index.js';
import type { ContractIssue } from '../../src/contract/issues.js';

// validateResponse (issue 18): a QuestionnaireResponse against its FHIR R4 Questionnaire. A form
// with every item type, nesting under groups and under an answer, a repeating group, enableWhen on
// a question and on a group (all / any), local answer lists; one complete response that must pass
// both validateResponse and Medplum's R4 validator; then one breach at a time, each named by code.

const LOINC = 'http://loinc.org';
const FORM: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'screening',
  url: 'http://example.org/Questionnaire/screening',
  version: '2',
  status: 'active',
  item: [
    {
      linkId: 'about',
      type: 'group',
      text: 'Về bạn',
      required: true,
      item: [
        { linkId: 'age', type: 'integer', text: 'Tuổi', required: true },
        { linkId: 'smoker', type: 'boolean', text: 'Hút thuốc?', required: true },
        {
          linkId: 'packs',
          type: 'decimal',
          text: 'Số bao mỗi ngày',
          required: true,
          enableWhen: [{ question: 'smoker', operator: '=', answerBoolean: true }],
        },
      ],
    },
    {
      linkId: 'mood',
      type: 'choice',
      text: 'Ít hứng thú làm việc',
      required: true,
      answerOption: [
        { valueCoding: { system: LOINC, code: 'LA6568-5', display: 'Not at all' } },
        { valueCoding: { system: LOINC, code: 'LA6569-3', display: 'Several days' } },
      ],
    },
    {
      linkId: 'family',
      type: 'group',
      repeats: true,
      item: [
        { linkId: 'relation', type: 'open-choice', answerOption: [{ valueCoding: { system: LOINC, code: 'LA10415-0', display: 'Brother' } }] },
        { linkId: 'condition', type: 'string', maxLength: 20 },
      ],
    },
    { linkId: 'sex', type: 'choice', answerOption: [{ valueString: 'nữ' }, { valueString: 'nam' }] },
    {
      linkId: 'pregnancy',
      type: 'group',
      enableBehavior: 'any',
      enableWhen: [
        { question: 'sex', operator: '=', answerString: 'nữ' },
        { question: 'age', operator: '<', answerInteger: 0 },
      ],
      item: [{ linkId: 'weeks', type: 'integer', required: true }],
    },
    {
      linkId: 'symptom',
      type: 'boolean',
      text: 'Có triệu chứng?',
      item: [{ linkId: 'since', type: 'date', text: 'Từ ngày' }],
    },
    { linkId: 'visit', type: 'dateTime' },
    { linkId: 'bedtime', type: 'time' },
    { linkId: 'site', type: 'url' },
    { linkId: 'notes', type: 'text' },
    { linkId: 'height', type: 'quantity' },
    { linkId: 'info', type: 'display', text: 'Cảm ơn bạn.' },
  ],
};

function answer(linkId: string, value: Record<string, unknown>, item?: QuestionnaireResponseItem[]): QuestionnaireResponseItem {
  return { linkId, answer: [{ ...value, ...(item ? { item } : {}) }] };
}

const VALID: QuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse',
  id: 'r1',
  questionnaire: 'http://example.org/Questionnaire/screening|2',
  status: 'completed',
  item: [
    { linkId: 'about', item: [answer('age', { valueInteger: 67 }), answer('smoker', { valueBoolean: true }), answer('packs', { valueDecimal: 0.5 })] },
    answer('mood', { valueCoding: { system: LOINC, code: 'LA6569-3', display: 'Several days' } }),
    { linkId: 'family', item: [answer('relation', { valueCoding: { system: LOINC, code: 'LA10415-0' } }), answer('condition', { valueString: 'tiểu đường' })] },
    { linkId: 'family', item: [answer('relation', { valueString: 'cô ruột' })] },
    answer('sex', { valueString: 'nữ' }),
    { linkId: 'pregnancy', item: [answer('weeks', { valueInteger: 12 })] },
    answer('symptom', { valueBoolean: true }, [answer('since', { valueDate: '2026-11' })]),
    answer('visit', { valueDateTime: '2026-12-08T09:30:00+07:00' }),
    answer('bedtime', { valueTime: '21:30:00' }),
    answer('site', { valueUri: 'https://benhvien.example.vn' }),
    answer('notes', { valueString: 'Ngủ kém.\nHay quên.' }),
    answer('height', { valueQuantity: { value: 158, unit: 'cm', system: 'http://unitsofmeasure.org', code: 'cm' } }),
  ],
};

const clone = (): QuestionnaireResponse => structuredClone(VALID);
const codes = (issues: ContractIssue[]) => issues.map((i) => i.code);
const at = (issues: ContractIssue[], code: string) => issues.filter((i) => i.code === code).map((i) => i.path.join('.'));

interface Verdict {
  ok: boolean;
  errors: string[];
}
async function expectValidFhir(...resources: Resource[]) {
  const verdicts = await executeServerCommand<Verdict[], { resources: Resource[] }>('fhir-validate', { resources });
  verdicts!.forEach((v, i) => expect(v.errors, `${resources[i]!.resourceType}: ${v.errors.join('; ')}`).to.deep.equal([]));
}

describe('validateResponse: a response that belongs to its form', () => {
  it('passes, and so does Medplum’s R4 validator on both resources (the check has teeth: see below)', async () => {
    expect(validateResponse(FORM, VALID)).to.deep.equal([]);
    await expectValidFhir(FORM as Resource, VALID as Resource);
  });

  it('an in-progress response may leave required items out; a completed one may not', () => {
    const partial = clone();
    partial.status = 'in-progress';
    partial.item = partial.item!.filter((i) => i.linkId !== 'mood' && i.linkId !== 'about');
    expect(validateResponse(FORM, partial)).to.deep.equal([]);
    partial.status = 'completed';
    expect(at(validateResponse(FORM, partial), 'required')).to.deep.equal(['item', 'item']);
  });

  it('a hidden required item never counts as missing (enableWhen on a question, and on a group with enableBehavior any)', () => {
    const r = clone();
    r.item![0]!.item = [answer('age', { valueInteger: 67 }), answer('smoker', { valueBoolean: false })];
    r.item = r.item!.filter((i) => i.linkId !== 'pregnancy').map((i) => (i.linkId === 'sex' ? answer('sex', { valueString: 'nam' }) : i));
    expect(validateResponse(FORM, r)).to.deep.equal([]);
  });
});

describe('validateResponse: each breach named', () => {
  const cases: [string, (r: QuestionnaireResponse) => void, string, string][] = [
    ['a linkId the form does not have', (r) => r.item!.push(answer('x9', { valueString: 'a' })), 'unknown_link_id', 'item.12'],
    ['an item moved out of its group', (r) => r.item!.push(answer('age', { valueInteger: 3 })), 'wrong_nesting', 'item.12'],
    ['a valueString for an integer', (r) => (r.item![0]!.item![0]!.answer = [{ valueString: '67' }]), 'answer_type', 'item.0.item.0.answer.0.valueString'],
    ['a valueDate for a dateTime', (r) => (r.item![7]!.answer = [{ valueDate: '2026-12-08' }]), 'answer_type', 'item.7.answer.0.valueDate'],
    ['a malformed date', (r) => (r.item![6]!.answer![0]!.item![0]!.answer = [{ valueDate: '08/12/2026' }]), 'answer_format', 'item.6.answer.0.item.0.answer.0.valueDate'],
    ['a time without seconds', (r) => (r.item![8]!.answer = [{ valueTime: '21:30' }]), 'answer_format', 'item.8.answer.0.valueTime'],
    ['a decimal integer', (r) => (r.item![0]!.item![0]!.answer = [{ valueInteger: 67.5 }]), 'answer_format', 'item.0.item.0.answer.0.valueInteger'],
    ['an answer with two values', (r) => (r.item![4]!.answer = [{ valueString: 'nữ', valueInteger: 1 }]), 'answer_many_values', 'item.4.answer.0'],
    ['an answer with none', (r) => (r.item![4]!.answer = [{}]), 'answer_no_value', 'item.4.answer.0'],
    ['a coding outside the answer list', (r) => (r.item![1]!.answer = [{ valueCoding: { system: LOINC, code: 'LA6570-1' } }]), 'answer_not_option', 'item.1.answer.0.valueCoding'],
    ['a coding with another system', (r) => (r.item![1]!.answer = [{ valueCoding: { system: 'urn:other', code: 'LA6569-3' } }]), 'answer_not_option', 'item.1.answer.0.valueCoding'],
    ['two answers to a question that does not repeat', (r) => r.item![4]!.answer!.push({ valueString: 'nam' }), 'answer_repeats', 'item.4.answer'],
    ['a group that does not repeat given twice', (r) => r.item!.splice(1, 0, structuredClone(r.item![0]!)), 'repeats', 'item.1'],
    ['a string over maxLength', (r) => (r.item![2]!.item![1]!.answer = [{ valueString: 'x'.repeat(21) }]), 'too_long', 'item.2.item.1.answer.0.valueString'],
    ['an answer on a group', (r) => (r.item![5]!.answer = [{ valueBoolean: true }]), 'group_answer', 'item.5.answer'],
    ['an answer on a display item', (r) => r.item!.push(answer('info', { valueString: 'ok' })), 'display_answer', 'item.12.answer'],
    ['an answer to a disabled item', (r) => (r.item![0]!.item![1] = answer('smoker', { valueBoolean: false })), 'disabled_answered', 'item.0.item.2'],
    ['answers inside a disabled group (reported once, at the group)', (r) => (r.item![4] = answer('sex', { valueString: 'nam' })), 'disabled_answered', 'item.5'],
    ['another form', (r) => (r.questionnaire = 'http://example.org/Questionnaire/other|2'), 'questionnaire_mismatch', 'questionnaire'],
    ['another version of the form', (r) => (r.questionnaire = 'http://example.org/Questionnaire/screening|1'), 'questionnaire_version', 'questionnaire'],
    ['no status', (r) => delete r.status, 'status', 'status'],
  ];
  for (const [what, breach, code, path] of cases) {
    it(what, () => {
      const r = clone();
      breach(r);
      const issues = validateResponse(FORM, r);
      expect(at(issues, code), JSON.stringify(issues)).to.deep.equal([path]);
      expect(issues.find((i) => i.code === code)!.severity).to.equal('error');
      for (const i of issues) expect(i.message.vi && i.message.en).to.be.a('string').and.not.equal('');
    });
  }

  it('a question’s children beside its answer (allowed by R4, not by R5) are a warning, and are still checked', () => {
    const r = clone();
    r.item![6]!.item = [answer('since', { valueDate: '08/2026' })];
    const issues = validateResponse(FORM, r);
    expect(issues.map((i) => [i.code, i.severity, i.path.join('.')])).to.deep.equal([
      ['question_children', 'warning', 'item.6.item'],
      ['answer_format', 'error', 'item.6.item.0.answer.0.valueDate'],
    ]);
  });

  it('a required child of an answered question is missing even when the answer has no children at all', () => {
    const form = structuredClone(FORM);
    form.item!.find((i) => i.linkId === 'symptom')!.item![0]!.required = true;
    const r = clone();
    delete r.item![6]!.answer![0]!.item;
    expect(at(validateResponse(form, r), 'required')).to.deep.equal(['item.6.answer.0.item']);
  });

  it('a coding matches an option by code (and system where both give one), not by display alone', () => {
    const r = clone();
    r.item![1]!.answer = [{ valueCoding: { display: 'Several days' } }];
    expect(codes(validateResponse(FORM, r))).to.deep.equal(['answer_not_option']);
    r.item![1]!.answer = [{ valueCoding: { code: 'LA6569-3' } }];
    expect(validateResponse(FORM, r)).to.deep.equal([]);
  });

  it('warns, without an error, when the version is left out or items are out of order', () => {
    const r = clone();
    r.questionnaire = 'http://example.org/Questionnaire/screening';
    [r.item![7], r.item![8]] = [r.item![8]!, r.item![7]!];
    const issues = validateResponse(FORM, r);
    expect(codes(issues)).to.deep.equal(['questionnaire_version', 'order']);
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it('names a broken form instead of checking against it (duplicate linkId, item without type)', () => {
    const form = structuredClone(FORM);
    form.item!.push({ linkId: 'age', type: 'integer' });
    expect(codes(validateResponse(form, VALID))).to.deep.equal(['questionnaire_invalid']);
    expect(codes(validateResponse({ resourceType: 'Questionnaire', item: [{ linkId: 'a' }] }, VALID))).to.deep.equal(['questionnaire_invalid']);
  });
});

describe('validateResponse: junk in, issues out', () => {
  it('never throws, whatever either argument is, and every issue speaks both languages', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const responseLike = fc.record({
      resourceType: fc.constant('QuestionnaireResponse'),
      questionnaire: fc.oneof(fc.constant(VALID.questionnaire), fc.string()),
      status: fc.oneof(fc.constantFrom('completed', 'in-progress'), json),
      item: fc.oneof(fc.constant(VALID.item), fc.array(fc.record({ linkId: fc.constantFrom('about', 'age', 'mood', 'family', 'x'), answer: json, item: json }, { requiredKeys: ['linkId'] }), { maxLength: 6 }), json),
    }, { requiredKeys: ['resourceType'] });
    fc.assert(
      fc.property(fc.oneof(fc.constant(FORM as unknown), json), fc.oneof(responseLike, json), (form, response) => {
        const issues = validateResponse(form, response);
        expect(issues).to.be.an('array');
        for (const i of issues) {
          expect(i.message.vi).to.be.a('string').and.not.equal('');
          expect(i.message.en).to.be.a('string').and.not.equal('');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on a Questionnaire with junk inside (options, codings, conditions, operators, types)', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const nasty = fc.constantFrom('__proto__', 'constructor', 'valueOf', 'hasOwnProperty', 'toString');
    const item = fc.record({
      linkId: fc.constantFrom('about', 'age', 'smoker', 'mood', 'sex', 'x'),
      type: fc.oneof(fc.constantFrom('group', 'choice', 'open-choice', 'integer', 'string', 'boolean'), nasty, fc.string()),
      answerOption: fc.oneof(fc.array(fc.oneof(fc.constant(null), fc.record({ valueCoding: fc.oneof(fc.constant(null), json) }), json), { maxLength: 3 }), json),
      enableWhen: fc.oneof(
        fc.array(fc.record({ question: fc.constantFrom('age', 'smoker', 'sex'), operator: fc.oneof(fc.constantFrom('=', '!=', '>', 'exists'), nasty), answerInteger: fc.integer(), answerCoding: json }), { maxLength: 2 }),
        json,
      ),
      enableBehavior: fc.oneof(fc.constantFrom('all', 'any'), json),
      required: fc.oneof(fc.boolean(), json),
      repeats: fc.oneof(fc.boolean(), json),
      maxLength: fc.oneof(fc.integer(), json),
    }, { requiredKeys: ['linkId', 'type'] });
    const form = fc.record({ resourceType: fc.constant('Questionnaire'), url: fc.oneof(fc.constant(FORM.url), json), version: json, item: fc.array(item, { maxLength: 5 }) });
    fc.assert(
      fc.property(form, (q) => {
        const issues = validateResponse(q, VALID);
        expect(issues).to.be.an('array');
      }),
      { numRuns: 600 },
    );
  });

  it('the responses ansinh itself writes for the MoH forms belong to the forms it exports (all 500 sample responses)', async () => {
    const responses = sampleSurveyResponses();
    expect(responses.length).to.be.greaterThan(100);
    const checked: Resource[] = [];
    let specified = 0;
    for (const response of responses) {
      const def = surveyTemplate(response.definitionId as Parameters<typeof surveyTemplate>[0]);
      const form = surveyToQuestionnaire(def);
      const qr = responseToQuestionnaireResponse(response, def);
      const errors = validateResponse(form, qr).filter((i) => i.severity === 'error');
      expect(errors, `${response.id}: ${JSON.stringify(errors.slice(0, 3))}`).to.deep.equal([]);
      // A single choice with an option and an "other" text (G2: { value: 6, other: 'Tùy bệnh' })
      // is one answer whose child is the text, not two answers to a question that takes one.
      const g2 = qr.item?.flatMap((s) => s.item ?? []).find((i) => i.linkId === 'G2');
      if (g2?.answer?.[0]?.item) {
        specified++;
        expect(g2.answer).to.have.length(1);
        if (checked.length < 8) checked.push(form as Resource, qr as Resource);
      } else if (checked.length < 4) checked.push(form as Resource, qr as Resource);
    }
    expect(specified, 'the sample data has a G2 answer with an "other" text').to.be.greaterThan(0);
    await expectValidFhir(...checked);
  });
});

describe('a single choice with an "other" text (G2 of the MoH inpatient form)', () => {
  const def = surveyTemplate('moh-inpatient');
  const form = surveyToQuestionnaire(def);
  const base = sampleSurveyResponses().find((r) => r.definitionId === 'moh-inpatient')!;

  for (const [what, g2] of [
    ['option 6 with its text', { value: 6, other: 'Tùy bệnh' }],
    ['the text alone', { other: 'Tùy bệnh' }],
  ] as const) {
    it(`${what}: one answer, valid, read back the same`, () => {
      const response = { ...base, answers: { ...base.answers, G2: g2 } };
      const qr = responseToQuestionnaireResponse(response, def);
      expect(validateResponse(form, qr)).to.deep.equal([]);
      const item = qr.item!.flatMap((s) => s.item ?? []).find((i) => i.linkId === 'G2')!;
      expect(item.answer).to.have.length(1);
      const back = questionnaireResponseToResponse(qr, def);
      expect(back.issues).to.deep.equal([]);
      expect(back.value!.answers.G2).to.deep.equal(g2);
    });
  }

  it('the Questionnaire says where the text goes, and reads back to the same item', () => {
    const g2 = form.item!.flatMap((s) => s.item ?? []).find((i) => i.linkId === 'G2')!;
    expect(g2.type).to.equal('open-choice');
    expect(g2.item!.map((c) => [c.linkId, c.type])).to.deep.include(['G2.other', 'string']);
    const back = questionnaireToSurvey(form);
    const item = back.value!.sections.flatMap((s) => s.items).find((i) => i.code === 'G2')!;
    expect(item).to.include({ type: 'single', allowOther: true });
    expect(back.value!.sections.flatMap((s) => s.items).some((i) => i.code.includes('other'))).to.equal(false);
  });

  it('a foreign form’s "<linkId>.other" child that carries more than a plain text is a question of its own, not dropped', () => {
    const foreign: Questionnaire = {
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'g',
          type: 'group',
          item: [
            {
              linkId: 'q1',
              type: 'open-choice',
              text: 'Nơi ở',
              answerOption: [{ valueString: 'Nhà' }],
              item: [{ linkId: 'q1.other', type: 'string', text: 'Ghi rõ nơi ở', required: true }],
            },
          ],
        },
      ],
    };
    const back = questionnaireToSurvey(foreign);
    const items = back.value!.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.code)).to.include('q1.other');
    expect(items.find((i) => i.code === 'q1.other')).to.include({ required: true });
  });
});

