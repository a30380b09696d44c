import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describe, it } from './mocha.js';
import {
  CASE_FORMS,
  CLOSURE_REASONS,
  BENEFICIARY_CATEGORIES,
  CARE_DOMAINS,
  parseCarePlan,
  parseFund,
  parseLedgerDisclosure,
  parseLedgerEntry,
  parseResident,
  parseStatDataset,
  parseSurveyDefinition,
  parseSurveyResponse,
  type ParseResult,
} from '../../src/contract/index.js';

// ------------------------------------------------------------------------------------------------
// Generators of valid contract objects
// ------------------------------------------------------------------------------------------------

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,20}$/);
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });
const localized = fc.record({ vi: text, en: text }, { requiredKeys: ['vi'] });
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const partialDate = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)));
const vnd = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const hash = fc.stringMatching(/^[0-9a-f]{64}$/);
const code = fc.stringMatching(/^[A-Z][0-9]{1,2}$/);
/** Fields a newer portal might add: they must survive. */
const extension = fc.dictionary(
  fc.stringMatching(/^x-[a-z]{1,8}$/),
  fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(null)),
  { maxKeys: 2 },
);
const withExtension = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, extension).map(([o, x]) => ({ ...x, ...o }));

const resident = withExtension(
  fc.record(
    {
      id,
      fullName: text,
      birthDate: partialDate,
      sex: fc.constantFrom('male', 'female', 'other', 'unknown'),
      beneficiaryCategory: fc.record({ code: fc.constantFrom(...BENEFICIARY_CATEGORIES), legalBasis: text }, { requiredKeys: ['code'] }),
      disability: fc.record({
        level: fc.constantFrom('dac-biet-nang', 'nang', 'nhe'),
        type: fc.constantFrom('van-dong', 'nghe-noi', 'nhin', 'than-kinh-tam-than', 'tri-tue', 'khac'),
        certificateDate: day,
        issuer: text,
      }),
      admission: fc.record({ decisionNumber: text, date: day, type: fc.constantFrom('regular', 'emergency', 'voluntary') }),
      exit: fc.record({ date: day, reason: fc.constantFrom('hoi-gia', 'community', 'transfer', 'death', 'absconded', 'term-ended') }),
      room: text,
      address: fc.record(
        { provinceCode: fc.stringMatching(/^\d{2}$/), provinceName: text, communeCode: fc.stringMatching(/^\d{5}$/), legacyAddress: text },
        { requiredKeys: ['provinceCode', 'provinceName'] },
      ),
      guardian: fc.record({ name: text, relationship: text, phone: fc.stringMatching(/^0\d{9}$/) }, { requiredKeys: ['name', 'relationship'] }),
      consent: fc.record({ photo: fc.boolean(), publishName: fc.boolean(), shareHealthData: fc.boolean(), recordedAt: dateTime }, { requiredKeys: [] }),
      sensitive: fc.record({ hivStatus: fc.constantFrom('positive', 'negative', 'unknown'), abuseHistory: anyText }, { requiredKeys: [] }),
      flags: fc.record({ diet: fc.array(text, { maxLength: 3 }), fallRisk: fc.boolean() }, { requiredKeys: [] }),
      currentCarePlanStep: fc.constantFrom('intake', 'planning', 'implementing', 'monitoring', 'closed'),
    },
    { requiredKeys: ['id', 'fullName', 'birthDate', 'sex', 'beneficiaryCategory', 'admission'] },
  ),
);

