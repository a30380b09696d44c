import { expect } from '@open-wc/testing';
import { describe, it } from './mocha.js';
import { CORPORA, loadCorpus } from './fixtures.js';
import {
  CONTRACT_VERSION,
  MAX_ISSUES,
  checkCitizenIdConsistency,
  fieldLabel,
  ledgerEntryHash,
  maskCitizenId,
  parseCarePlan,
  parseFund,
  parseLedgerDisclosure,
  parseLedgerEntry,
  parseList,
  parsePartialResident,
  parseResident,
  parseStatDataset,
  parseSurveyDefinition,
  parseSurveyResponse,
  sha256Hex,
  verifyLedgerChain,
  type ContractIssue,
  type LedgerEntry,
  type ParseResult,
} from '../../src/contract/index.js';

const PARSERS: Record<string, (input: unknown) => ParseResult<unknown>> = {
  resident: parseResident,
  'care-plan': parseCarePlan,
  'survey-definition': parseSurveyDefinition,
  'survey-response': parseSurveyResponse,
  'ledger-entry': parseLedgerEntry,
  'ledger-disclosure': parseLedgerDisclosure,
  fund: parseFund,
  'stat-dataset': parseStatDataset,
};

const VI_DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function issuesOf(r: ParseResult<unknown>): ContractIssue[] {
  if (r.ok) throw new Error('expected the parse to fail');
  return r.issues;
}

const baseResident = {
  id: 'r-1',
  fullName: 'Nguyễn Thị Hoa',
  birthDate: '2003-05-01',
  sex: 'female',
  beneficiaryCategory: { code: 'nguoi-khuyet-tat' },
  admission: { decisionNumber: '12/QĐ', date: '2024-01-02', type: 'regular' },
};

describe('contract: fixture corpus (shared with the Zod/ajv parity script)', () => {
  for (const name of CORPORA) {
    it(`${name}: valid fixtures parse unchanged, invalid ones name the field`, async () => {
      const corpus = await loadCorpus(name);
      const parse = PARSERS[name]!;
      expect(corpus.valid.length).to.be.greaterThan(0);
      for (const f of corpus.valid) {
        const r = parse(f.data);
        expect(r.ok, `${f.name}: ${JSON.stringify(r.ok ? [] : r.issues)}`).to.equal(true);
        if (r.ok) {
          expect(r.warnings, f.name).to.deep.equal([]);
          expect(r.value, f.name).to.deep.equal(f.data);
        }
      }
      for (const f of corpus.invalid) {
        const issues = issuesOf(parse(f.data));
        const hit = issues.find(
          (i) => JSON.stringify(i.path) === JSON.stringify(f.expect!.path) && i.code === f.expect!.code,
        );
        expect(hit, `${f.name}: ${JSON.stringify(issues.map((i) => [i.path, i.code]))}`).to.not.equal(undefined);
        for (const i of issues) {
          expect(i.severity).to.equal('error');
          expect(i.message.vi.length).to.be.greaterThan(3);
          expect(i.message.en.length).to.be.greaterThan(3);
          expect(i.field?.vi.length ?? 0).to.be.greaterThan(0);
          expect(i.field?.en.length ?? 0).to.be.greaterThan(0);
        }
      }
    });
  }
});

describe('contract: a partial resident (a person from another system, no centre record yet)', () => {
  it('is valid with only an id and a name, and each missing centre fact is a warning in both languages', () => {
    const person = { id: 'p1', fullName: 'Nguyễn Văn An' };
    expect(parseResident(person).ok, 'not a whole resident').to.equal(false);
    const r = parsePartialResident(person);
    if (!r.ok) throw new Error('expected a partial resident');
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['category_missing', 'admission_missing', 'birth_date_missing']);
    for (const w of r.warnings) {
      expect(w.severity).to.equal('warning');
      expect(w.message.vi).to.match(VI_DIACRITIC);
      expect(w.message.en).to.match(/^This record has no /);
    }
  });

  it('still refuses what it does carry when that is wrong, and a whole resident reads the same as parseResident', () => {
    const [issue] = issuesOf(parsePartialResident({ id: 'p1', fullName: 'Nguyễn Văn An', beneficiaryCategory: { code: 'khong-co' } }));
    expect(issue!.path).to.deep.equal(['beneficiaryCategory', 'code']);
    expect(issuesOf(parsePartialResident({ id: 'p1' }))[0]!.path).to.deep.equal(['fullName']);
    const whole = parsePartialResident(baseResident);
    expect(whole.ok && whole.warnings).to.deep.equal([]);
  });
});

