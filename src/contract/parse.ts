/**
 * `parseX(input)` for every top-level schema. They never throw, whatever the input: problems come
 * back as `ContractIssue`s naming the field and saying what is wrong in Vietnamese and English,
 * without echoing the value (it may be personal data).
 */
import type { ContractIssue, ParseResult } from './issues.js';
import { MAX_ISSUES, run } from './run.js';
import { checkCitizenIdConsistency } from './shared.js';
import { PartialResidentSchema, RESIDENT_SENSITIVE_FIELDS, ResidentSchema, type PartialResident, type Resident } from './resident.js';
import { CarePlanSchema, type CarePlan } from './care-plan.js';
import {
  SurveyDefinitionSchema,
  SurveyResponseSchema,
  surveyItems,
  type SurveyDefinition,
  type SurveyResponse,
} from './survey.js';
import {
  disclosureDueDate,
  FundSchema,
  LedgerDisclosureSchema,
  LedgerEntrySchema,
  type Fund,
  type LedgerDisclosure,
  type LedgerEntry,
} from './ledger.js';
import { StatDatasetSchema, type StatDataset } from './stat.js';

export { MAX_ISSUES };

function warning(path: (string | number)[], code: string, vi: string, en: string): ContractIssue {
  return { path, code, severity: 'warning', message: { vi, en } };
}

function duplicates(
  list: readonly { id: string }[],
  listName: string,
  out: ContractIssue[],
): Set<string> {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) {
      out.push(
        warning([listName, i, 'id'], 'duplicate_id', `Mã "${x.id}" bị trùng trong danh sách.`, `The id "${x.id}" appears twice in the list.`),
      );
    }
    seen.add(x.id);
  });
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Semantic warnings (cannot be expressed in JSON Schema, so never errors)
// ---------------------------------------------------------------------------------------------

export function residentWarnings(r: PartialResident): ContractIssue[] {
  const out: ContractIssue[] = [];
  if (r.citizenId && r.birthDate && r.sex) out.push(...checkCitizenIdConsistency(r.citizenId, r.birthDate, r.sex));
  r.publishable?.forEach((f, i) => {
    const top = f.split('.')[0] ?? f;
    if ((RESIDENT_SENSITIVE_FIELDS as readonly string[]).includes(top)) {
      out.push(
        warning(
          ['publishable', i],
          'publishable_sensitive',
          `"${f}" là dữ liệu nhạy cảm nên không bao giờ được công khai, kể cả khi có trong danh sách này.`,
          `"${f}" is sensitive data and is never made public, even when listed here.`,
        ),
      );
    }
  });
  if (r.exit && r.admission && r.exit.date < r.admission.date) {
    out.push(
      warning(['exit', 'date'], 'exit_before_admission', 'Ngày rời trung tâm sớm hơn ngày tiếp nhận.', 'The exit date is before the admission date.'),
    );
  }
  return out;
}

export function carePlanWarnings(p: CarePlan): ContractIssue[] {
  const out: ContractIssue[] = [];
  const goalIds = duplicates(p.goals, 'goals', out);
  duplicates(p.activities, 'activities', out);
  duplicates(p.careTeam, 'careTeam', out);
  p.activities.forEach((a, i) => {
    a.goalIds?.forEach((g, j) => {
      if (!goalIds.has(g)) {
        out.push(
          warning(['activities', i, 'goalIds', j], 'unknown_goal', `Không có mục tiêu mã "${g}" trong kế hoạch.`, `The plan has no goal with id "${g}".`),
        );
      }
    });
  });
  const last = p.transitions[p.transitions.length - 1];
  if (last && last.to !== p.status) {
    out.push(
      warning(['status'], 'status_history_mismatch', 'Bước hiện tại khác với bước cuối trong lịch sử chuyển bước.', 'The current step differs from the last step in the history.'),
    );
  }
  duplicates(p.stepRecords ?? [], 'stepRecords', out);
  const closure = p.caseFile?.closure;
  if (p.caseFile && p.status === 'closed' && !closure) {
    out.push(
      warning(['caseFile', 'closure'], 'closure_missing', 'Kết thúc quản lý đối tượng cần lý do và biên bản (Thông tư 02/2020/TT-BLĐTBXH, Điều 8).', 'Closing a case needs a reason and a closure record (Circular 02/2020/TT-BLĐTBXH, Article 8).'),
    );
  }
  if (closure && p.status !== 'closed') {
    out.push(
      warning(['caseFile', 'closure'], 'closure_on_open_plan', 'Kế hoạch đang mở lại nhưng vẫn ghi thông tin kết thúc.', 'The plan was reopened but still records a closure.'),
    );
  }
  if (closure?.followUpUntil && closure.followUpUntil < closure.date) {
    out.push(warning(['caseFile', 'closure', 'followUpUntil'], 'follow_up_before_closure', 'Ngày theo dõi sau kết thúc sớm hơn ngày kết thúc.', 'Follow-up ends before the case was closed.'));
  }
  return out;
}

