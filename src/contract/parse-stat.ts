/**
 * The statistics dataset's parser, apart from the other records' (issue 19): an element loads the parsers and schemas of
 * the records it shows, not every record's. All of them are re-exported by parse.ts.
 */
import type { ContractIssue, ParseResult } from './issues.js';
import { run, warning } from './run.js';
import { StatDatasetSchema, type StatDataset } from './stat.js';

export function statDatasetWarnings(s: StatDataset): ContractIssue[] {
  const out: ContractIssue[] = [];
  const periods = new Set(s.periods.map((p) => p.id));
  const units = new Set(s.orgUnits.map((o) => o.id));
  const cats = new Set(s.disaggregations.flatMap((d) => d.categories.map((c) => c.id)));
  const cells = new Set<string>();
  s.values.forEach((v, i) => {
    if (!periods.has(v.period)) {
      out.push(warning(['values', i, 'period'], 'unknown_period', `Kỳ "${v.period}" không có trong danh sách kỳ báo cáo.`, `Period "${v.period}" is not in the list of periods.`));
    }
    if (!units.has(v.orgUnit)) {
      out.push(warning(['values', i, 'orgUnit'], 'unknown_org_unit', `Đơn vị "${v.orgUnit}" không có trong danh sách đơn vị.`, `Unit "${v.orgUnit}" is not in the list of units.`));
    }
    if (v.category !== undefined && !cats.has(v.category)) {
      out.push(warning(['values', i, 'category'], 'unknown_category', `Nhóm "${v.category}" không có trong phân tổ.`, `Category "${v.category}" is not in any disaggregation.`));
    }
    const key = `${v.period}\u0000${v.orgUnit}\u0000${v.category ?? ''}`;
    if (cells.has(key)) {
      out.push(warning(['values', i], 'duplicate_value', 'Ô số liệu này (kỳ, đơn vị, nhóm) bị nhập hai lần.', 'This cell (period, unit, category) appears twice.'));
    }
    cells.add(key);
  });
  return out;
}

export const parseStatDataset = (input: unknown): ParseResult<StatDataset> =>
  run('statDataset', StatDatasetSchema, input, statDatasetWarnings);
