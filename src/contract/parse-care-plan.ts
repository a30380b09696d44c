/**
 * The care plan's parser, apart from the other records' (issue 19): an element loads the parsers and schemas of
 * the records it shows, not every record's. All of them are re-exported by parse.ts.
 */
import type { ContractIssue, ParseResult } from './issues.js';
import { run, warning } from './run.js';
import { CarePlanSchema, type CarePlan } from './care-plan.js';

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

export const parseCarePlan = (input: unknown): ParseResult<CarePlan> =>
  run('carePlan', CarePlanSchema, input, carePlanWarnings);