export function surveyDefinitionWarnings(d: SurveyDefinition): ContractIssue[] {
  const out: ContractIssue[] = [];
  const codes = new Set<string>();
  const scaleIds = new Set((d.scales ?? []).map((s) => s.id));
  const items = surveyItems(d);
  for (const item of items) {
    if (codes.has(item.code)) {
      out.push(
        warning(['sections'], 'duplicate_item_code', `Mã câu hỏi "${item.code}" bị trùng: câu trả lời sẽ ghi đè nhau.`, `Question code "${item.code}" is used twice: answers would overwrite each other.`),
      );
    }
    codes.add(item.code);
  }
  d.sections.forEach((s, si) => {
    const check = (item: (typeof s.items)[number], path: (string | number)[]) => {
      item.enableWhen?.forEach((c, ci) => {
        if (!codes.has(c.item)) {
          out.push(
            warning([...path, 'enableWhen', ci, 'item'], 'unknown_item', `Điều kiện trỏ tới câu hỏi "${c.item}" không có trong phiếu.`, `The condition refers to question "${c.item}", which is not in the form.`),
          );
        }
      });
      if (item.type === 'scale5' && item.scale !== undefined && !scaleIds.has(item.scale)) {
        out.push(
          warning([...path, 'scale'], 'unknown_scale', `Không có thang đo mã "${item.scale}".`, `There is no scale with id "${item.scale}".`),
        );
      }
    };
    s.items.forEach((item, ii) => {
      check(item, ['sections', si, 'items', ii]);
      if (item.type === 'group') item.items.forEach((sub, k) => check(sub, ['sections', si, 'items', ii, 'items', k]));
    });
  });
  return out;
}

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

// ---------------------------------------------------------------------------------------------
// Public parse functions
// ---------------------------------------------------------------------------------------------

export const parseResident = (input: unknown): ParseResult<Resident> =>
  run('resident', ResidentSchema, input, residentWarnings);

/** What a partial resident lacks, as warnings: the card is shown, and says so. */
function partialResidentWarnings(r: PartialResident): ContractIssue[] {
  const out = residentWarnings(r);
  if (!r.beneficiaryCategory) {
    out.push(
      warning(
        ['beneficiaryCategory'],
        'category_missing',
        'Hồ sơ này chưa ghi diện đối tượng bảo trợ xã hội (hồ sơ từ hệ thống khác), nên không tính được trợ cấp.',
        'This record has no beneficiary category (it comes from another system), so no allowance can be worked out.',
      ),
    );
  }
  if (!r.admission) {
    out.push(warning(['admission'], 'admission_missing', 'Hồ sơ này chưa có quyết định tiếp nhận vào cơ sở.', 'This record has no admission to a centre.'));
  }
  if (!r.birthDate) out.push(warning(['birthDate'], 'birth_date_missing', 'Hồ sơ này không ghi ngày sinh.', 'This record has no date of birth.'));
  return out;
}

/**
 * A resident, or a person with no centre record yet (no `beneficiaryCategory`, no `admission`):
 * valid when everything present follows the contract; what is missing comes back as warnings.
 */
export const parsePartialResident = (input: unknown): ParseResult<PartialResident> =>
  run('resident', PartialResidentSchema, input, partialResidentWarnings);
export const parseCarePlan = (input: unknown): ParseResult<CarePlan> =>
  run('carePlan', CarePlanSchema, input, carePlanWarnings);
export const parseSurveyDefinition = (input: unknown): ParseResult<SurveyDefinition> =>
  run('surveyDefinition', SurveyDefinitionSchema, input, surveyDefinitionWarnings);
export const parseSurveyResponse = (input: unknown): ParseResult<SurveyResponse> =>
  run('surveyResponse', SurveyResponseSchema, input);
export const parseLedgerEntry = (input: unknown): ParseResult<LedgerEntry> =>
  run('ledgerEntry', LedgerEntrySchema, input);
export const parseLedgerDisclosure = (input: unknown): ParseResult<LedgerDisclosure> =>
  run('ledgerDisclosure', LedgerDisclosureSchema, input, ledgerDisclosureWarnings);
export const parseFund = (input: unknown): ParseResult<Fund> => run('fund', FundSchema, input);
export const parseStatDataset = (input: unknown): ParseResult<StatDataset> =>
  run('statDataset', StatDatasetSchema, input, statDatasetWarnings);

/**
 * Parses a list of items with one parser, prefixing each issue path with the item's index.
 * Returns ok only when every item is valid.
 */
export function parseList<T>(input: unknown, parse: (item: unknown) => ParseResult<T>): ParseResult<T[]> {
  let items: unknown[] | undefined;
  try {
    items = Array.isArray(input) ? Array.from(input as unknown[]) : undefined;
  } catch {
    items = undefined;
  }
  if (!items) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          code: 'invalid_type',
          severity: 'error',
          message: { vi: 'Sai kiểu: cần danh sách.', en: 'Wrong type: expected a list.' },
        },
      ],
    };
  }
  const values: T[] = [];
  const issues: ContractIssue[] = [];
  const warnings: ContractIssue[] = [];
  items.forEach((item, i) => {
    const r = parse(item);
    const prefix = (x: ContractIssue): ContractIssue => ({ ...x, path: [i, ...x.path] });
    if (r.ok) {
      values.push(r.value);
      warnings.push(...r.warnings.map(prefix));
    } else {
      issues.push(...r.issues.map(prefix));
    }
  });
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, value: values, warnings };
}
