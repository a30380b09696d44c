/**
 * The survey's parsers, apart from the other records' (issue 19): an element loads the parsers and schemas of
 * the records it shows, not every record's. All of them are re-exported by parse.ts.
 */
import type { ContractIssue, ParseResult } from './issues.js';
import { run, warning } from './run.js';
import { SurveyDefinitionSchema, SurveyResponseSchema, surveyItems, type SurveyDefinition, type SurveyResponse } from './survey.js';

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

export const parseSurveyDefinition = (input: unknown): ParseResult<SurveyDefinition> =>
  run('surveyDefinition', SurveyDefinitionSchema, input, surveyDefinitionWarnings);
export const parseSurveyResponse = (input: unknown): ParseResult<SurveyResponse> =>
  run('surveyResponse', SurveyResponseSchema, input);
