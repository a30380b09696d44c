import { expect } from '@open-wc/testing';
import { computeView, describeFigure } from '../../src/components/stat-figure/model.js';
import { parseStatDataset } from '../../src/contract/parse.js';
import type { StatDataset, StatDatasetInput } from '../../src/contract/stat.js';
import { residentsBySex, satisfaction } from '../stat-chart/fixtures.js';

const parsed = (input: StatDatasetInput): StatDataset => {
  const r = parseStatDataset(input);
  if (!r.ok) throw new Error('fixture failed the contract');
  return r.value;
};
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('stat-figure model', () => {
  const sat = parsed(satisfaction);
  const bySex = parsed(residentsBySex);

  it('computeView: the latest period with a figure, the one before, the change and the target', () => {
    const v = computeView(sat, '', '', '');
    expect(v.period).to.equal('2025Q2');
    expect(v.orgUnit).to.equal('khoa-noi');
    expect(v.state).to.equal('value');
    expect(v.value).to.equal(84.5);
    expect(v.previous).to.deep.equal({ period: '2025Q1', state: 'value', value: 80.8 });
    expect(v.change).to.be.closeTo((84.5 - 80.8) / 80.8, 1e-12);
    expect(v.target).to.deep.equal({ value: 80, direction: 'at-least', met: true });
  });

  it('computeView: an unknown unit falls back to the first; a named period and unit are kept', () => {
    expect(computeView(sat, '', 'no-such-unit', '').orgUnit).to.equal('khoa-noi');
    const v = computeView(sat, '2025Q2', 'khoa-ngoai', '');
    expect(v.value).to.equal(76.3);
    expect(v.target!.met).to.equal(false);
  });

  it('computeView: small counts and the cell that would reveal them are hidden, with no change', () => {
    const female = computeView(bySex, '', '', 'female');
    expect(female.state).to.equal('suppressed');
    expect(female.value).to.equal(null);
    expect(female.change).to.equal(undefined);
    const other = computeView(bySex, '', '', 'other');
    expect(other.state).to.equal('secondary');
    expect(other.value).to.equal(null);
  });

  it('describeFigure: the words each part shows, in Vietnamese and English', () => {
    const vi = describeFigure(sat, computeView(sat, '', '', ''), 'vi');
    expect(vi.indicator).to.equal('Tỷ lệ hài lòng');
    expect(vi.context).to.equal('Khoa Nội, Quý II/2025');
    expect(plain(vi.value)).to.equal('84,5%');
    expect(vi.hiddenNote).to.equal(undefined);
    expect(vi.change!.direction).to.equal('up');
    expect(plain(`${vi.change!.text} (${vi.change!.previous})`)).to.equal('Tăng 4,6% so với Quý I/2025 (80,8%)');
    expect(plain(vi.target!.text)).to.equal('Đạt mục tiêu (≥ 80%)');
    const en = describeFigure(sat, computeView(sat, '2025Q2', 'khoa-ngoai', ''), 'en');
    expect(en.change!.direction).to.equal('down');
    expect(plain(en.change!.text)).to.equal('Down 4.5% from Q1 2025');
    expect(en.target).to.deep.equal({ met: false, text: en.target!.text });
    expect(plain(en.target!.text)).to.equal('Target not met (≥ 80%)');
  });

  it('describeFigure: a hidden figure is "<threshold" with a note, and no change or target', () => {
    const words = describeFigure(bySex, computeView(bySex, '', '', 'female'), 'vi');
    expect(words.value).to.equal('<5');
    expect(words.hiddenNote).to.equal('Dưới 5 (ẩn để bảo vệ danh tính)');
    expect(words.change).to.equal(undefined);
    expect(words.target).to.equal(undefined);
  });
});
