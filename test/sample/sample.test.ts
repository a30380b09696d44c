import { expect } from '@open-wc/testing';
import {
  parseCarePlan,
  parseFund,
  parseLedgerEntry,
  parseResident,
  parseStatDataset,
  parseSurveyResponse,
  verifyLedgerChain,
  type ParseResult,
  type StatDataset,
} from '../../src/contract/index.js';
import { MemorySource } from '../../src/data/index.js';
import {
  sampleCarePlans,
  sampleData,
  sampleDatasets,
  sampleFunds,
  sampleLedger,
  sampleResidents,
  sampleSurveyResponses,
} from '../../src/sample/index.js';

function expectAllValid<T>(name: string, list: readonly unknown[], parse: (x: unknown) => ParseResult<T>) {
  list.forEach((item, i) => {
    const r = parse(item);
    expect(r.ok, `${name}[${i}]: ${r.ok ? '' : JSON.stringify(r.issues.slice(0, 2))}`).to.equal(true);
    if (r.ok) expect(r.warnings, `${name}[${i}] warnings`).to.deep.equal([]);
  });
}

const value = (d: StatDataset | undefined, category: string | undefined) =>
  d?.values.find((v) => v.category === category)?.value;

describe('sample data', () => {
  it('every generated object passes its contract parser, without warnings', () => {
    expectAllValid('residents', sampleResidents(), parseResident);
    expectAllValid('carePlans', sampleCarePlans(), parseCarePlan);
    expectAllValid('surveyResponses', sampleSurveyResponses(), parseSurveyResponse);
    expectAllValid('funds', sampleFunds(), parseFund);
    expectAllValid('ledger', sampleLedger(), parseLedgerEntry);
    expectAllValid('datasets', sampleDatasets(), parseStatDataset);
  });

  it('has the promised counts and spread', () => {
    const residents = sampleResidents();
    expect(residents.length).to.be.at.least(60);
    expect(new Set(residents.map((r) => r.beneficiaryCategory.code)).size).to.be.at.least(10);
    const years = residents.map((r) => Number(r.birthDate.slice(0, 4)));
    expect(Math.min(...years)).to.be.below(1936); // people in their 90s
    expect(Math.max(...years)).to.be.above(2018); // young children
    expect(new Set(residents.map((r) => r.sex))).to.deep.equal(new Set(['male', 'female']));
    expect(residents.some((r) => /^\d{4}$/.test(r.birthDate))).to.equal(true);
    expect(residents.some((r) => /^\d{4}-\d{2}$/.test(r.birthDate))).to.equal(true);
    expect(new Set(residents.map((r) => r.disability?.level).filter(Boolean)).size).to.equal(3);
    expect(new Set(residents.map((r) => r.admission.type)).size).to.equal(3);
    expect(residents.filter((r) => r.exit).length).to.be.at.least(5);
    expect(residents.filter((r) => r.guardian).length).to.be.at.least(20);
    expect(residents.filter((r) => r.sensitive).length).to.be.at.least(10);
    expect(residents.some((r) => r.address?.legacyAddress)).to.equal(true);
    // Names: family + middle + given, with diacritics, common families.
    for (const r of residents) expect(r.fullName.split(' ').length).to.be.within(3, 4);
    expect(residents.filter((r) => r.fullName.startsWith('Nguyễn ')).length).to.be.at.least(10);
    expect(new Set(residents.map((r) => r.address?.provinceName))).to.deep.equal(new Set(['Bắc Ninh', 'Huế', 'Đà Nẵng']));

    const plans = sampleCarePlans();
    expect(new Set(plans.map((p) => p.status))).to.deep.equal(new Set(['intake', 'planning', 'implementing', 'monitoring', 'closed']));
    const ids = new Set(residents.map((r) => r.id));
    for (const p of plans) expect(ids.has(p.residentId)).to.equal(true);

    const responses = sampleSurveyResponses();
    expect(responses.length).to.equal(500);
    expect(new Set(responses.map((r) => r.definitionId))).to.deep.equal(new Set(['moh-inpatient', 'moh-outpatient']));
    expect(new Set(responses.map((r) => r.metadata?.filledOn?.slice(0, 7))).size).to.equal(12);
    expect(new Set(responses.map((r) => r.metadata?.wardCode)).size).to.be.at.least(6);
    expect(Object.keys(responses.find((r) => r.definitionId === 'moh-outpatient')!.answers)).to.include.members(['B10', 'C8', 'G1', 'G2']);
    expect(Object.keys(responses.find((r) => r.definitionId === 'moh-inpatient')!.answers)).to.include.members(['C11', 'D7', 'E6', 'E7']);
    let sum = 0;
    let n = 0;
    let notUsed = 0;
    for (const r of responses) {
      for (const [code, a] of Object.entries(r.answers)) {
        if (!/^[A-E]\d+$/.test(code) || code === 'E7') continue;
        const v = typeof a === 'number' ? a : (a as { value: number }).value;
        if (v === 0) notUsed++;
        else {
          sum += v;
          n++;
        }
      }
    }
    expect(sum / n).to.be.within(4.0, 4.2);
    expect(notUsed).to.be.greaterThan(100);

    const ledger = sampleLedger();
    expect(ledger.length).to.equal(2000);
    const kinds = new Set(ledger.map((e) => (e.kind === 'donation' ? e.channel : e.kind)));
    expect(kinds).to.deep.equal(new Set(['cash', 'bank-transfer', 'vietqr', 'in-kind', 'distribution', 'correction']));
    const units = new Set(ledger.flatMap((e) => (e.kind !== 'correction' && 'lines' in e && Array.isArray(e.lines) ? e.lines.map((l: { unit: string }) => l.unit) : [])));
    for (const u of ['suất', 'hộp', 'thùng', 'ổ', 'lít']) expect(units.has(u), u).to.equal(true);
    expect(ledger.some((e) => e.kind === 'donation' && e.donor.type === 'anonymous')).to.equal(true);
    expect(ledger.some((e) => e.kind === 'donation' && e.donor.name && !e.donor.publishConsent)).to.equal(true);
    const funds = sampleFunds();
    expect(funds.length).to.be.within(3, 4);
    expect(funds.some((f) => f.restricted) && funds.some((f) => !f.restricted)).to.equal(true);
    expect(funds.map((f) => f.name.vi)).to.include.members(['Quỹ Bữa cơm yêu thương', 'Quỹ hỗ trợ bệnh nhân nghèo']);
    const fundIds = new Set(funds.map((f) => f.id));
    for (const e of ledger) expect(fundIds.has(e.fundId)).to.equal(true);
  });

  it('chains the ledger so that it verifies, and a rewritten entry breaks it', () => {
    const ledger = sampleLedger();
    expect(ledger[0]!.prevHash).to.equal(null);
    expect(verifyLedgerChain(ledger)).to.deep.equal([]);
    const tampered = ledger.map((e, i) => (i === 700 ? { ...e, note: `${e.note ?? ''} (sửa)` } : e));
    const issues = verifyLedgerChain(tampered);
    expect(issues.map((i) => i.path)).to.deep.equal([[701, 'prevHash']]);
  });

  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    const a = JSON.stringify(sampleData());
    const b = JSON.stringify(sampleData(20251122));
    expect(a).to.equal(b);
    expect(JSON.stringify(sampleResidents(7))).to.equal(JSON.stringify(sampleResidents(7)));
    expect(sampleResidents(7)[0]!.fullName === sampleResidents()[0]!.fullName && sampleResidents(7)[1]!.fullName === sampleResidents()[1]!.fullName).to.equal(false);
  });

  it('generates and hashes a 2,000-entry ledger', () => {
    const ledger = sampleLedger(99);
    expect(ledger.length).to.equal(2000);
  });

  it('carries the figures of the seed articles', () => {
    const ds = new Map(sampleDatasets().map((d) => [d.id, d]));
    const hue = ds.get('ttbtxh-hue-2024');
    expect(value(hue, 'doi-tuong-quan-ly')).to.equal(532);
    expect(value(hue, 'tiep-nhan-moi-tam-than')).to.equal(42);
    expect(value(hue, 'xet-nghiem-kham')).to.equal(818);
    expect(value(hue, 'cai-nghien-thanh-cong')).to.equal(44);
    expect(value(hue, 'giam-thoi-han')).to.equal(35);
    const bn = ds.get('nhan-luc-ctxh-y-te-bac-ninh');
    expect([value(bn, 'chuyen-trach'), value(bn, 'kiem-nhiem'), value(bn, 'cong-tac-vien')]).to.deep.equal([70, 43, 223]);
    const units = ds.get('don-vi-ctxh-y-te-bac-ninh');
    expect([value(units, undefined), value(units, 'phong'), value(units, 'to')]).to.deep.equal([16, 2, 14]);
    const staff = ds.get('nhan-su-trung-tam-ctxh')!;
    expect(value(staff, undefined)).to.equal(41);
    expect(staff.disaggregations[0]!.categories).to.have.length(3);
    expect(staff.values.filter((v) => v.category).reduce((s, v) => s + (v.value ?? 0), 0)).to.equal(41);
    expect(ds.get('doi-tuong-theo-dien-2021-2025')!.periods.map((p) => p.id)).to.deep.equal(['2021', '2022', '2023', '2024', '2025']);
    expect(ds.get('tiep-nhan-roi-trung-tam-2021-2025')!.disaggregations[0]!.categories.map((c) => c.id)).to.include('roi-hoi-gia');
  });

  it('computes satisfaction by ward and quarter from the responses', () => {
    const d = sampleDatasets().find((x) => x.id === 'hai-long-nguoi-benh-2025')!;
    const responses = sampleSurveyResponses().filter((r) => r.metadata?.wardCode === 'nhi' && r.metadata.filledOn!.slice(5, 7) <= '03');
    let good = 0;
    let valid = 0;
    for (const r of responses) {
      for (const [code, a] of Object.entries(r.answers)) {
        if (!/^[A-E]\d+$/.test(code) || code === 'E7') continue;
        const v = typeof a === 'number' ? a : (a as { value: number }).value;
        if (v === 0) continue;
        valid++;
        if (v >= 4) good++;
      }
    }
    const cell = d.values.find((v) => v.period === '2025Q1' && v.orgUnit === 'nhi')!;
    expect(cell.value).to.equal(Math.round((good / valid) * 1000) / 10);
    // Quarters only, named as every element names them; no year total on the same axis.
    expect(d.periods.map((p) => p.label?.vi)).to.deep.equal(['Quý I/2025', 'Quý II/2025', 'Quý III/2025', 'Quý IV/2025']);
    expect(d.values.some((v) => v.period === '2025')).to.equal(false);
    for (const q of ['2025Q1', '2025Q2', '2025Q3', '2025Q4']) expect(d.values.find((v) => v.period === q && v.orgUnit === 'all')!.value!).to.be.within(75, 95);
    expect(d.targets?.[0]?.value).to.equal(80);
  });

  it('loads into a MemorySource as seed data', async () => {
    const source = new MemorySource(sampleData());
    const id = sampleResidents()[3]!.id;
    const got = (await source.getResident(id)) as { fullName: string };
    expect(got.fullName).to.equal(sampleResidents()[3]!.fullName);
  });
});