const step = fc.constantFrom('intake', 'planning', 'implementing', 'monitoring', 'closed');
const domain = fc.constantFrom(...CARE_DOMAINS);
const carePlan = withExtension(
  fc.record({
    id,
    residentId: id,
    status: step,
    transitions: fc.array(fc.record({ from: step, to: step, by: text, at: dateTime }), { maxLength: 3 }),
    needsAssessment: fc.array(fc.record({ domain, summary: anyText }), { maxLength: 3 }),
    goals: fc.array(
      fc.record({ id, domain, description: text, status: fc.constantFrom('proposed', 'active', 'completed'), dueDate: day }, { requiredKeys: ['id', 'domain', 'description', 'status'] }),
      { maxLength: 3 },
    ),
    activities: fc.array(
      fc.record({
        id,
        domain,
        what: text,
        status: fc.constantFrom('not-started', 'scheduled', 'in-progress', 'on-hold', 'completed', 'cancelled', 'stopped'),
        progressNotes: fc.array(fc.record({ at: dateTime, author: text, text: anyText }), { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    careTeam: fc.array(fc.record({ id, name: text, role: fc.constantFrom('social-worker', 'nurse', 'doctor', 'teacher', 'other') }), { maxLength: 3 }),
    signOffs: fc.array(fc.record({ role: fc.constantFrom('team', 'resident', 'guardian', 'director'), name: text, at: dateTime }), { maxLength: 3 }),
    reviews: fc.array(fc.record({ dueDate: day, doneAt: day, notes: anyText }, { requiredKeys: ['dueDate'] }), { maxLength: 2 }),
    caseFile: fc.record(
      {
        caseNumber: text,
        caseManager: text,
        openedOn: day,
        reviewEvery: fc.constantFrom('monthly', 'quarterly', 'half-yearly', 'yearly'),
        closure: fc.record({ reason: fc.constantFrom(...CLOSURE_REASONS), date: day, detail: anyText, followUpUntil: day }, { requiredKeys: ['reason', 'date'] }),
      },
      { requiredKeys: ['caseNumber'] },
    ),
    stepRecords: fc.array(fc.record({ id, form: fc.constantFrom(...CASE_FORMS), date: day, by: text, summary: anyText }, { requiredKeys: ['id', 'form', 'date'] }), { maxLength: 3 }),
  }, { requiredKeys: ['id', 'residentId', 'status', 'transitions', 'needsAssessment', 'goals', 'activities', 'careTeam', 'signOffs', 'reviews'] }),
);

const option = fc.record({ value: fc.oneof(fc.integer({ min: 0, max: 9 }), text), label: localized, score: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null)) }, { requiredKeys: ['value', 'label'] });
const leafItem = fc.oneof(
  fc.record({ code, type: fc.constant('scale5'), text: localized, required: fc.boolean() }),
  fc.record({ code, type: fc.constant('single'), text: localized, options: fc.array(option, { minLength: 1, maxLength: 4 }), allowOther: fc.boolean() }),
  fc.record({ code, type: fc.constant('multiple'), text: localized, options: fc.array(option, { minLength: 1, maxLength: 4 }) }),
  fc.record({ code, type: fc.constant('number'), text: localized, min: fc.integer(), max: fc.integer() }, { requiredKeys: ['code', 'type', 'text'] }),
  fc.record({ code, type: fc.constantFrom('text', 'longtext', 'date', 'display'), text: localized, help: localized }, { requiredKeys: ['code', 'type', 'text'] }),
);
const item = fc.oneof(
  { weight: 4, arbitrary: leafItem },
  { weight: 1, arbitrary: fc.record({ code, type: fc.constant('group'), text: localized, items: fc.array(leafItem, { maxLength: 3 }) }) },
);
const surveyDefinition = withExtension(
  fc.record({
    id,
    version: text,
    title: localized,
    template: fc.record({ id, version: text, source: text }),
    sections: fc.array(fc.record({ id, title: localized, items: fc.array(item, { maxLength: 4 }) }), { minLength: 1, maxLength: 3 }),
  }),
);

const answer = fc.oneof(
  anyText,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), text), { maxLength: 3 }),
  fc.record({ value: fc.integer({ min: 0, max: 5 }), other: anyText, reason: anyText }, { requiredKeys: [] }),
);
const surveyResponse = withExtension(
  fc.record(
    {
      id,
      definitionId: id,
      definitionVersion: text,
      status: fc.constantFrom('in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'),
      answers: fc.dictionary(code, answer, { maxKeys: 6 }),
      metadata: fc.record({ surveyType: fc.constantFrom('self-assessment-periodic', 'other'), respondent: fc.constantFrom('patient', 'relative'), wardCode: text, filledOn: day }, { requiredKeys: [] }),
      submittedAt: dateTime,
      contact: fc.record({ phone: fc.stringMatching(/^\+84 \d{9}$/), consentToContact: fc.boolean() }),
    },
    { requiredKeys: ['id', 'definitionId', 'definitionVersion', 'status', 'answers'] },
  ),
);

