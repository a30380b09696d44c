import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import {
  parseCarePlan,
  parseResident,
  parseSurveyDefinition,
  parseSurveyResponse,
  type CarePlan,
  type ContractIssue,
  type Resident,
  type SurveyDefinition,
  type SurveyResponse,
} from '../../src/contract/index.js';
import {
  carePlanToFhir,
  fhirToCarePlan,
  patientToResident,
  questionnaireResponseToResponse,
  questionnaireToSurvey,
  residentToPatient,
  responseToQuestionnaireResponse,
  surveyToQuestionnaire,
  type Resource,
} from '../../src/fhir/index.js';
import { EXITED, FOREIGN_PATIENT, NESTED, PHQ9_LIKE, RESIDENT, RESPONSE, SURVEY, carePlan } from './fixtures.js';

function must<T>(r: { ok: true; value: T } | { ok: false; issues: ContractIssue[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

interface Verdict {
  ok: boolean;
  errors: string[];
  warnings: string[];
}

/** Validates resources against the FHIR R4 StructureDefinitions (Node side, @medplum/core). */
async function expectValidFhir(...resources: Resource[]) {
  const verdicts = await executeServerCommand<Verdict[], { resources: Resource[] }>('fhir-validate', { resources });
  verdicts!.forEach((v, i) => {
    expect(v.errors, `${resources[i]!.resourceType}/${resources[i]!.id}: ${v.errors.join('; ')}`).to.deep.equal([]);
    expect(v.ok).to.equal(true);
  });
}

const codes = (issues: ContractIssue[]) => issues.map((i) => i.code);
const paths = (issues: ContractIssue[], code: string) => issues.filter((i) => i.code === code).map((i) => i.path.join('.'));

describe('FHIR validation harness', () => {
  it('rejects an invalid resource (so a green result means something)', async () => {
    const verdicts = await executeServerCommand<Verdict[], { resources: unknown[] }>('fhir-validate', {
      resources: [{ resourceType: 'Patient', birthDate: '1948-13', nonsense: 1 }],
    });
    expect(verdicts![0]!.ok).to.equal(false);
    expect(verdicts![0]!.errors.join(' ')).to.contain('birthDate');
  });
});

describe('Resident <-> Patient', () => {
  const resident = must(parseResident(RESIDENT));

  it('keeps Vietnamese name order, partial birth date, identifiers and guardian', async () => {
    const p = residentToPatient(resident, { includeSensitive: true });
    expect(p.name?.[0]).to.deep.include({ text: 'Nguyễn Thị Thu Hương', family: 'Nguyễn' });
    expect(p.name?.[0]?.given).to.deep.equal(['Thị', 'Thu', 'Hương']);
    expect(p.birthDate).to.equal('1951-03');
    expect(p.identifier?.map((i) => i.system)).to.deep.equal([
      'https://ansinh.dev/fhir/sid/resident',
      'https://ansinh.dev/fhir/sid/cccd',
      'https://ansinh.dev/fhir/sid/cmnd',
      'https://ansinh.dev/fhir/sid/passport',
      'https://ansinh.dev/fhir/sid/bhyt',
    ]);
    expect(p.contact?.[0]?.relationship?.[0]?.text).to.equal('Con trai');
    expect(p.address?.[1]).to.deep.equal({ use: 'old', text: RESIDENT.address!.legacyAddress, period: { end: '2025-06-30' } });
    expect(p.meta?.security?.[0]?.code).to.equal('R');
    await expectValidFhir(p);
  });

  it('a sensitive category (HIV, emergency protection, drug rehabilitation) marks the Patient restricted even without sensitive data', async () => {
    for (const code of ['cai-nghien-bat-buoc', 'nguoi-nhiem-hiv-ho-ngheo'] as const) {
      const p = residentToPatient({ ...resident, beneficiaryCategory: { code } });
      expect(p.meta?.security?.[0]?.code, code).to.equal('R');
      await expectValidFhir(p);
    }
    const plain = { ...resident, beneficiaryCategory: { code: 'nguoi-cao-tuoi' as const }, sensitive: undefined, disability: undefined };
    expect(residentToPatient(plain).meta).to.equal(undefined);
  });

  it('round-trips every field when sensitive data is included', () => {
    const back = patientToResident(residentToPatient(resident, { includeSensitive: true }));
    expect(back.issues).to.deep.equal([]);
    expect(back.value).to.deep.equal(resident);
  });

  it('leaves sensitive data out by default', async () => {
    const p = residentToPatient(resident);
    const json = JSON.stringify(p);
    for (const secret of ['001151012345', '125678901', 'C1234567', 'BT2272722000123', 'Tăng huyết áp', 'negative', 'van-dong']) {
      expect(json).not.to.contain(secret);
    }
    expect(p.meta).to.equal(undefined);
    const back = patientToResident(p).value!;
    expect(back.citizenId).to.equal(undefined);
    expect(back.sensitive).to.equal(undefined);
    expect(back.fullName).to.equal(resident.fullName);
    await expectValidFhir(p);
  });

  it('exports only the sensitive fields listed', () => {
    const p = residentToPatient(resident, { includeSensitive: ['healthInsuranceNumber'] });
    expect(p.identifier?.map((i) => i.value)).to.deep.equal(['bn-huong-0042', 'BT2272722000123']);
  });

  it('uses configured identifier systems', () => {
    const systems = { citizenId: 'https://moh.example.vn/sid/cccd' };
    const p = residentToPatient(resident, { includeSensitive: true, systems });
    expect(p.identifier?.some((i) => i.system === systems.citizenId && i.value === '001151012345')).to.equal(true);
    expect(patientToResident(p, { systems }).value?.citizenId).to.equal('001151012345');
    // With the default systems the custom one is unknown: reported, kept as "other".
    const other = patientToResident(p);
    expect(codes(other.issues)).to.include('fhir_identifier_unknown_system');
  });

  it('marks an exited resident inactive, a death as deceased, and sanitises ids for FHIR', async () => {
    const r = must(parseResident(EXITED));
    const p = residentToPatient(r);
    expect(p.active).to.equal(false);
    expect(p.id).to.equal('tre-em-2020-07');
    expect(patientToResident(p).value).to.deep.equal(r);
    const dead = residentToPatient({ ...r, exit: { date: '2025-01-02', reason: 'death' } });
    expect(dead.deceasedDateTime).to.equal('2025-01-02');
    await expectValidFhir(p, dead);
  });

  it('imports a foreign Patient with defaults and reports what it cannot map', () => {
    const res = patientToResident(FOREIGN_PATIENT, {
      defaults: {
        beneficiaryCategory: { code: 'nguoi-cao-tuoi' },
        admission: { decisionNumber: 'chưa có', date: '2025-01-01', type: 'regular' },
      },
    });
    expect(res.value?.fullName).to.equal('Phạm Thị Lan');
    expect(res.value?.id).to.equal('his-778');
    expect(res.value?.otherIdentifiers).to.deep.equal([
      { kind: 'other', value: 'MRN-778', issuer: 'http://benhvien.example.vn/mrn' },
      { kind: 'passport', value: 'B7654321' },
    ]);
    expect(paths(res.issues, 'fhir_unmapped_element')).to.deep.equal(['telecom', 'maritalStatus']);
    expect(codes(res.issues)).to.include.members(['fhir_unmapped_extension', 'fhir_address_no_code', 'fhir_identifier_unknown_system']);
    for (const i of res.issues) expect(i.message.vi).to.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i);
  });

  it('without defaults, a foreign Patient gives no value and names the missing fields', () => {
    const res = patientToResident(FOREIGN_PATIENT);
    expect(res.value).to.equal(undefined);
    expect(res.issues.filter((i) => i.severity === 'error').map((i) => i.path[0])).to.include.members(['beneficiaryCategory', 'admission']);
  });

  it('refuses what is not a Patient', () => {
    expect(patientToResident({ resourceType: 'Observation' } as never).issues[0]?.code).to.equal('fhir_wrong_resource');
  });
});

describe('CarePlan <-> FHIR CarePlan + Goal', () => {
  const expected: Record<string, string> = { intake: 'draft', planning: 'draft', implementing: 'active', monitoring: 'active', closed: 'completed' };
  for (const step of ['intake', 'planning', 'implementing', 'monitoring', 'closed'] as const) {
    it(`maps step ${step} to status ${expected[step]} and round-trips`, async () => {
      const plan = must(parseCarePlan(carePlan(step)));
      const { carePlan: fhir, goals } = carePlanToFhir(plan);
      expect(fhir.status).to.equal(expected[step]);
      expect(fhir.intent).to.equal('plan');
      const back = fhirToCarePlan(fhir, goals);
      expect(back.issues).to.deep.equal([]);
      expect(back.value).to.deep.equal(plan);
      await expectValidFhir(fhir, ...goals);
    });
  }

  it('the case file of Thông tư 02/2020 (number, manager, cadence, closure, step records) round-trips and validates', async () => {
    const plan = must(
      parseCarePlan({
        ...carePlan('closed'),
        caseFile: {
          caseNumber: 'HS-2025-017',
          caseManager: 'CTXH Trần Thị Mai',
          openedOn: '2025-01-02',
          reviewEvery: 'quarterly',
          closure: { reason: 'goal-achieved', date: '2025-09-30', meetingOn: '2025-09-28', recordReference: 'HS-2025-017/06', followUpUntil: '2026-03-31', detail: 'Hồi gia' },
        },
        stepRecords: [
          { id: 'hs-01', form: 'mau-01', date: '2025-01-02', by: 'CTXH Trần Thị Mai', reference: 'HS-2025-017/01' },
          { id: 'hs-06', form: 'mau-06', date: '2025-09-30', summary: 'Biên bản họp kết thúc' },
        ],
      }),
    );
    const { carePlan: fhir, goals } = carePlanToFhir(plan);
    expect(fhir.identifier).to.deep.include({ system: 'https://ansinh.dev/fhir/sid/case-file', value: 'HS-2025-017' });
    const back = fhirToCarePlan(fhir, goals);
    expect(back.issues).to.deep.equal([]);
    expect(back.value).to.deep.equal(plan);
    await expectValidFhir(fhir, ...goals);
  });

  it('a case file with only its number is the identifier alone (valid FHIR); a case-file extension without the identifier is refused by name', async () => {
    const plan = must(parseCarePlan({ ...carePlan('planning'), caseFile: { caseNumber: 'HS-9' } }));
    const { carePlan: fhir, goals } = carePlanToFhir(plan);
    expect(fhir.extension!.some((e) => e.url.endsWith('case-file'))).to.equal(false);
    await expectValidFhir(fhir, ...goals);
    expect(fhirToCarePlan(fhir, goals).value).to.deep.equal(plan);
    const full = carePlanToFhir(must(parseCarePlan({ ...carePlan('planning'), caseFile: { caseNumber: 'HS-9', caseManager: 'A' } }))).carePlan;
    const withoutId = { ...full, identifier: full.identifier!.filter((i) => !i.system!.endsWith('/sid/case-file')) };
    const res = fhirToCarePlan(withoutId, goals);
    expect(res.value).to.equal(undefined);
    expect(res.issues.map((i) => i.code)).to.include('fhir_case_number_missing');
    expect(res.issues.find((i) => i.code === 'fhir_case_number_missing')!.message.vi).to.contain('/sid/case-file');
  });

  it('writes goals, activities, care team and progress the FHIR way', () => {
    const { carePlan: fhir, goals } = carePlanToFhir(must(parseCarePlan(carePlan('implementing'))));
    expect(goals[0]).to.deep.include({ lifecycleStatus: 'active', id: 'kh-implementing-g1' });
    expect(goals[0]!.target?.[0]).to.deep.equal({ measure: { text: 'Số bước đi không cần hỗ trợ' }, detailString: '20 bước', dueDate: '2025-06-30' });
    expect(fhir.careTeam).to.deep.equal([{ reference: '#care-team' }]);
    expect(fhir.contained?.[0]?.resourceType).to.equal('CareTeam');
    const [a1, a2, a3] = fhir.activity!;
    expect(a1!.detail?.scheduledTiming?.code?.text).to.equal('Thứ 2, 4, 6 lúc 8:00');
    expect(a1!.detail?.code?.text).to.equal('Phục hồi chức năng');
    expect(a1!.detail?.performer?.[0]?.display).to.equal('KTV Phạm Văn Đức');
    expect(a1!.progress?.[0]?.text).to.equal('Đi được 5 bước có vịn');
    expect(a2!.detail?.scheduledString).to.equal('Hằng ngày');
    expect(a3!.detail?.scheduledPeriod).to.deep.equal({ start: '2025-01-06' });
    expect(a3!.detail?.kind).to.equal('NutritionOrder');
  });

  it('imports a plan written elsewhere, reporting what is lost', () => {
    const res = fhirToCarePlan(
      {
        resourceType: 'CarePlan',
        id: 'ext-1',
        status: 'on-hold',
        intent: 'order',
        subject: { reference: 'Patient/p9' },
        careTeam: [{ reference: 'CareTeam/t1' }],
        goal: [{ reference: 'Goal/missing' }],
        category: [{ text: 'x' }],
        activity: [{ detail: { status: 'in-progress', description: 'Tập đi' } }],
      },
      [],
    );
    expect(res.value?.status).to.equal('monitoring');
    expect(res.value?.residentId).to.equal('p9');
    expect(res.value?.activities[0]?.what).to.equal('Tập đi');
    expect(codes(res.issues)).to.include.members(['fhir_unmapped_element', 'fhir_intent', 'fhir_external_care_team', 'fhir_goal_missing']);
  });
});

describe('SurveyDefinition <-> Questionnaire', () => {
  const def = must(parseSurveyDefinition(SURVEY));

  it('maps item types, scores, conditions and translations', async () => {
    const q = surveyToQuestionnaire(def);
    const section = q.item![1]!;
    expect(section).to.deep.include({ linkId: 'A', prefix: 'A', type: 'group', text: 'Khả năng tiếp cận' });
    const a1 = section.item![0]!;
    expect(a1.type).to.equal('choice');
    expect(a1.answerOption).to.have.length(6);
    expect(a1.answerOption![4]!.valueCoding?.code).to.equal('5');
    expect(a1.answerOption![4]!.extension).to.deep.equal([{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 5 }]);
    expect(a1.item?.[0]?.type).to.equal('display');
    const a1r = section.item![1]!;
    expect(a1r.type).to.equal('text');
    expect(a1r.enableWhen).to.deep.equal([
      { question: 'A1', operator: '<', answerInteger: 3 },
      { question: 'A1', operator: '!=', answerCoding: { system: 'https://ansinh.dev/fhir/CodeSystem/survey-option', code: '0' } },
    ]);
    expect(a1r.enableBehavior).to.equal('all');
    expect(section.item![2]!.answerOption).to.have.length(5); // notApplicable: false
    const group = section.item![3]!;
    expect(group.type).to.equal('group');
    const a4 = group.item!.find((i) => i.linkId === 'A4')!;
    expect(a4).to.deep.include({ type: 'open-choice', repeats: true });
    expect(a4.answerOption![0]!.initialSelected).to.equal(true);
    const info = q.item![0]!.item!;
    expect(info.map((i) => i.type)).to.deep.equal(['choice', 'integer', 'decimal', 'string', 'date']);
    expect(info[1]!.extension).to.deep.include({ url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 120 });
    expect(info[2]!.initial).to.deep.equal([{ valueDecimal: 3 }]);
    expect(q._title?.extension?.[0]?.extension).to.deep.equal([
      { url: 'lang', valueCode: 'en' },
      { url: 'content', valueString: 'Inpatient satisfaction survey' },
    ]);
    await expectValidFhir(q);
  });

  it('round-trips the definition unchanged', () => {
    const back = questionnaireToSurvey(surveyToQuestionnaire(def));
    expect(back.issues).to.deep.equal([]);
    expect(back.value).to.deep.equal(def);
  });

  it('imports a PHQ-9 style questionnaire and reports codes, prefixes, readOnly and unknown extensions', () => {
    const res = questionnaireToSurvey(PHQ9_LIKE);
    const value = res.value!;
    expect(value.id).to.equal('phq-9-vi');
    expect(value.sections).to.have.length(1);
    const [q1, q2, total] = value.sections[0]!.items;
    expect(q1).to.deep.include({ code: '44250-9', type: 'single', required: true });
    expect(q1!.type === 'single' && q1!.options.map((o) => [o.value, o.score])).to.deep.equal([
      ['LA6568-5', 0],
      ['LA6569-3', 1],
      ['LA6570-1', 2],
      ['LA6571-9', 3],
    ]);
    expect(q2!.code).to.equal('44255-8');
    expect(total).to.deep.include({ code: '44261-6', type: 'number', integer: true });
    expect(codes(res.issues)).to.include.members([
      'fhir_unmapped_element', // publisher, code, subjectType, item.code, readOnly
      'fhir_status',
      'fhir_no_version',
      'fhir_link_id_changed',
      'fhir_root_items_wrapped',
      'fhir_unmapped_extension',
    ]);
    const unmapped = paths(res.issues, 'fhir_unmapped_element');
    expect(unmapped).to.include.members(['publisher', 'code', 'subjectType', 'item.0.code', 'item.2.readOnly', 'item.0.prefix']);
    expect(paths(res.issues, 'fhir_unmapped_extension')).to.deep.equal(['item.2.extension.0']);
    // radio-button itemControl is a presentation hint: not reported.
    expect(res.issues.some((i) => i.path.join('.') === 'item.0.extension.0')).to.equal(false);
    for (const i of res.issues) expect(i.message.en.length).to.be.greaterThan(10);
  });

  it('imports nested groups, boolean/decimal conditions, initial values and reports value sets and attachments', () => {
    const res = questionnaireToSurvey(NESTED);
    const value = res.value!;
    expect(value.version).to.equal('3.2');
    const health = value.sections[0]!;
    expect(health.id).to.equal('health');
    const byCode = new Map(health.items.flatMap((i) => (i.type === 'group' ? [i, ...i.items] : [i])).map((i) => [i.code, i]));
    expect(byCode.get('smoker')).to.deep.include({ type: 'single', initial: 'false' });
    expect(byCode.get('cigs')?.enableWhen).to.deep.equal([{ item: 'smoker', operator: '=', answer: 'true' }]);
    const vitals = byCode.get('vitals');
    expect(vitals?.type).to.equal('group');
    // The third level (obesity) is flattened into vitals: its title becomes a display line.
    expect(vitals?.type === 'group' && vitals.items.map((i) => [i.code, i.type])).to.deep.equal([
      ['weight', 'number'],
      ['obesity', 'display'],
      ['diet', 'text'],
    ]);
    expect(byCode.get('weight')).to.deep.include({ initial: 50 });
    expect(byCode.get('obesity')?.enableWhen).to.deep.equal([{ item: 'weight', operator: '>', answer: 90.5 }]);
    expect(byCode.get('diet')).to.deep.include({ initial: 'không' });
    expect(byCode.get('country')?.type).to.equal('text');
    expect(byCode.has('xray')).to.equal(false);
    expect(byCode.get('visit')?.type).to.equal('date');
    // The root text item is wrapped in its own section, its linkId cleaned.
    expect(value.sections[1]!.items[0]).to.deep.include({ code: 'consent-note', type: 'longtext', maxLength: 1000 });
    expect(paths(res.issues, 'fhir_group_flattened')).to.deep.equal(['item.0.item.2.item.1']);
    expect(paths(res.issues, 'fhir_value_set_unresolved')).to.deep.equal(['item.0.item.3.answerValueSet']);
    expect(paths(res.issues, 'fhir_item_dropped')).to.deep.equal(['item.0.item.4.type']);
    expect(codes(res.issues)).to.include.members(['fhir_item_type_approximated', 'fhir_root_items_wrapped', 'fhir_link_id_changed']);
    const vs = res.issues.find((i) => i.code === 'fhir_value_set_unresolved')!;
    expect(vs.message.vi).to.contain('ValueSet');
    expect(vs.message.en).to.contain('cannot be resolved');
  });

  it('refuses what is not a Questionnaire', () => {
    const res = questionnaireToSurvey({ resourceType: 'Patient' } as never);
    expect(res.value).to.equal(undefined);
    expect(res.issues[0]!.severity).to.equal('error');
  });
});

describe('SurveyResponse <-> QuestionnaireResponse', () => {
  const def = must(parseSurveyDefinition(SURVEY));
  const resp = must(parseSurveyResponse(RESPONSE));

  it('writes answers as codings, numbers and text, and validates', async () => {
    const qr = responseToQuestionnaireResponse(resp, def);
    expect(qr.questionnaire).to.equal('https://ansinh.dev/fhir/Questionnaire/moh-inpatient|2024.1');
    const a = qr.item!.find((i) => i.linkId === 'A')!;
    expect(a.item![0]!.answer).to.deep.equal([
      { valueCoding: { system: 'https://ansinh.dev/fhir/CodeSystem/survey-option', code: '2', display: 'Không hài lòng hoặc: Kém' } },
    ]);
    expect(JSON.stringify(qr)).not.to.contain('Bà Hương');
    await expectValidFhir(qr, surveyToQuestionnaire(def));
  });

  it('round-trips (skipped answers are left out; contact only when asked)', () => {
    const withContact = responseToQuestionnaireResponse(resp, def, { includeContact: true });
    const back = questionnaireResponseToResponse(withContact, def);
    expect(back.issues).to.deep.equal([]);
    const expected: SurveyResponse = { ...resp, answers: { ...resp.answers } };
    delete expected.answers.H1;
    expect(back.value).to.deep.equal(expected);
    const anonymous = questionnaireResponseToResponse(responseToQuestionnaireResponse(resp, def), def);
    expect(anonymous.value?.contact).to.equal(undefined);
  });

  it('reads a response to a foreign questionnaire and reports unknown items', () => {
    const foreign = questionnaireToSurvey(PHQ9_LIKE).value!;
    const res = questionnaireResponseToResponse(
      {
        resourceType: 'QuestionnaireResponse',
        id: 'qr-1',
        questionnaire: 'http://example.org/Questionnaire/phq-9-vi',
        status: 'completed',
        authored: '2025-05-01',
        item: [
          { linkId: '/44250-9', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6570-1' } }] },
          { linkId: 'extra', answer: [{ valueAttachment: { url: 'x' } } as never] },
        ],
      },
      foreign,
    );
    expect(res.value?.answers).to.deep.equal({ '44250-9': 'LA6570-1' });
    expect(codes(res.issues)).to.include.members(['fhir_answer_unknown_item', 'fhir_answer_dropped', 'fhir_authored_partial']);
  });
});

// ------------------------------------------------------------------------------------------------
// Property: every generated valid SurveyDefinition survives Questionnaire and back.
// ------------------------------------------------------------------------------------------------

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== '');
const loc = fc.record({ vi: text, en: text }, { requiredKeys: ['vi'] });
const optValue = fc.oneof(fc.integer({ min: -5, max: 99 }), fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), fc.constantFrom('07', '10', '1.5'));
const options = fc.uniqueArray(
  fc.record({ value: optValue, label: loc, score: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: ['value', 'label'] }),
  { minLength: 1, maxLength: 5, selector: (o) => String(o.value) },
);

type GenItem = Record<string, unknown> & { type: string };
function leafArb(): fc.Arbitrary<GenItem> {
  const base = { text: loc, help: loc, required: fc.boolean(), externalField: text };
  return fc.oneof(
    fc.record({ ...base, type: fc.constant('scale5'), notApplicable: fc.boolean(), askReasonBelow: fc.integer({ min: 1, max: 5 }), initial: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: ['text', 'type'] }),
    options.chain((opts) =>
      fc.record(
        { ...base, type: fc.constant('single'), options: fc.constant(opts), allowOther: fc.constant(true), initial: fc.constantFrom(...opts.map((o) => o.value)) },
        { requiredKeys: ['text', 'type', 'options'] },
      ),
    ),
    options.chain((opts) =>
      fc.record(
        { ...base, type: fc.constant('multiple'), options: fc.constant(opts), allowOther: fc.constant(true), maxSelected: fc.integer({ min: 1, max: 5 }), initial: fc.constant([opts[0]!.value]) },
        { requiredKeys: ['text', 'type', 'options'] },
      ),
    ),
    fc.record({ ...base, type: fc.constant('number'), min: fc.integer({ min: -10, max: 0 }), max: fc.double({ min: 1, max: 1000, noNaN: true }), integer: fc.constant(true), unit: loc, initial: fc.integer({ min: 0, max: 9 }) }, { requiredKeys: ['text', 'type'] }),
    fc.record({ ...base, type: fc.constant('text'), maxLength: fc.integer({ min: 1, max: 500 }), inputMode: fc.constantFrom('text', 'tel', 'numeric', 'email'), initial: text }, { requiredKeys: ['text', 'type'] }),
    fc.record({ ...base, type: fc.constant('longtext'), maxLength: fc.integer({ min: 1, max: 5000 }) }, { requiredKeys: ['text', 'type'] }),
    fc.record({ ...base, type: fc.constant('date'), initial: fc.constant('2025-02-28') }, { requiredKeys: ['text', 'type'] }),
    fc.record({ text: loc, help: loc, type: fc.constant('display') }, { requiredKeys: ['text', 'type'] }),
  );
}

const definitionArb = fc
  .array(fc.array(fc.oneof({ weight: 4, arbitrary: leafArb() }, { weight: 1, arbitrary: fc.record({ text: loc, required: fc.boolean(), type: fc.constant('group'), items: fc.array(leafArb(), { minLength: 1, maxLength: 3 }) }) }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .chain((sections) => {
    // Unique codes in form order; conditions point at earlier items with answers of their type.
    let n = 0;
    const seen: GenItem[] = [];
    const withCodes = sections.map((items) =>
      items.map((it) => {
        const code = (c: GenItem): GenItem => ({ ...c, code: `Q${++n}` });
        const item = code(it);
        if (item.type === 'group') item.items = (item.items as GenItem[]).map(code);
        seen.push(item, ...((item.items as GenItem[] | undefined) ?? []));
        return item;
      }),
    );
    return fc.tuple(fc.constant(withCodes), fc.array(fc.nat(), { maxLength: 6 }), loc, fc.boolean());
  })
  .map(([sections, picks, title, anonymous]) => {
    const flat = sections.flat().flatMap((i) => (i.type === 'group' ? [i, ...(i.items as GenItem[])] : [i]));
    picks.forEach((p, k) => {
      const item = flat[p % flat.length]!;
      const targets = flat.filter((t) => t !== item && t.type !== 'group' && t.type !== 'display');
      if (!targets.length) return;
      const t = targets[(p + k) % targets.length]!;
      const answer =
        t.type === 'single' || t.type === 'multiple' ? (t.options as { value: string | number }[])[0]!.value : t.type === 'scale5' ? 4 : t.type === 'number' ? 2.5 : t.type === 'date' ? '2025-01-01' : 'có';
      const operator = k % 3 === 0 ? 'exists' : '=';
      const cond = { item: t.code, operator, answer: operator === 'exists' ? true : answer };
      item.enableWhen = [...((item.enableWhen as unknown[]) ?? []), cond];
      if ((item.enableWhen as unknown[]).length > 1) item.enableBehavior = k % 2 ? 'any' : 'all';
    });
    return {
      id: 'gen:survey/1',
      version: '1',
      title,
      anonymous,
      scales: [{ id: 'yn', options: [{ value: 'y', label: { vi: 'Có' }, score: 1 }, { value: 'n', label: { vi: 'Không' }, score: null }] }],
      sections: sections.map((items, i) => ({ id: `s${i}`, code: String.fromCharCode(65 + i), title: { vi: `Phần ${i + 1}` }, items })),
    };
  });

describe('property: SurveyDefinition -> Questionnaire -> SurveyDefinition', () => {
  it('returns the same definition with no issues', () => {
    fc.assert(
      fc.property(definitionArb, (input) => {
        const def = must(parseSurveyDefinition(input)) as SurveyDefinition;
        const back = questionnaireToSurvey(surveyToQuestionnaire(def));
        expect(back.issues).to.deep.equal([]);
        expect(back.value).to.deep.equal(def);
      }),
      { numRuns: 150 },
    );
  });

  it('produces Questionnaires that pass FHIR R4 validation', async () => {
    const samples = fc.sample(definitionArb, { numRuns: 25, seed: 42 });
    await expectValidFhir(...samples.map((s) => surveyToQuestionnaire(must(parseSurveyDefinition(s)))));
  });
});

// Types used only to keep the imports honest.
export type _Used = Resident | CarePlan;
