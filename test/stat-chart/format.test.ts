import { expect } from '@open-wc/testing';
import {
  comparePeriods,
  missingPeriods,
  nextPeriod,
  parsePeriod,
  periodLabel,
  periodTotals,
  previousPeriod,
} from '../../src/i18n/period.js';
import { buildModel } from '../../src/components/stat-chart/model.js';
import { parseStatDataset } from '../../src/contract/parse.js';
import { satisfaction } from './fixtures.js';
import { formatStatAxis, formatStatTooltip, formatStatValue, relativeChange } from '../../src/i18n/stat-format.js';

/** Intl puts no-break spaces in some formats; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('stat-chart period labels', () => {
  const cases: [string, string, string][] = [
    ['2025Q1', 'Quý I/2025', 'Q1 2025'],
    ['2025Q4', 'Quý IV/2025', 'Q4 2025'],
    ['2025S1', '6 tháng đầu năm 2025', 'H1 2025'],
    ['2025S2', '6 tháng cuối năm 2025', 'H2 2025'],
    ['2024', 'Năm 2024', '2024'],
    ['2025M03', 'Tháng 3/2025', 'Mar 2025'],
    ['2025M12', 'Tháng 12/2025', 'Dec 2025'],
    ['2025M01-M09', '9 tháng đầu năm 2025', 'Jan–Sep 2025'],
    ['2025M04-M09', 'Tháng 4–9/2025', 'Apr–Sep 2025'],
  ];
  for (const [id, vi, en] of cases) {
    it(`${id} -> "${vi}" / "${en}"`, () => {
      expect(periodLabel(id, 'vi')).to.equal(vi);
      expect(periodLabel(id, 'en')).to.equal(en);
    });
  }

  it('returns anything that is not a period id unchanged, and parses none of them', () => {
    for (const bad of ['', '2025Q5', '2025M13', '25Q1', '2025M09-M01', '<b>2025</b>', '2025 ']) {
      expect(parsePeriod(bad)).to.equal(undefined);
      expect(periodLabel(bad, 'vi')).to.equal(bad);
    }
  });

  it('steps to the previous and next period of the same kind, across years', () => {
    expect(previousPeriod('2025Q1')).to.equal('2024Q4');
    expect(nextPeriod('2024Q4')).to.equal('2025Q1');
    expect(previousPeriod('2025M01')).to.equal('2024M12');
    expect(previousPeriod('2025S1')).to.equal('2024S2');
    expect(nextPeriod('2025S1')).to.equal('2025S2');
    expect(previousPeriod('2025')).to.equal('2024');
    expect(previousPeriod('2025M01-M09')).to.equal('2024M01-M09');
    expect(previousPeriod('0000')).to.equal(undefined);
    expect(nextPeriod('9999M12')).to.equal(undefined);
  });

  it('orders periods by start, shorter first, and finds the missing ones', () => {
    const ids = ['2025', '2025Q1', '2024Q4', '2025M01'];
    expect([...ids].sort(comparePeriods)).to.deep.equal(['2024Q4', '2025M01', '2025Q1', '2025']);
    expect(missingPeriods(['2025Q1', '2025Q2', '2025Q4', '2026Q2'])).to.deep.equal(['2025Q3', '2026Q1']);
    expect(missingPeriods(['2025M01', '2025Q2'])).to.deep.equal([]);
    expect(missingPeriods(['2023', '2025'])).to.deep.equal(['2024']);
  });

  it('finds the totals of other periods: a year with its quarters, a quarter with its months', () => {
    const totals = (ids: string[]) => [...periodTotals(ids.map(parsePeriod))].sort();
    expect(totals(['2025Q1', '2025Q2', '2025', '2025Q3'])).to.deep.equal(['2025']);
    expect(totals(['2025Q1', '2025M02', '2025S1', '2024'])).to.deep.equal(['2025Q1', '2025S1']);
    expect(totals(['2025M01-M09', '2025M01-M06', '2025M07'])).to.deep.equal(['2025M01-M09']);
    // Of one kind, or in other years: none.
    expect(totals(['2025Q1', '2025Q2', '2025Q3'])).to.deep.equal([]);
    expect(totals(['2024', '2025Q1', '2025Q2'])).to.deep.equal([]);
  });

  it('a chart never puts a year total on the axis of its quarters: it leaves the axis, is named, and stays selectable', () => {
    const input = {
      ...satisfaction,
      periods: [{ id: '2025Q1' }, { id: '2025' }, { id: '2025Q2' }],
      values: [
        { period: '2025Q1', orgUnit: 'khoa-noi', value: 80.8 },
        { period: '2025', orgUnit: 'khoa-noi', value: 82.6 },
        { period: '2025Q2', orgUnit: 'khoa-noi', value: 84.5 },
      ],
    };
    const parsed = parseStatDataset(input);
    if (!parsed.ok) throw new Error('fixture');
    const line = buildModel(parsed.value, { type: 'line', lang: 'vi' });
    expect(line.x.map((p) => p.label)).to.deep.equal(['Quý I/2025', 'Quý II/2025']);
    const codes = line.issues.map((i) => i.code);
    expect(codes).to.include('period_total_apart');
    expect(codes, 'the quarters alone are of one kind').not.to.include('mixed_period_kinds');
    expect(line.issues.find((i) => i.code === 'period_total_apart')!.message.vi).to.match(/^Năm 2025: tổng của các kỳ/);
    // Periods off the axis (a pie by ward for one period): the year can be the one shown.
    const byWard = buildModel(parsed.value, { type: 'pie', seriesBy: 'orgUnit', lang: 'vi', period: '2025' });
    expect(byWard.fixed.period?.label).to.equal('Năm 2025');
    expect(byWard.issues.map((i) => i.code)).not.to.include('period_total_apart');
  });
});

describe('stat-chart number formats', () => {
  it('counts, percents, đồng and days in vi-VN and en', () => {
    expect(formatStatValue(1234567, 'count', 'vi')).to.equal('1.234.567');
    expect(formatStatValue(1234567, 'count', 'en')).to.equal('1,234,567');
    expect(formatStatValue(80.8, 'percent', 'vi')).to.equal('80,8%');
    expect(formatStatValue(80.8, 'percent', 'en')).to.equal('80.8%');
    expect(plain(formatStatValue(1234568, 'vnd', 'vi'))).to.equal('1.234.568 ₫');
    expect(formatStatValue(4.04, 'score', 'vi')).to.equal('4,04');
    expect(formatStatValue(12, 'days', 'vi')).to.equal('12 ngày');
    expect(formatStatValue(1, 'days', 'en')).to.equal('1 day');
    expect(formatStatValue(Number.NaN, 'count', 'vi')).to.equal('—');
  });

  it('axes use compact Vietnamese units (nghìn, triệu, tỷ)', () => {
    expect(formatStatAxis(1200, 'count', 'vi')).to.equal('1,2 nghìn');
    expect(formatStatAxis(3_500_000, 'count', 'vi')).to.equal('3,5 triệu');
    expect(formatStatAxis(1_200_000_000, 'vnd', 'vi')).to.equal('1,2 tỷ ₫');
    // English compact units are the engine's CLDR data for en-GB: "bn" in Chromium's and Firefox's
    // ICU, "B" in the system ICU WebKitGTK uses (Safari has its own). Either reads correctly.
    expect(formatStatAxis(1_200_000_000, 'vnd', 'en')).to.match(/^₫1\.2(bn|B)$/);
    expect(formatStatAxis(80, 'percent', 'vi')).to.equal('80%');
    expect(formatStatAxis(250, 'count', 'vi')).to.equal('250');
  });

  it('tooltips give the full figure and, for large ones, the compact form', () => {
    expect(plain(formatStatTooltip(1_234_567_890, 'vnd', 'vi'))).to.equal('1.234.567.890 ₫ (1,2 tỷ)');
    expect(formatStatTooltip(950, 'count', 'vi')).to.equal('950');
  });

  it('relative change has no meaning from zero or non-finite numbers', () => {
    expect(relativeChange(110, 100)).to.be.closeTo(0.1, 1e-12);
    expect(relativeChange(90, -100)).to.be.closeTo(1.9, 1e-12);
    expect(relativeChange(5, 0)).to.equal(undefined);
    expect(relativeChange(Number.POSITIVE_INFINITY, 1)).to.equal(undefined);
  });
});