const line = fc.record(
  { item: text, unit: fc.constantFrom('suất', 'hộp', 'thùng', 'ổ', 'lít'), quantity: fc.integer({ min: 1, max: 10000 }), estimatedUnitValueVnd: vnd, expiry: day },
  { requiredKeys: ['item', 'unit', 'quantity'] },
);
const entryBase = { id, receiptNumber: text, date: day, receivingUnit: text, fundId: id, prevHash: fc.oneof(hash, fc.constant(null)) };
const donor = fc.record(
  { type: fc.constantFrom('person', 'organisation', 'business', 'religious', 'anonymous'), name: text, publishConsent: fc.boolean() },
  { requiredKeys: ['type', 'publishConsent'] },
);
const ledgerEntry = withExtension(
  fc.oneof(
    fc.record({ ...entryBase, kind: fc.constant('donation'), donor, channel: fc.constantFrom('cash', 'vietqr'), amountVnd: vnd }),
    fc.record({ ...entryBase, kind: fc.constant('donation'), donor, channel: fc.constant('bank-transfer'), amountVnd: vnd, bankReference: text }),
    fc.record({ ...entryBase, kind: fc.constant('donation'), donor, channel: fc.constant('in-kind'), lines: fc.array(line, { minLength: 1, maxLength: 3 }) }),
    fc.record(
      { ...entryBase, kind: fc.constant('distribution'), beneficiary: fc.record({ pseudonym: text }), amountVnd: vnd, lines: fc.array(line, { minLength: 1, maxLength: 2 }), approver: text },
      { requiredKeys: ['id', 'receiptNumber', 'date', 'receivingUnit', 'fundId', 'prevHash', 'kind', 'beneficiary', 'amountVnd', 'approver'] },
    ),
    fc.record({ ...entryBase, kind: fc.constant('correction'), correctsEntryId: id, reason: text }),
  ),
);

const fund = fc.record({ id, name: localized, restricted: fc.boolean(), purpose: anyText }, { requiredKeys: ['id', 'name', 'restricted'] });
const ledgerDisclosure = fc.record({
  period: fc.record({ from: day, to: day }),
  funds: fc.array(fund, { maxLength: 2 }),
  totals: fc.record({
    byFund: fc.array(fc.record({ fundId: id, receivedVnd: vnd, distributedVnd: vnd, balanceVnd: fc.integer() }), { maxLength: 2 }),
    byItem: fc.array(fc.record({ item: text, unit: text, received: fc.nat(), distributed: fc.nat(), balance: fc.integer() }), { maxLength: 2 }),
  }),
  entryCount: fc.nat(),
  chainHead: fc.oneof(hash, fc.constant(null)),
  publication: fc.record(
    { channels: fc.uniqueArray(fc.constantFrom('website', 'noticeboard', 'written-notice', 'mass-media', 'other'), { minLength: 1, maxLength: 5 }), place: text },
    { requiredKeys: ['channels'] },
  ),
  scope: fc.constantFrom('receipts', 'distribution', 'both'),
  dueDate: day,
  bankStatements: fc.array(fc.record({ reference: text, account: text }, { requiredKeys: ['reference'] }), { maxLength: 2 }),
}, { requiredKeys: ['period', 'totals', 'entryCount', 'chainHead'] });

