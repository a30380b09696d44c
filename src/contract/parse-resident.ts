/**
 * The resident's parsers, apart from the other records' (issue 19): an element that shows a
 * resident (the card) loads this and the resident schema, not every record's schema.
 */
import type { ContractIssue, ParseResult } from './issues.js';
import { run, warning } from './run.js';
import { checkCitizenIdConsistency } from './shared.js';
import { PartialResidentSchema, RESIDENT_SENSITIVE_FIELDS, ResidentSchema, type PartialResident, type Resident } from './resident.js';


// Semantic warnings (cannot be expressed in JSON Schema, so never errors)
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
