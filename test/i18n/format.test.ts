import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatNumber,
  formatVnd,
  formatPercent,
  formatCompact,
  formatDate,
  plural,
  compareText,
  foldForSearch,
  matchesSearch,
  toLang,
} from '../../src/i18n/index.js';

// Intl may use a narrow no-break space before the currency sign; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('i18n formatting', () => {
  it('formats đồng the Vietnamese way', () => {
    expect(plain(formatVnd(1234568, 'vi'))).to.equal('1.234.568 ₫');
    expect(plain(formatVnd(500000, 'en'))).to.contain('500,000');
  });

  it('formats numbers and percents per language', () => {
    expect(formatNumber(1234567.5, 'vi')).to.equal('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).to.equal('1,234,567.5');
    expect(plain(formatPercent(0.808, 'vi'))).to.match(/^80,8 ?%$/);
    expect(formatPercent(0.808, 'en')).to.equal('80.8%');
    expect(formatNumber(Number.NaN, 'vi')).to.equal('—');
  });

  it('writes compact figures with Vietnamese units', () => {
    expect(formatCompact(1200, 'vi')).to.equal('1,2 nghìn');
    expect(formatCompact(3_500_000, 'vi')).to.equal('3,5 triệu');
    expect(formatCompact(1_200_000_000, 'vi')).to.equal('1,2 tỷ');
    expect(formatCompact(312_000, 'en')).to.match(/^312k$/i);
  });

  it('formats partial dates', () => {
    expect(formatDate('2026-11-22', 'vi')).to.equal('22/11/2026');
    expect(formatDate('2026-11-22', 'en')).to.equal('22 Nov 2026');
    expect(formatDate('2026-03', 'vi')).to.equal('tháng 3/2026');
    expect(formatDate('1948', 'vi')).to.equal('năm 1948');
    expect(formatDate('1948', 'en')).to.equal('1948');
    expect(formatDate('not a date', 'vi')).to.equal('not a date');
  });

  it('chooses plural forms', () => {
    expect(plural(1, 'en', { one: 'resident', other: 'residents' })).to.equal('resident');
    expect(plural(2, 'en', { one: 'resident', other: 'residents' })).to.equal('residents');
    expect(plural(1, 'vi', { other: 'người' })).to.equal('người');
  });

  it('sorts names with Vietnamese collation', () => {
    const names = ['Đạt', 'Bình', 'An', 'Ánh', 'Dũng'];
    expect([...names].sort((a, b) => compareText(a, b, 'vi'))).to.deep.equal(['An', 'Ánh', 'Bình', 'Dũng', 'Đạt']);
  });

  it('searches without diacritics: "nguyen" finds "Nguyễn"', () => {
    expect(foldForSearch('Nguyễn Văn Đạt')).to.equal('nguyen van dat');
    expect(matchesSearch('Nguyễn Văn An', 'nguyen an')).to.be.true;
    expect(matchesSearch('Nguyễn Văn An', 'NGUYỄN')).to.be.true;
    expect(matchesSearch('Trần Thị Bình', 'nguyen')).to.be.false;
    expect(matchesSearch('anything', '   ')).to.be.true;
  });

  it('folding is idempotent and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = foldForSearch(s);
        expect(foldForSearch(once)).to.equal(once);
        expect(matchesSearch(s, s)).to.be.true;
      }),
    );
  });

  it('maps language tags to shipped languages', () => {
    expect(toLang('en-US')).to.equal('en');
    expect(toLang('vi-VN')).to.equal('vi');
    expect(toLang('fr')).to.equal('vi');
    expect(toLang(null)).to.equal('vi');
  });
});
