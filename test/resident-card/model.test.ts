import { expect } from '@open-wc/testing';
import { parseResident, type Resident, type ResidentInput } from '../../src/contract/index.js';
import {
  ageText,
  categoryText,
  clampHeadingLevel,
  stayEnd,
  stayText,
} from '../../src/components/resident-card/model.js';
import { ON_DATE, childResident, olderResident } from './fixtures.js';

const parsed = (input: ResidentInput): Resident => {
  const r = parseResident(input);
  if (!r.ok) throw new Error('fixture failed the contract');
  return r.value;
};

describe('resident-card model: the words a card shows', () => {
  const older = parsed(olderResident);
  const child = parsed(childResident);

  it('ageText: exact from a full date, approximate from a year alone, unknown before birth', () => {
    expect(ageText(older, ON_DATE, 'vi')).to.equal('78 tuổi');
    expect(ageText(child, ON_DATE, 'vi')).to.equal('khoảng 7 tuổi');
    expect(ageText(older, '1940-01-01', 'vi')).to.equal('Không tính được');
    expect(ageText(older, '1940-01-01', 'en')).to.equal('Cannot be worked out');
  });

  it('stayText and stayEnd: years and months, days under a month, not yet started', () => {
    expect(stayText('2023-09-01', '2026-11-22', 'vi')).to.equal('3 năm 2 tháng');
    expect(stayText('2026-11-01', '2026-11-22', 'en')).to.equal('21 days');
    expect(stayText('2026-12-01', '2026-11-22', 'vi')).to.equal('Chưa đến ngày tiếp nhận');
    expect(stayEnd(older, ON_DATE)).to.equal(ON_DATE);
    const left: Resident = { ...older, exit: { date: '2025-01-31', reason: 'community' } };
    expect(stayEnd(left, ON_DATE)).to.equal('2025-01-31');
    expect(stayEnd(left, '2024-12-31')).to.equal('2024-12-31');
  });

  it('categoryText: a category naming sensitive data is protected unless sensitive data may be shown', () => {
    expect(categoryText(older, false, 'vi')).to.deep.equal({
      label: 'Người cao tuổi',
      legalBasis: 'Khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP',
    });
    const hiv = { ...older, beneficiaryCategory: { code: 'nguoi-nhiem-hiv-ho-ngheo' } } as Resident;
    expect(categoryText(hiv, false, 'vi')).to.deep.equal({ label: 'Diện được bảo vệ (thông tin nhạy cảm, đã ẩn)' });
    expect(categoryText(hiv, true, 'en').label).not.to.equal('Protected category (sensitive, hidden)');
  });

  it('clampHeadingLevel: 1–6, default 3, with an offset', () => {
    expect(clampHeadingLevel(3)).to.equal(3);
    expect(clampHeadingLevel(3, 1)).to.equal(4);
    expect(clampHeadingLevel(6, 1)).to.equal(6);
    expect(clampHeadingLevel(0)).to.equal(1);
    expect(clampHeadingLevel('abc')).to.equal(3);
    expect(clampHeadingLevel(2.6)).to.equal(3);
  });
});
