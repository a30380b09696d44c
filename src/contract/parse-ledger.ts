/**
 * The ledger's parsers, apart from the other records' (issue 19): an element loads the parsers and schemas of
 * the records it shows, not every record's. All of them are re-exported by parse.ts.
 */
import type { ContractIssue, ParseResult } from './issues.js';
import { run, warning } from './run.js';
import { disclosureDueDate, FundSchema, LedgerDisclosureSchema, LedgerEntrySchema, type Fund, type LedgerDisclosure, type LedgerEntry } from './ledger.js';

export function ledgerDisclosureWarnings(d: LedgerDisclosure): ContractIssue[] {
  const out: ContractIssue[] = [];
  d.totals.byFund.forEach((f, i) => {
    if ((f.openingBalanceVnd ?? 0) + f.receivedVnd - f.distributedVnd !== f.balanceVnd) {
      out.push(
        warning(['totals', 'byFund', i, 'balanceVnd'], 'balance_mismatch', 'Số dư không bằng đầu kỳ + đã nhận − đã phân phối.', 'The balance is not opening + received − distributed.'),
      );
    }
  });
  if (d.period.to < d.period.from) {
    out.push(warning(['period', 'to'], 'period_reversed', 'Ngày kết thúc kỳ sớm hơn ngày bắt đầu.', 'The period ends before it starts.'));
  }
  const decree = disclosureDueDate(d.period, d.scope);
  if (d.dueDate && decree && d.dueDate > decree) {
    out.push(
      warning(
        ['dueDate'],
        'due_date_after_decree',
        `Hạn công khai muộn hơn hạn của Nghị định 93/2021/NĐ-CP, Điều 14 (${decree}): áp dụng hạn của Nghị định.`,
        `The due date is later than Decree 93/2021/ND-CP, Article 14 allows (${decree}): the decree's applies.`,
      ),
    );
  }
  const channels = d.publication?.channels;
  if (channels && !channels.includes('website') && !channels.includes('noticeboard')) {
    out.push(
      warning(
        ['publication', 'channels'],
        'website_required',
        'Nghị định 93/2021/NĐ-CP Điều 14 khoản 3: công khai trên trang thông tin điện tử chính thức là bắt buộc; đơn vị chưa có trang thì niêm yết tại trụ sở.',
        "Decree 93/2021/ND-CP Article 14(3): publishing on the unit's official website is compulsory; a unit without one posts it at its office.",
      ),
    );
  }
  return out;
}

export const parseLedgerEntry = (input: unknown): ParseResult<LedgerEntry> =>
  run('ledgerEntry', LedgerEntrySchema, input);
export const parseLedgerDisclosure = (input: unknown): ParseResult<LedgerDisclosure> =>
  run('ledgerDisclosure', LedgerDisclosureSchema, input, ledgerDisclosureWarnings);
export const parseFund = (input: unknown): ParseResult<Fund> => run('fund', FundSchema, input);