describe('contract: issues people can act on', () => {
  it('names a missing field in Vietnamese and English', () => {
    const { fullName: _omit, ...noName } = baseResident;
    const [issue] = issuesOf(parseResident(noName));
    expect(issue).to.deep.equal({
      path: ['fullName'],
      code: 'required',
      severity: 'error',
      field: { vi: 'Họ và tên', en: 'Full name' },
      message: { vi: 'Thiếu: trường này là bắt buộc.', en: 'Missing: this field is required.' },
    });
  });

  it('says where in a list the problem is', () => {
    const issues = issuesOf(
      parseCarePlan({
        id: 'p',
        residentId: 'r',
        status: 'planning',
        goals: [
          { id: 'g1', domain: 'nutrition', description: 'Ăn đủ bữa', status: 'active' },
          { id: 'g2', domain: 'nutrition', description: 'Tăng cân', status: 'active', dueDate: '2026-13-01' },
        ],
      }),
    );
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.deep.equal(['goals', 1, 'dueDate']);
    expect(issues[0]!.field).to.deep.equal({ vi: 'Mục tiêu số 2 › Hạn hoàn thành', en: 'Goal #2 › Due date' });
    expect(issues[0]!.message.vi).to.match(VI_DIACRITIC);
    expect(issues[0]!.message.vi).to.contain('2026-11-22');
  });

  it('lists the allowed values of an enumeration, and of a discriminator', () => {
    const [sex] = issuesOf(parseResident({ ...baseResident, sex: 'nữ' }));
    expect(sex!.message.vi).to.equal('Giá trị không hợp lệ. Chọn một trong: male, female, other, unknown.');
    const [kind] = issuesOf(parseLedgerEntry({ kind: 'gift' }));
    expect(kind!.path).to.deep.equal(['kind']);
    expect(kind!.field).to.deep.equal({ vi: 'Loại bút toán', en: 'Entry kind' });
    expect(kind!.message.en).to.equal('Not an allowed value. Choose one of: donation, distribution, correction.');
  });

  it('uses the context of a field: admission date and exit date read differently', () => {
    expect(fieldLabel('resident', ['admission', 'date']).vi).to.equal('Ngày tiếp nhận');
    expect(fieldLabel('resident', ['exit', 'date']).vi).to.equal('Ngày rời trung tâm');
    expect(fieldLabel('surveyResponse', ['answers', 'A1'])).to.deep.equal({ vi: 'Câu trả lời › A1', en: 'Answer › A1' });
    expect(fieldLabel('resident', [])).to.deep.equal({ vi: 'Hồ sơ đối tượng', en: 'Resident record' });
  });

  it('never echoes the rejected value (it may be personal data)', () => {
    const secret = 'HIV dương tính, bí mật';
    const issues = issuesOf(parseResident({ ...baseResident, citizenId: secret, sensitive: { hivStatus: secret } }));
    expect(issues.length).to.equal(2);
    expect(JSON.stringify(issues)).not.to.contain(secret);
  });

  it('reports a wrong type with the expected and received kinds', () => {
    const [i] = issuesOf(parseLedgerEntry({
      id: 'e', kind: 'donation', channel: 'cash', receiptNumber: 'PT-1', date: '2026-01-01',
      receivingUnit: 'CTXH', fundId: 'f', prevHash: null,
      donor: { type: 'anonymous', publishConsent: false }, amountVnd: '2.000.000',
    }));
    expect(i!.message).to.deep.equal({
      vi: 'Sai kiểu: cần số, nhận được chuỗi ký tự.',
      en: 'Wrong type: expected a number, got text.',
    });
  });

  it('caps the list of issues and says how many more there are', () => {
    const values = Array.from({ length: 300 }, () => ({ period: 'bad', orgUnit: 'u', value: 'x' }));
    const issues = issuesOf(parseStatDataset({
      id: 'd', indicator: { code: 'c', name: { vi: 'C' }, unit: 'count' },
      periods: [{ id: '2025' }], orgUnits: [{ id: 'u', name: { vi: 'U' } }], values,
    }));
    expect(issues).to.have.length(MAX_ISSUES + 1);
    expect(issues[MAX_ISSUES]!.code).to.equal('too_many_issues');
    expect(issues[MAX_ISSUES]!.message.vi).to.equal('Còn 550 lỗi khác chưa liệt kê.');
  });
});

