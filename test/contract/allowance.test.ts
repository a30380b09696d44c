import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  allowanceFor,
  allowanceSetting,
  DEFAULT_POLICY_TABLE,
  monthlyAllowance,
  PolicyTableSchema,
  type AllowancePerson,
  type PolicyTable,
} from '../../src/contract/index.js';

const T = DEFAULT_POLICY_TABLE;
const DAY = '2026-12-07';
/** A person at home (no admission) unless `admission` is given. */
const at = (p: Partial<AllowancePerson> & { code: AllowancePerson['beneficiaryCategory']['code'] }, extra: Partial<AllowancePerson['beneficiaryCategory']> = {}): AllowancePerson => ({
  ...p,
  beneficiaryCategory: { code: p.code, ...extra },
});
const amount = (p: AllowancePerson, day = DAY, table: PolicyTable = T): number | string => {
  const r = allowanceFor(table, p, day);
  return 'gap' in r ? r.gap : r.amountVnd;
};

describe('contract: allowances (Nghị định 20/2021/NĐ-CP Art. 6 and 25, levels of 2021 and 2024)', () => {
  it('the default table parses against its own schema, and every row names a source', () => {
    expect(PolicyTableSchema.safeParse(T).success).to.equal(true);
    for (const row of T.coefficients) expect(row.source, JSON.stringify(row)).to.match(/^Nghị định 20\/2021\/NĐ-CP, Điều (6|25) khoản 1/);
  });

  it('Art. 6(1)(a) children without carers: 2.5 under 4, 1.5 from the day they turn 4', () => {
    const child = at({ code: 'tre-em-khong-nguon-nuoi-duong', birthDate: '2022-12-08' });
    expect(amount(child, '2026-12-07')).to.equal(1250000); // 3 years old, the day before
    expect(amount(child, '2026-12-08')).to.equal(750000); // turns 4 today
  });

  it('Art. 6(1)(b) 16-22 still studying: 1.5; (g) clauses 7 and 8: 1.5', () => {
    expect(amount(at({ code: 'nguoi-16-22-tuoi-dang-hoc', birthDate: '2006-01-01' }))).to.equal(750000);
    expect(amount(at({ code: 'tre-em-duoi-3-tuoi-ho-ngheo-vung-kho-khan', birthDate: '2025-05-01' }))).to.equal(750000);
    expect(amount(at({ code: 'nguoi-nhiem-hiv-ho-ngheo', birthDate: '1980-05-01' }))).to.equal(750000);
  });

  it('Art. 6(1)(c) children with HIV in poor households: 2.5 under 4, 2.0 from 4 to below 16, none from 16', () => {
    const child = (birthDate: string) => at({ code: 'tre-em-nhiem-hiv-ho-ngheo', birthDate });
    expect(amount(child('2023-01-01'))).to.equal(1250000);
    expect(amount(child('2015-01-01'))).to.equal(1000000);
    expect(amount(child('2010-12-07'))).to.equal('no-row'); // 16 today
  });

  it('Art. 6(1)(d) single poor parents: 1.0 per child being raised; the count is required', () => {
    expect(amount(at({ code: 'nguoi-don-than-ngheo-nuoi-con', birthDate: '1990-01-01' }, { childrenInCare: 3 }))).to.equal(1500000);
    const r = allowanceFor(T, at({ code: 'nguoi-don-than-ngheo-nuoi-con', birthDate: '1990-01-01' }, { childrenInCare: 1 }), DAY);
    expect('gap' in r ? r.gap : r.children).to.equal(1);
    expect(amount(at({ code: 'nguoi-don-than-ngheo-nuoi-con', birthDate: '1990-01-01' }))).to.equal('needs-children');
  });

  it('Art. 6(1)(đ) older people by point of Art. 5(5) and age: a 1.5 (60-80), a 2.0 (80+), b 1.0, c 1.0, d 3.0', () => {
    const older = (group: 'a' | 'b' | 'c' | 'd', birthDate: string) => at({ code: 'nguoi-cao-tuoi', birthDate }, { olderPersonGroup: group });
    expect(amount(older('a', '1950-01-01'))).to.equal(750000);
    expect(amount(older('a', '1946-12-08'))).to.equal(750000); // 79, the day before turning 80
    expect(amount(older('a', '1946-12-07'))).to.equal(1000000); // 80 today: the higher (Art. 6(2))
    expect(amount(older('b', '1950-01-01'))).to.equal(500000);
    expect(amount(older('c', '1940-01-01'))).to.equal(500000);
    expect(amount(older('d', '1950-01-01'))).to.equal(1500000);
    expect(amount(at({ code: 'nguoi-cao-tuoi', birthDate: '1950-01-01' }))).to.equal('needs-older-person-group');
  });

  it('Art. 6(1)(e) disability: adults 2.0 / 1.5, children and older people 2.5 / 2.0; mild: none', () => {
    const pwd = (level: 'dac-biet-nang' | 'nang' | 'nhe', birthDate: string) => at({ code: 'nguoi-khuyet-tat', birthDate, disability: { level } });
    expect(amount(pwd('dac-biet-nang', '1990-01-01'))).to.equal(1000000);
    expect(amount(pwd('dac-biet-nang', '2015-01-01'))).to.equal(1250000);
    expect(amount(pwd('dac-biet-nang', '1960-01-01'))).to.equal(1250000);
    expect(amount(pwd('nang', '1990-01-01'))).to.equal(750000);
    expect(amount(pwd('nang', '2010-12-08'))).to.equal(1000000); // 15: still a child
    expect(amount(pwd('nang', '2010-12-07'))).to.equal(750000); // 16 today: an adult
    expect(amount(pwd('nang', '1966-12-07'))).to.equal(1000000); // 60 today: an older person
    expect(amount(pwd('nhe', '1990-01-01'))).to.equal('no-row');
    // No birth date: the adult row could be too low, so the card asks for the date.
    expect(amount(at({ code: 'nguoi-khuyet-tat', disability: { level: 'nang' } }))).to.equal('needs-birth-date');
  });

  it('the standard level in force: 360,000 before 1 July 2024, 500,000 from that day; none before 1 July 2021', () => {
    const p = at({ code: 'nguoi-16-22-tuoi-dang-hoc', birthDate: '2006-01-01' });
    expect(amount(p, '2024-06-30')).to.equal(540000);
    expect(amount(p, '2024-07-01')).to.equal(750000);
    expect(amount(p, '2021-06-30')).to.equal('no-level');
  });

  it('Art. 25: in a facility (admitted, not exited, not self-paying) 5.0 under 4 and 4.0 from 4, whatever the category', () => {
    const resident = (birthDate: string, extra: Partial<AllowancePerson> = {}) =>
      at({ code: 'tre-em-khong-nguon-nuoi-duong', birthDate, admission: { date: '2025-03-01', type: 'regular' }, ...extra });
    expect(amount(resident('2023-06-01'))).to.equal(2500000);
    expect(amount(resident('2015-06-01'))).to.equal(2000000);
    expect(amount(resident('1940-06-01', { beneficiaryCategory: { code: 'nguoi-cao-tuoi' } }))).to.equal(2000000);
    // Before admission and after exit: the community allowance again.
    expect(amount(resident('2015-06-01'), '2025-02-28')).to.equal(750000);
    expect(amount(resident('2015-06-01', { exit: { date: '2026-06-01' } }))).to.equal(750000);
    expect(amount(resident('2015-06-01', { exit: { date: '2026-06-01' } }), '2026-05-31')).to.equal(2000000);
    // Self-paying residents are not in the facility setting; their category has no row either.
    expect(allowanceSetting(resident('1950-01-01', { admission: { date: '2025-03-01', type: 'voluntary' } }), DAY)).to.equal('community');
    expect(amount(at({ code: 'tu-nguyen-tu-chi-tra', birthDate: '1950-01-01', admission: { date: '2025-03-01', type: 'regular' } }))).to.equal('no-row');
  });

  it('drug rehabilitation (Luật 73/2021, Nghị định 116/2021) is outside Nghị định 20: no allowance at home or in a centre, unless a province adds its own row', () => {
    for (const code of ['cai-nghien-bat-buoc', 'cai-nghien-tu-nguyen'] as const) {
      expect(amount(at({ code, birthDate: '1995-05-01' }))).to.equal('outside-decree-20');
      // Admitted to a centre: the facility nurture rows of Art. 25 are not theirs.
      expect(amount(at({ code, birthDate: '1995-05-01', admission: { date: '2026-03-01', type: 'regular' } }))).to.equal('outside-decree-20');
      expect(amount(at({ code, birthDate: '2010-05-01', admission: { date: '2026-03-01', type: 'regular' } }))).to.equal('outside-decree-20');
    }
    const province: PolicyTable = { ...T, coefficients: [...T.coefficients, { category: 'cai-nghien-bat-buoc', setting: 'facility', coefficient: 1.8, source: 'Nghị quyết HĐND tỉnh' }] };
    const learner = at({ code: 'cai-nghien-bat-buoc', birthDate: '1995-05-01', admission: { date: '2026-03-01', type: 'regular' } });
    expect(amount(learner, DAY, province)).to.equal(900000);
  });

  it('a row that can never apply is refused: an age band that ends before it starts, dates in the wrong order', () => {
    const row = { category: 'nguoi-cao-tuoi' as const, coefficient: 1 };
    expect(PolicyTableSchema.safeParse({ ...T, coefficients: [{ ...row, ageFrom: 80, ageBelow: 80 }] }).success).to.equal(false);
    expect(PolicyTableSchema.safeParse({ ...T, coefficients: [{ ...row, ageFrom: 80, ageBelow: 60 }] }).success).to.equal(false);
    expect(PolicyTableSchema.safeParse({ ...T, coefficients: [{ ...row, from: '2026-07-01', to: '2026-06-30' }] }).success).to.equal(false);
    expect(PolicyTableSchema.safeParse({ ...T, coefficients: [{ ...row, ageFrom: 60, ageBelow: 80, from: '2026-07-01', to: '2026-07-01' }] }).success).to.equal(true);
    const issue = PolicyTableSchema.safeParse({ ...T, coefficients: [{ ...row, ageFrom: 80, ageBelow: 60 }] }).error!.issues[0]!;
    expect(issue.path).to.deep.equal(['coefficients', 0, 'ageBelow']);
  });

  it('a birth year alone: the amount with a flag when a year younger falls in another band', () => {
    const r = allowanceFor(T, at({ code: 'tre-em-khong-nguon-nuoi-duong', birthDate: '2022' }), DAY);
    expect('gap' in r ? r.gap : [r.amountVnd, r.ageUncertain]).to.deep.equal([750000, true]);
    const far = allowanceFor(T, at({ code: 'tre-em-khong-nguon-nuoi-duong', birthDate: '2015' }), DAY);
    expect('gap' in far ? far.gap : far.ageUncertain).to.equal(undefined);
  });

  it('a province overrides with data: a higher facility floor and a new level, dated', () => {
    const province: PolicyTable = {
      standardLevels: [...T.standardLevels, { from: '2026-07-01', amountVnd: 540000, source: 'Nghị quyết HĐND tỉnh' }],
      coefficients: [...T.coefficients, { setting: 'facility', ageFrom: 4, coefficient: 4.5, from: '2026-01-01', source: 'Nghị quyết HĐND tỉnh' }],
    };
    const p = at({ code: 'nguoi-cao-tuoi', birthDate: '1940-01-01', admission: { date: '2025-03-01', type: 'emergency' } });
    expect(amount(p, '2025-12-31', province)).to.equal(2000000);
    expect(amount(p, '2026-01-01', province)).to.equal(2250000);
    expect(amount(p, '2026-07-01', province)).to.equal(2430000);
    // A row of the same scope with a later date replaces the earlier one, even when lower.
    const lowered: PolicyTable = { ...T, coefficients: [...T.coefficients, { category: 'nguoi-16-22-tuoi-dang-hoc', coefficient: 1.2, from: '2026-01-01' }] };
    expect(amount(at({ code: 'nguoi-16-22-tuoi-dang-hoc', birthDate: '2006-01-01' }), DAY, lowered)).to.equal(600000);
    // A row that has ended no longer applies.
    const ended: PolicyTable = { ...T, coefficients: T.coefficients.map((r) => (r.category === 'nguoi-16-22-tuoi-dang-hoc' ? { ...r, to: '2025-12-31' } : r)) };
    expect(amount(at({ code: 'nguoi-16-22-tuoi-dang-hoc', birthDate: '2006-01-01' }), DAY, ended)).to.equal('no-row');
  });

  it('edge cases: a future birth date, a birth year at the top of a band, per-child rows by their total, defaults spelled out', () => {
    // Born after the day: a date to correct, not an age under 4.
    expect(amount(at({ code: 'tre-em-khong-nguon-nuoi-duong', birthDate: '2027-01-01' }))).to.equal('needs-birth-date');
    // Born "2010" (16 if the birthday has passed, 15 if not): ask for the date, do not say "none".
    expect(amount(at({ code: 'tre-em-nhiem-hiv-ho-ngheo', birthDate: '2010' }))).to.equal('needs-birth-date');
    // Three children at 1.0 each beat a 1.5 row for the person.
    const both: PolicyTable = { ...T, coefficients: [...T.coefficients, { category: 'nguoi-don-than-ngheo-nuoi-con', coefficient: 1.5 }] };
    expect(amount(at({ code: 'nguoi-don-than-ngheo-nuoi-con', birthDate: '1990-01-01' }, { childrenInCare: 3 }), DAY, both)).to.equal(1500000);
    expect(amount(at({ code: 'nguoi-don-than-ngheo-nuoi-con', birthDate: '1990-01-01' }, { childrenInCare: 1 }), DAY, both)).to.equal(750000);
    // A portal row that spells out the defaults (setting, basis) still replaces the national row.
    const lowered: PolicyTable = { ...T, coefficients: [...T.coefficients, { category: 'nguoi-16-22-tuoi-dang-hoc', setting: 'community', basis: 'person', coefficient: 1.2, from: '2026-01-01' }] };
    expect(amount(at({ code: 'nguoi-16-22-tuoi-dang-hoc', birthDate: '2006-01-01' }), DAY, lowered)).to.equal(600000);
    // A portal table with no facility rows (written before they existed): the national ones apply.
    const old: PolicyTable = { standardLevels: T.standardLevels, coefficients: [{ category: 'nguoi-cao-tuoi', coefficient: 1.5 }] };
    expect(amount(at({ code: 'nguoi-cao-tuoi', birthDate: '1940-01-01', admission: { date: '2025-03-01', type: 'regular' } }), DAY, old)).to.equal(2000000);
    // The first contract's helper still answers for rows that need no age.
    expect(monthlyAllowance(T, 'nguoi-16-22-tuoi-dang-hoc', undefined, DAY)).to.equal(750000);
    expect(monthlyAllowance(T, 'nguoi-khuyet-tat', 'nang', DAY)).to.equal(750000);
    expect(monthlyAllowance(T, 'tu-nguyen-tu-chi-tra', undefined, DAY)).to.equal(null);
  });

  it('any table the schema accepts gives an amount or a named gap, never NaN or a throw', () => {
    const code = fc.constantFrom(...(['tre-em-khong-nguon-nuoi-duong', 'nguoi-cao-tuoi', 'nguoi-khuyet-tat', 'nguoi-don-than-ngheo-nuoi-con', 'bao-ve-khan-cap'] as const));
    const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const row = fc.record(
      {
        category: code,
        setting: fc.constantFrom('community' as const, 'facility' as const),
        ageFrom: fc.integer({ min: 0, max: 150 }),
        ageBelow: fc.integer({ min: 0, max: 150 }),
        basis: fc.constantFrom('person' as const, 'child' as const),
        coefficient: fc.double({ min: 0, max: 10, noNaN: true }),
        from: date,
      },
      { requiredKeys: ['coefficient'] },
    ).filter((r) => r.ageFrom === undefined || r.ageBelow === undefined || r.ageFrom < r.ageBelow);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.array(fc.record({ from: date, amountVnd: fc.integer({ min: 0, max: 1e7 }) }), { maxLength: 3 }), code, date, date, fc.integer({ min: 0, max: 30 }), (coefficients, standardLevels, c, born, day, kids) => {
        const table = PolicyTableSchema.parse({ standardLevels, coefficients });
        const r = allowanceFor(table, { beneficiaryCategory: { code: c, childrenInCare: kids, olderPersonGroup: 'a' }, birthDate: born }, day);
        if ('gap' in r) expect(['no-level', 'no-row', 'needs-birth-date', 'needs-older-person-group', 'needs-children', 'outside-decree-20']).to.include(r.gap);
        else expect(Number.isInteger(r.amountVnd) && r.amountVnd >= 0).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});
