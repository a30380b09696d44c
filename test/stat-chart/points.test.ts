import { expect } from '@open-wc/testing';
import { buildModel } from '../../src/components/stat-chart/model.js';
import { clampCursor, describePoint, moveCursor, selectDetail } from '../../src/components/stat-chart/points.js';
import { validateStatDataset } from '../../src/contract/stat-validate.js';
import type { StatDataset, StatDatasetInput } from '../../src/contract/stat.js';
import { residentsBySex, satisfaction } from './fixtures.js';

const dataset = (input: StatDatasetInput): StatDataset => {
  const r = validateStatDataset(input);
  if (!r.ok) throw new Error('fixture failed the contract');
  return r.value;
};
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('stat-chart points (keyboard, spoken point, selection)', () => {
  const lines = buildModel(dataset(satisfaction), { type: 'line', lang: 'vi' });

  it('arrow keys: left/right walk the axis, up/down the series; other keys do not move', () => {
    expect(lines.x.length).to.equal(4);
    expect(lines.series.length).to.equal(2);
    const start = { series: 0, index: 0 };
    expect(moveCursor(lines, start, 'ArrowRight')).to.deep.equal({ series: 0, index: 1 });
    expect(moveCursor(lines, start, 'End')).to.deep.equal({ series: 0, index: 3 });
    expect(moveCursor(lines, start, 'ArrowDown')).to.deep.equal({ series: 1, index: 0 });
    expect(moveCursor(lines, start, 'a')).to.equal(undefined);
  });

  it('on a pie, up/down walk the slices like left/right', () => {
    const pie = buildModel(dataset(satisfaction), { type: 'pie', lang: 'vi' });
    expect(moveCursor(pie, { series: 0, index: 0 }, 'ArrowDown')!.series).to.equal(0);
  });

  it('describePoint and selectDetail: the label, the series and the figure', () => {
    const cursor = { series: 1, index: 3 };
    expect(plain(describePoint(lines, cursor, 'vi'))).to.equal('Quý II/2025, Khoa Ngoại: 76,3%');
    expect(selectDetail(lines, cursor)).to.deep.equal({ period: '2025Q2', orgUnit: 'khoa-ngoai', value: 76.3 });
    expect(describePoint(lines, { series: 5, index: 0 }, 'vi')).to.equal('');
    expect(selectDetail(lines, { series: 5, index: 0 })).to.equal(undefined);
  });

  it('a hidden figure is never said or sent', () => {
    const bars = buildModel(dataset(residentsBySex), { type: 'bar', lang: 'vi' });
    let hidden = 0;
    for (let s = 0; s < bars.series.length; s++) {
      for (let i = 0; i < bars.x.length; i++) {
        const cell = bars.cells[s]![i]!;
        if (cell.state === 'suppressed' || cell.state === 'secondary') {
          hidden++;
          expect(selectDetail(bars, { series: s, index: i })!.value).to.equal(null);
          expect(describePoint(bars, { series: s, index: i }, 'vi')).not.to.match(/: \d/);
        }
      }
    }
    expect(hidden).to.be.greaterThan(0);
  });

  it('clampCursor keeps the cursor inside a smaller model', () => {
    expect(clampCursor(lines, { series: 9, index: 9 })).to.deep.equal({ series: 1, index: 3 });
  });
});