describe('contract: warnings never block a parse', () => {
  it('warns when the citizen ID disagrees with birth year or sex', () => {
    // 0 = born 1900s, male; 3 = born 2000s, female.
    const r = parseResident({ ...baseResident, citizenId: '001003012345' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).to.deep.equal(['citizen_id_birth_year', 'citizen_id_sex']);
    expect(r.warnings[0]!.severity).to.equal('warning');
    expect(r.warnings[0]!.message.vi).to.contain('1903');
    expect(r.warnings[0]!.field).to.deep.equal({ vi: 'Số định danh cá nhân', en: 'Personal identification number' });

    const good = parseResident({ ...baseResident, citizenId: '001303012345' });
    expect(good.ok && good.warnings).to.deep.equal([]);
    // A birth year alone is enough to check; sex "unknown" is not compared.
    expect(checkCitizenIdConsistency('079148000001', '1948', 'unknown')).to.deep.equal([]);
  });

  it('warns when a sensitive field is marked publishable, and on exit before admission', () => {
    const r = parseResident({
      ...baseResident,
      publishable: ['fullName', 'sensitive.hivStatus', 'citizenId'],
      exit: { date: '2023-01-01', reason: 'transfer' },
    });
    expect(r.ok && r.warnings.map((w) => [w.code, w.path])).to.deep.equal([
      ['publishable_sensitive', ['publishable', 1]],
      ['publishable_sensitive', ['publishable', 2]],
      ['exit_before_admission', ['exit', 'date']],
    ]);
  });

  it('warns about references that point nowhere', async () => {
    const def = (await loadCorpus('survey-definition')).valid[0]!.data as { sections: { items: { enableWhen?: { item: string }[] }[] }[] };
    const copy = structuredClone(def);
    copy.sections[2]!.items[2]!.enableWhen![0]!.item = 'Z9';
    const r = parseSurveyDefinition(copy);
    expect(r.ok && r.warnings.map((w) => w.code)).to.deep.equal(['unknown_item']);

    const ds = parseStatDataset({
      id: 'd', indicator: { code: 'c', name: { vi: 'C' }, unit: 'count' },
      periods: [{ id: '2025' }], orgUnits: [{ id: 'u', name: { vi: 'U' } }],
      values: [{ period: '2024', orgUnit: 'u', value: 1 }, { period: '2025', orgUnit: 'u', value: 1 }, { period: '2025', orgUnit: 'u', value: 2 }],
    });
    expect(ds.ok && ds.warnings.map((w) => w.code)).to.deep.equal(['unknown_period', 'duplicate_value']);
  });
});

describe('contract: forward compatibility and defaults', () => {
  it('keeps unknown fields at every level', () => {
    const input = {
      ...baseResident,
      futureField: { a: [1, 2] },
      admission: { ...baseResident.admission, ward: 'B2' },
    };
    const r = parseResident(input);
    expect(r.ok && r.value).to.deep.equal(input);
  });

  it('fills empty lists and the suppression threshold with defaults', () => {
    const plan = parseCarePlan({ id: 'p', residentId: 'r', status: 'intake' });
    expect(plan.ok && plan.value.goals).to.deep.equal([]);
    expect(plan.ok && plan.value.activities).to.deep.equal([]);
    const ds = parseStatDataset({
      id: 'd', indicator: { code: 'c', name: { vi: 'C' }, unit: 'count' },
      periods: [{ id: '2025' }], orgUnits: [{ id: 'u', name: { vi: 'U' } }], values: [],
    });
    expect(ds.ok && ds.value.suppressionThreshold).to.equal(5);
  });

  it('exposes the contract version', () => {
    expect(CONTRACT_VERSION).to.equal('1.0.0');
  });

  it('parses lists with the item index in each path', () => {
    const r = parseList([baseResident, { ...baseResident, sex: 'x' }], parseResident);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]!.path).to.deep.equal([1, 'sex']);
    const ok = parseList([baseResident], parseResident);
    expect(ok.ok && ok.value.length).to.equal(1);
    expect(parseList('nope', parseResident).ok).to.equal(false);
  });
});

describe('contract: citizen IDs', () => {
  it('masks citizen IDs to the first and last two digits', () => {
    expect(maskCitizenId('012345678945')).to.equal('0*********45');
  });
});

describe('contract: ledger hash chain', () => {
  it('computes standard SHA-256', () => {
    expect(sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('Nhà hảo tâm giấu tên '.repeat(20))).to.match(/^[0-9a-f]{64}$/);
  });

  it('accepts an intact chain and finds an edited entry', async () => {
    const corpus = await loadCorpus('ledger-entry');
    const entries = corpus.valid.map((f) => structuredClone(f.data) as LedgerEntry);
    let prev: string | null = null;
    for (const e of entries) {
      e.prevHash = prev;
      prev = ledgerEntryHash(e);
    }
    expect(verifyLedgerChain(entries)).to.deep.equal([]);
    const edited = structuredClone(entries);
    const first = edited[0]!;
    if (first.kind === 'donation' && first.channel === 'cash') first.amountVnd = 1;
    const issues = verifyLedgerChain(edited);
    expect(issues.map((i) => i.path)).to.deep.equal([[1, 'prevHash']]);
    expect(issues[0]!.message.vi).to.contain('PT-2026-0002');
  });

  it('hashes independently of key order', () => {
    expect(ledgerEntryHash({ b: 1, a: [{ y: 2, x: 'đ' }] } as never)).to.equal(
      ledgerEntryHash({ a: [{ x: 'đ', y: 2 }], b: 1 } as never),
    );
  });
});
