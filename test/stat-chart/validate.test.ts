/**
 * The quick check for long series (validate.ts) against the contract: it may only say yes when
 * `parseStatDataset` says yes, then with the same value and warnings; every other dataset gets
 * the contract's own verdict and issues. And the hand-written period parser against the pattern
 * it replaces.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  noWarnings,
  quickPeriod,
  quickStatDataset,
  quickValue,
  validateStatDataset,
} from '../../src/contract/stat-validate.js';
import { missingPeriods, parsePeriod } from '../../src/i18n/period.js';
import { parseStatDataset, statDatasetWarnings } from '../../src/contract/parse.js';
import { StatPeriodSchema, StatValueSchema, type StatDataset } from '../../src/contract/stat.js';
import { longSeries } from './fixtures.js';

/** Period ids near the pattern's edges, plus garbage. */
const periodId = fc.oneof(
  fc.constantFrom('2025', '2025Q1', '2025Q4', '2025Q0', '2025Q5', '2025S1', '2025S2', '2025S3', '2025M01', '2025M12'),
  fc.constantFrom('2025M00', '2025M13', '2025M1', '2025M01-M09', '2025M09-M03', '2025M01-M13', '2025M01-', '0000', '9999M12'),
  fc.constantFrom('', ' 2025', '2025 ', '2025\n', '２０２５', '2025q1', '25Q1', '2025M01M02', '2025-M01'),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${String(y).padStart(4, '0')}M${String(m).padStart(2, '0')}`),
  fc.string({ maxLength: 12 }),
);
const idString = fc.oneof(
  fc.constantFrom('u', 'khoa-noi', 'a.b:c/d_e-f', 'x'.repeat(128), 'x'.repeat(129), '-u', '_u', 'u u', 'ư', '', 'A1'),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,10}$/),
  fc.string({ maxLength: 6 }),
);
const garbage = fc.oneof(
  fc.constantFrom(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, true, 0, '', '12', [], {}),
  fc.integer(),
  fc.string({ maxLength: 4 }),
);
const localized = fc.oneof(
  fc.record({ vi: fc.string({ minLength: 1, maxLength: 8 }) }),
  fc.record({ vi: fc.string({ maxLength: 3 }), en: fc.oneof(fc.string({ maxLength: 3 }), garbage) }, { requiredKeys: [] }),
  garbage,
);
const isoDate = fc.oneof(fc.constantFrom('2025-01-31', '2025-02-29', '2024-02-29', '2025-13-01', '2025-1-1', '2025-04-31'), garbage);

/** Mostly good, sometimes bad (or absent) fields; extra fields survive a loose parse. */
const maybe = <T,>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown> = garbage) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });
const period = fc.record(
  { id: maybe(periodId), label: localized, start: isoDate, end: isoDate, note: fc.string({ maxLength: 3 }) },
  { requiredKeys: ['id'] },
);
const value = fc.record(
  {
    period: maybe(periodId),
    orgUnit: maybe(idString),
    category: maybe(idString),
    value: maybe(fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null))),
    suppressed: maybe(fc.boolean()),
    extra: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: ['period', 'orgUnit', 'value'] },
);
/** Items the contract accepts (so that whole datasets often pass and take the quick path). */
const goodPeriodId = fc.constantFrom('2025', '2025Q1', '2025S2', '2025M03', '2025M01-M09');
const goodPeriod = fc.record(
  { id: goodPeriodId, label: fc.record({ vi: fc.constantFrom('Kỳ', 'Quý I'), en: fc.constant('Q1') }, { requiredKeys: ['vi'] }), start: fc.constant('2025-01-01') },
  { requiredKeys: ['id'] },
);
const goodValue = fc.record(
  {
    period: goodPeriodId,
    orgUnit: fc.constantFrom('u', 'khoa-noi', 'v'),
    category: fc.constantFrom('a', 'b'),
    value: fc.oneof(fc.integer({ min: -5, max: 1000 }), fc.constant(null)),
    suppressed: fc.boolean(),
  },
  { requiredKeys: ['period', 'orgUnit', 'value'] },
);
/** Mostly good items, sometimes anything. */
const mostly = <T,>(good: fc.Arbitrary<T>, any: fc.Arbitrary<unknown>) => fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: any });

/** An item that is not a plain object, or a list with a hole. */
const oddItem = fc.oneof(garbage, fc.constant(Object.create({ period: '2025', orgUnit: 'u', value: 1 }) as unknown));

const dataset = fc.record({
  id: maybe(fc.constantFrom('ds', 'chuoi-dai')),
  indicator: maybe(
    fc.record({ code: fc.constant('X'), name: fc.constant({ vi: 'Chỉ số' }), unit: fc.constantFrom('count', 'percent', 'gram') }),
  ),
  periods: maybe(fc.array(mostly(goodPeriod, fc.oneof(period, oddItem)), { maxLength: 8 })),
  orgUnits: fc.constant([{ id: 'u', name: { vi: 'Đơn vị' } }, { id: 'khoa-noi', name: { vi: 'Khoa Nội' } }]),
  values: maybe(fc.array(mostly(goodValue, fc.oneof(value, oddItem)), { maxLength: 10 })),
  suppressionThreshold: maybe(fc.integer({ min: 0, max: 10 })),
});

/** Same shape for comparison: JSON drops undefined-valued keys, key order is sorted. */
const canonical = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x)));

describe('stat-chart quick validation agrees with the contract', () => {
  it('an empty unit id is refused, also as the first id checked (found by fast-check)', () => {
    const values = [{ period: '2025', orgUnit: '', value: 0 }];
    const periods = Array.from({ length: 2100 }, (_, i) => ({ id: String(1000 + i) }));
    const ds = { id: 'ds', indicator: { code: 'X', name: { vi: 'Chỉ số' }, unit: 'count' }, periods, orgUnits: [{ id: 'u', name: { vi: 'Đơn vị' } }], values };
    expect(quickStatDataset(ds)).to.equal(undefined);
    expect(quickValue(values[0])).to.be.false;
  });

  it('items: the quick check says yes exactly when the contract does (fast-check)', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(quickPeriod(p), JSON.stringify(p)).to.equal(StatPeriodSchema.safeParse(p).success);
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(quickValue(v), JSON.stringify(v)).to.equal(StatValueSchema.safeParse(v).success);
      }),
      { numRuns: 1500 },
    );
    // Not plain objects: the quick check leaves them to the contract.
    for (const odd of [Object.create({ period: '2025', orgUnit: 'u', value: 1 }), [], null, undefined, 'x', new Date()]) {
      expect(quickValue(odd)).to.equal(false);
      expect(quickPeriod(odd)).to.equal(false);
    }
  });

  it('datasets: same verdict, value, warnings and issues as parseStatDataset (fast-check)', () => {
    let quickTaken = 0;
    fc.assert(
      fc.property(dataset, fc.nat(9), (input, dice) => {
        const hole = dice === 0;
        if (hole && Array.isArray(input.values) && input.values.length > 1) delete (input.values as unknown[])[1];
        const contract = parseStatDataset(input);
        const quick = quickStatDataset(input, 0);
        if (quick) {
          quickTaken++;
          expect(contract.ok, 'quick said yes, the contract no').to.equal(true);
          if (quick.ok && contract.ok) {
            expect(canonical(quick.value)).to.deep.equal(canonical(contract.value));
            expect(quick.warnings).to.deep.equal(contract.warnings);
          }
        }
        const checked = validateStatDataset(input);
        expect(checked.ok).to.equal(contract.ok);
        if (!checked.ok && !contract.ok) expect(checked.issues).to.deep.equal(contract.issues);
      }),
      { numRuns: 1500 },
    );
    // The generator must exercise the quick path, not only the fallback.
    expect(quickTaken).to.be.greaterThan(150);
  });

  it('noWarnings is true exactly when the contract has no warnings (unknown ids, duplicates)', () => {
    const base = parseStatDataset(longSeries(3)) as { ok: true; value: StatDataset };
    const ids = fc.constantFrom('1000M01', '1000M02', '1000M03', '1000M04');
    fc.assert(
      fc.property(
        fc.array(fc.record({ period: ids, orgUnit: fc.constantFrom('u', 'v'), category: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }) }), { maxLength: 8 }),
        fc.boolean(),
        (cells, withCategories) => {
          const ds: StatDataset = {
            ...base.value,
            disaggregations: withCategories ? [{ id: 'd', name: { vi: 'Nhóm' }, categories: [{ id: 'a', name: { vi: 'A' } }] }] : [],
            values: cells.map((c) => ({ ...c, value: 1 })).map(({ category, ...rest }) => (category === undefined ? rest : { ...rest, category })),
          };
          expect(noWarnings(ds)).to.equal(statDatasetWarnings(ds).length === 0);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('100,000 values: each kind of bad item is caught and named by the contract', function () {
    // Behaviour at size, not speed (npm run bench times it): a fresh-clone run on a slow moment
    // of the 2-core machine needed more than the default 20 s for its eight full validations.
    this.timeout(60_000);
    const n = 100_000;
    const at = 77_777;
    const cases: [string, (ds: { periods: unknown[]; values: unknown[] }) => void, (string | number)[]][] = [
      ['NaN', (ds) => ((ds.values[at] as { value: number }).value = Number.NaN), ['values', at, 'value']],
      ['Infinity', (ds) => ((ds.values[at] as { value: number }).value = Number.NEGATIVE_INFINITY), ['values', at, 'value']],
      ['a number as text', (ds) => ((ds.values[at] as { value: unknown }).value = '12'), ['values', at, 'value']],
      ['no period', (ds) => delete (ds.values[at] as { period?: string }).period, ['values', at, 'period']],
      ['a bad period id in the list', (ds) => ((ds.periods[at] as { id: string }).id = '2025M13'), ['periods', at, 'id']],
      ['a period that is not an object', (ds) => (ds.periods[at] = '2025M01'), ['periods', at]],
      ['a hole in the values', (ds) => delete ds.values[at], ['values', at]],
      ['a bad unit id', (ds) => ((ds.values[at] as { orgUnit: string }).orgUnit = 'đơn vị'), ['values', at, 'orgUnit']],
      ['suppressed as text', (ds) => ((ds.values[at] as { suppressed?: unknown }).suppressed = 'yes'), ['values', at, 'suppressed']],
    ];
    for (const [name, spoil, path] of cases) {
      const ds = longSeries(n) as unknown as { periods: unknown[]; values: unknown[] };
      spoil(ds);
      const r = validateStatDataset(ds);
      expect(r.ok, name).to.equal(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.path), name).to.deep.include(path);
        expect(r.issues).to.deep.equal((parseStatDataset(ds) as { issues: unknown }).issues);
      }
    }
  });

  it('100,000 values: unknown periods and duplicate cells are warned about in the contract’s words', () => {
    const ds = longSeries(100_000) as unknown as { periods: { id: string }[]; values: { period: string }[] };
    ds.values[5]!.period = ds.values[4]!.period;
    ds.periods.pop();
    const r = validateStatDataset(ds);
    const contract = parseStatDataset(ds);
    expect(r.ok && contract.ok).to.equal(true);
    if (r.ok && contract.ok) {
      expect(r.warnings.map((w) => w.code)).to.deep.equal(['duplicate_value', 'unknown_period']);
      expect(r.warnings).to.deep.equal(contract.warnings);
    }
  });
});

describe('period ids: the hand-written parser matches the pattern', () => {
  const PATTERN = /^(\d{4})(?:(Q)([1-4])|(S)([12])|M(0[1-9]|1[0-2])(?:-M(0[1-9]|1[0-2]))?)?$/;
  it('same ids accepted (months runs must not go backwards), same fields (fast-check)', () => {
    fc.assert(
      fc.property(periodId, (id) => {
        const m = PATTERN.exec(id);
        const p = parsePeriod(id);
        const backwards = m?.[7] !== undefined && Number(m[7]) < Number(m[6]);
        expect(p !== undefined, id).to.equal(m !== null && !backwards);
        if (p && m) {
          expect(p.year).to.equal(Number(m[1]));
          const months = m[6] ? [Number(m[6]), Number(m[7] ?? m[6])] : m[3] ? [Number(m[3]) * 3 - 2, Number(m[3]) * 3] : m[5] ? (m[5] === '1' ? [1, 6] : [7, 12]) : [1, 12];
          expect([p.startMonth, p.endMonth], id).to.deep.equal(months);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('missing periods (one pass over periods in order)', () => {
  it('finds gaps in and out of order, across years, with repeats and month runs', () => {
    expect(missingPeriods(['2026Q2', '2025Q1', '2025Q4', '2025Q2'])).to.deep.equal(['2025Q3', '2026Q1']);
    expect(missingPeriods(['2025M11', '2026M02'])).to.deep.equal(['2025M12', '2026M01']);
    expect(missingPeriods(['2025', '2025', '2027'])).to.deep.equal(['2026']);
    expect(missingPeriods(['2024M01-M09', '2026M01-M09'])).to.deep.equal(['2025M01-M09']);
    expect(missingPeriods(['2024M01-M09', '2026M01-M06'])).to.deep.equal([]);
    expect(missingPeriods(['2025S2', '2025S1', '2026S2'])).to.deep.equal(['2026S1']);
    expect(missingPeriods(['2020M01', '2025M01'])).to.have.length(24);
  });
});