const periodId = fc.oneof(
  fc.integer({ min: 2000, max: 2099 }).map(String),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}M${String(m).padStart(2, '0')}`),
);
const statDataset = withExtension(
  fc.record({
    id,
    indicator: fc.record({ code: id, name: localized, unit: fc.constantFrom('count', 'percent', 'vnd', 'ratio') }),
    periods: fc.array(fc.record({ id: periodId }), { minLength: 1, maxLength: 3 }),
    orgUnits: fc.array(fc.record({ id, name: localized }), { minLength: 1, maxLength: 3 }),
    disaggregations: fc.array(fc.record({ id, name: localized, categories: fc.array(fc.record({ id, name: localized }), { minLength: 1, maxLength: 3 }) }), { maxLength: 2 }),
    values: fc.array(fc.record({ period: periodId, orgUnit: id, value: fc.oneof(fc.integer(), fc.constant(null)) }), { maxLength: 5 }),
    suppressionThreshold: fc.nat({ max: 20 }),
  }),
);

const CASES: [string, fc.Arbitrary<object>, (i: unknown) => ParseResult<unknown>][] = [
  ['Resident', resident, parseResident],
  ['CarePlan', carePlan, parseCarePlan],
  ['SurveyDefinition', surveyDefinition, parseSurveyDefinition],
  ['SurveyResponse', surveyResponse, parseSurveyResponse],
  ['LedgerEntry', ledgerEntry, parseLedgerEntry],
  ['LedgerDisclosure', ledgerDisclosure, parseLedgerDisclosure],
  ['Fund', fund, parseFund],
  ['StatDataset', statDataset, parseStatDataset],
];

describe('contract properties: valid objects round-trip', () => {
  for (const [name, arb, parse] of CASES) {
    it(`${name}: survives JSON and parses to the same value`, () => {
      fc.assert(
        fc.property(arb, (value) => {
          const json = JSON.parse(JSON.stringify(value)) as unknown;
          expect(json).to.deep.equal(value);
          const r = parse(json);
          if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
          expect(r.value).to.deep.equal(value);
        }),
        { numRuns: 150 },
      );
    });
  }
});

// ------------------------------------------------------------------------------------------------
// Garbage never throws
// ------------------------------------------------------------------------------------------------

function expectWellFormed(r: ParseResult<unknown>): void {
  if (r.ok) {
    expect(r.warnings).to.be.an('array');
    return;
  }
  expect(r.issues.length).to.be.greaterThan(0);
  for (const i of r.issues) {
    expect(i.severity).to.equal('error');
    expect(i.message.vi).to.be.a('string').and.not.equal('');
    expect(i.message.en).to.be.a('string').and.not.equal('');
    expect(i.path).to.be.an('array');
  }
}

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'javascript:alert(1)', '<script>x</script>', '\u0000', '\ud800', '2025-02-30', '９９９'),
);
const garbage = fc.anything({
  maxDepth: 4,
  key: hostileString,
  values: [hostileString, fc.double(), fc.bigInt(), fc.constant(undefined), fc.constant(-0)],
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A valid object with one value replaced by garbage, so parsing goes deep before failing. */
function corrupt(arb: fc.Arbitrary<object>) {
  return fc.tuple(arb, garbage, fc.nat()).map(([value, junk, n]) => {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    const keys = Object.keys(copy);
    if (keys.length) copy[keys[n % keys.length]!] = junk;
    return copy;
  });
}

describe('contract properties: any input yields a result, never an exception', () => {
  for (const [name, arb, parse] of CASES) {
    it(`${name}: arbitrary values and corrupted objects`, () => {
      fc.assert(fc.property(garbage, (input) => expectWellFormed(parse(input))), { numRuns: 200 });
      fc.assert(fc.property(corrupt(arb), (input) => expectWellFormed(parse(input))), { numRuns: 200 });
    });
  }

  it('survives throwing getters, hostile proxies, cycles and deep nesting', () => {
    const throwing = { get id(): string { throw new Error('boom'); } };
    const proxy = new Proxy({}, {
      get() { throw new Error('get'); },
      ownKeys() { throw new Error('keys'); },
      getPrototypeOf() { throw new Error('proto'); },
    });
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const cyclic: Record<string, unknown> = { id: 'a' };
    cyclic['self'] = cyclic;
    cyclic['admission'] = cyclic;
    let deep: unknown = 'x';
    for (let i = 0; i < 10000; i++) deep = { sensitive: deep, answers: [deep] };
    const protoPolluter = JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as unknown;
    for (const [, , parse] of CASES) {
      for (const input of [throwing, proxy, revoked, cyclic, deep, protoPolluter, Object.create(null), new Date(), /re/g, () => 1, Symbol('s')]) {
        expectWellFormed(parse(input));
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('rejects a megabyte string (no regular-expression blow-up: one would run past the test timeout)', () => {
    const huge = 'https://a' + 'a'.repeat(1_000_000) + ' ';
    const r = parseResident({
      id: huge, fullName: huge, birthDate: huge, sex: 'male', photoUrl: huge, citizenId: huge,
      beneficiaryCategory: { code: 'khac' }, admission: { decisionNumber: 'x', date: huge, type: 'regular' },
    });
    expect(r.ok).to.equal(false);
  });
});
