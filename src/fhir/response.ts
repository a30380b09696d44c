/**
 * SurveyResponse <-> FHIR R4 QuestionnaireResponse, against the SurveyDefinition it answers (the
 * definition says which options a code stands for and how items nest). The respondent's contact
 * block is identity data: it is exported only when the caller asks.
 */
import { parseSurveyResponse } from '../contract/parse-survey.js';
import { surveyItems, type SurveyAnswer, type SurveyDefinition, type SurveyItem, type SurveyResponse } from '../contract/survey.js';
import { type ContractIssue } from '../contract/issues.js';
import { itemOptions, questionnaireUrl, toItemCode, isCanonicalNumber } from './questionnaire.js';
import { otherLinkId } from './questionnaire-shared.js';
import {
  bool,
  compact,
  complexExt,
  extUrl,
  fhirId,
  mapIssue,
  readComplex,
  str,
  systemsFor,
  unmappedElements,
  valueExt,
  type FhirImport,
  type FhirOptions,
} from './shared.js';
import type { Extension, QuestionnaireResponse, QuestionnaireResponseAnswer, QuestionnaireResponseItem } from './types.js';

export interface ResponseExportOptions extends FhirOptions {
  /** Export the respondent's name and phone (`contact`). Default false. */
  includeContact?: boolean;
}

function urls(base: string) {
  return {
    reason: extUrl(base, 'survey-answer-reason'),
    metadata: extUrl(base, 'survey-response-metadata'),
    startedAt: extUrl(base, 'survey-started-at'),
    contact: extUrl(base, 'survey-respondent-contact'),
  };
}

const METADATA_KEYS = ['surveyType', 'administeredBy', 'respondent', 'hospitalCode', 'wardCode', 'formNumber', 'filledOn', 'mode', 'language'] as const;

type Scalar = string | number | boolean | null;
type OptionValue = string | number;

function split(answer: SurveyAnswer): { value: Scalar | OptionValue[] | undefined; other?: string; reason?: string } {
  if (answer !== null && typeof answer === 'object' && !Array.isArray(answer)) {
    return { value: answer.value, other: answer.other, reason: answer.reason };
  }
  return { value: answer };
}

export function responseToQuestionnaireResponse(
  resp: SurveyResponse,
  def: SurveyDefinition,
  options: ResponseExportOptions = {},
): QuestionnaireResponse {
  const sys = systemsFor(options);
  const u = urls(sys.base);
  const done = new Set<string>();

  const answersFor = (item: SurveyItem): QuestionnaireResponseItem | undefined => {
    const raw = resp.answers[item.code];
    if (raw === undefined) return undefined;
    done.add(item.code);
    const { value, other, reason } = split(raw);
    const opts = itemOptions(resp.definitionId === def.id ? def : def, item);
    const answer: QuestionnaireResponseAnswer[] = [];
    const one = (v: Scalar | OptionValue) => {
      if (v === null) return;
      if ((item.type === 'scale5' || item.type === 'single' || item.type === 'multiple') && typeof v !== 'boolean') {
        const o = opts.find((x) => String(x.value) === String(v));
        answer.push({ valueCoding: compact({ system: sys.surveyOption, code: String(v), display: o?.label.vi }) });
      } else if (typeof v === 'number') {
        answer.push(item.type === 'number' && item.integer && Number.isInteger(v) ? { valueInteger: v } : { valueDecimal: v });
      } else if (typeof v === 'boolean') answer.push({ valueBoolean: v });
      else if (item.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v)) answer.push({ valueDate: v });
      else if (v !== '') answer.push({ valueString: v });
    };
    if (Array.isArray(value)) value.forEach(one);
    else if (value !== undefined) one(value);
    if (other !== undefined && other !== '') {
      // A single choice takes one answer: the chosen option carries its "please specify" text as
      // a child (the Questionnaire's `<code>.other` item); with no option chosen the text is the
      // answer (open-choice). A multiple choice repeats, so the text is one more answer.
      if (item.type === 'single' && item.allowOther && answer.length === 1) {
        answer[0]!.item = [{ linkId: otherLinkId(item.code), answer: [{ valueString: other }] }];
      } else answer.push({ valueString: other });
    }
    if (!answer.length && reason === undefined) return undefined;
    return compact<QuestionnaireResponseItem>({
      extension: reason !== undefined ? [valueExt(u.reason, 'String', reason)] : undefined,
      linkId: item.code,
      text: item.text.vi,
      answer: answer.length ? answer : undefined,
    });
  };

  const sections: QuestionnaireResponseItem[] = [];
  for (const s of def.sections) {
    const items: QuestionnaireResponseItem[] = [];
    for (const it of s.items) {
      if (it.type === 'group') {
        const inner = it.items.map(answersFor).filter((x): x is QuestionnaireResponseItem => x !== undefined);
        if (inner.length) items.push({ linkId: it.code, text: it.text.vi, item: inner });
      } else {
        const a = answersFor(it);
        if (a) items.push(a);
      }
    }
    if (items.length) sections.push({ linkId: s.id, text: s.title.vi, item: items });
  }
  // Answers to codes the definition does not have are kept, at the root.
  for (const [code, raw] of Object.entries(resp.answers)) {
    if (done.has(code)) continue;
    const a = answersFor({ code, type: 'text', text: { vi: code } } as SurveyItem);
    if (a) sections.push({ ...a, text: undefined } as QuestionnaireResponseItem);
    void raw;
  }

  const extension: Extension[] = [];
  if (resp.metadata) {
    const m = resp.metadata;
    const fields = METADATA_KEYS.map((k) => [k, k === 'filledOn' ? 'Date' : 'String', m[k]] as [string, 'String' | 'Date', string | undefined]);
    if (m.template) fields.push(['templateId', 'String', m.template.id], ['templateVersion', 'String', m.template.version], ['templateSource', 'String', m.template.source]);
    extension.push(complexExt(u.metadata, fields));
  }
  if (resp.startedAt) extension.push(valueExt(u.startedAt, 'DateTime', resp.startedAt));
  if (resp.contact && options.includeContact) {
    extension.push(
      complexExt(u.contact, [
        ['name', 'String', resp.contact.name],
        ['phone', 'String', resp.contact.phone],
        ['consentToContact', 'Boolean', resp.contact.consentToContact],
      ]),
    );
  }

  return compact<QuestionnaireResponse>({
    resourceType: 'QuestionnaireResponse',
    id: fhirId(resp.id),
    extension: extension.length ? extension : undefined,
    identifier: { system: sys.response, value: resp.id },
    questionnaire: `${questionnaireUrl(def, options)}|${resp.definitionVersion}`,
    status: resp.status,
    authored: resp.submittedAt,
    item: sections.length ? sections : undefined,
  });
}

const KNOWN_QR = new Set(['resourceType', 'id', 'meta', 'text', 'extension', 'identifier', 'questionnaire', 'status', 'authored', 'item']);

export function questionnaireResponseToResponse(
  qr: QuestionnaireResponse,
  def: SurveyDefinition,
  options: FhirOptions = {},
): FhirImport<SurveyResponse> {
  if (!qr || typeof qr !== 'object' || qr.resourceType !== 'QuestionnaireResponse') {
    return {
      value: undefined,
      issues: [mapIssue(['resourceType'], 'fhir_wrong_resource', 'Cần tài nguyên FHIR QuestionnaireResponse.', 'Expected a FHIR QuestionnaireResponse resource.', 'error')],
    };
  }
  const sys = systemsFor(options);
  const u = urls(sys.base);
  const issues: ContractIssue[] = unmappedElements(qr, KNOWN_QR, [], 'QuestionnaireResponse');
  const byCode = new Map(surveyItems(def).map((i) => [i.code, i]));
  const answers: Record<string, SurveyAnswer> = {};

  const canonical = qr.questionnaire?.split('|')[0];
  if (canonical && canonical !== questionnaireUrl(def, options) && !canonical.endsWith(`/${def.id}`)) {
    issues.push(mapIssue(['questionnaire'], 'fhir_questionnaire_mismatch', `Phiếu trả lời thuộc bộ câu hỏi "${canonical}", không phải mẫu "${def.id}" đang dùng để đọc.`, `The response answers "${canonical}", not the form "${def.id}" used to read it.`));
  }

  const convert = (item: SurveyItem | undefined, a: QuestionnaireResponseAnswer, path: (string | number)[]): { value?: Scalar; other?: string } | undefined => {
    const choice = item && (item.type === 'scale5' || item.type === 'single' || item.type === 'multiple');
    if (a.valueCoding) {
      const code = a.valueCoding.code ?? a.valueCoding.display ?? '';
      const o = item ? itemOptions(def, item).find((x) => String(x.value) === code) : undefined;
      return { value: o ? o.value : isCanonicalNumber(code) ? Number(code) : code };
    }
    if (typeof a.valueString === 'string') {
      if (choice && (item.type === 'single' || item.type === 'multiple') && item.allowOther) return { other: a.valueString };
      return { value: a.valueString };
    }
    if (typeof a.valueBoolean === 'boolean') {
      if (item?.type === 'single' && item.options.some((o) => o.value === 'true')) return { value: String(a.valueBoolean) };
      return { value: a.valueBoolean };
    }
    if (typeof a.valueInteger === 'number') return { value: a.valueInteger };
    if (typeof a.valueDecimal === 'number') return { value: a.valueDecimal };
    if (typeof a.valueDate === 'string') return { value: a.valueDate };
    if (typeof a.valueDateTime === 'string') {
      if (item?.type === 'date') {
        issues.push(mapIssue(path, 'fhir_answer_time_dropped', 'Câu trả lời có giờ; chỉ giữ phần ngày.', 'The answer had a time; only the date was kept.'));
        return { value: a.valueDateTime.slice(0, 10) };
      }
      return { value: a.valueDateTime };
    }
    if (typeof a.valueTime === 'string') return { value: a.valueTime };
    if (typeof a.valueUri === 'string') return { value: a.valueUri };
    issues.push(mapIssue(path, 'fhir_answer_dropped', 'Câu trả lời kiểu tệp, tham chiếu hoặc số lượng không có chỗ trong ansinh nên bị bỏ.', 'An attachment, reference or quantity answer has no place in ansinh and was left out.'));
    return undefined;
  };

  const walk = (items: QuestionnaireResponseItem[] | undefined, path: (string | number)[]) => {
    (items ?? []).forEach((it, i) => {
      const p = [...path, 'item', i];
      const code = toItemCode(String(it.linkId));
      const item = byCode.get(code);
      const reason = str(it.extension?.find((e) => e.url === u.reason)?.valueString);
      if (it.answer?.length || reason !== undefined) {
        if (!item) {
          issues.push(mapIssue(p, 'fhir_answer_unknown_item', `Câu trả lời cho "${it.linkId}" không có câu hỏi tương ứng trong mẫu phiếu; vẫn được giữ.`, `The answer to "${it.linkId}" has no question in the form; it was kept.`));
        }
        const values: Scalar[] = [];
        let other: string | undefined;
        (it.answer ?? []).forEach((a, k) => {
          const c = convert(item, a, [...p, 'answer', k]);
          if (c?.value !== undefined) values.push(c.value);
          if (c?.other !== undefined) other = c.other;
          // The "please specify" text of a single choice, under the chosen option's answer.
          const specify = item?.type === 'single' && item.allowOther && !byCode.has(otherLinkId(item.code)) ? a.item?.find((x) => toItemCode(String(x.linkId)) === otherLinkId(item.code)) : undefined;
          const text = specify?.answer?.find((x) => typeof x.valueString === 'string')?.valueString;
          if (typeof text === 'string') other = text;
          const rest = specify ? a.item!.filter((x) => x !== specify) : a.item;
          if (rest?.length) walk(rest, [...p, 'answer', k]);
        });
        let value: Scalar | OptionValue[] | undefined;
        if (item?.type === 'multiple') value = values.filter((v): v is OptionValue => typeof v === 'string' || typeof v === 'number');
        else {
          value = values[0];
          if (values.length > 1) {
            issues.push(mapIssue(p, 'fhir_extra_answers', `Câu "${it.linkId}" chỉ nhận một câu trả lời; các câu sau bị bỏ.`, `Question "${it.linkId}" takes one answer; the others were left out.`));
          }
        }
        if (other !== undefined || reason !== undefined) {
          const obj: { value?: Scalar | OptionValue[]; other?: string; reason?: string } = {};
          if (value !== undefined && !(Array.isArray(value) && value.length === 0 && other !== undefined)) obj.value = value;
          if (other !== undefined) obj.other = other;
          if (reason !== undefined) obj.reason = reason;
          answers[code] = obj;
        } else if (value !== undefined) answers[code] = value;
      }
      walk(it.item, p);
    });
  };
  walk(qr.item, []);

  const ext = (url: string) => qr.extension?.find((e) => e.url === url);
  const metaExt = ext(u.metadata);
  let metadata: Record<string, unknown> | undefined;
  if (metaExt) {
    const p = readComplex(metaExt);
    metadata = {};
    for (const k of METADATA_KEYS) if (p.get(k)?.[0] !== undefined) metadata[k] = p.get(k)?.[0];
    if (p.get('templateId')) {
      metadata.template = compact({ id: p.get('templateId')?.[0], version: p.get('templateVersion')?.[0], source: p.get('templateSource')?.[0] });
    }
  }
  const contactExt = ext(u.contact);
  const cp = contactExt ? readComplex(contactExt) : undefined;
  (qr.extension ?? []).forEach((e, i) => {
    if (![u.metadata, u.startedAt, u.contact].includes(e.url)) {
      issues.push(mapIssue(['extension', i], 'fhir_unmapped_extension', `Phần mở rộng "${e.url}" không được ansinh hiểu nên không được nhập.`, `Extension "${e.url}" is not understood by ansinh and was not imported.`));
    }
  });

  let submittedAt = qr.authored;
  if (submittedAt && !/T\d{2}:\d{2}/.test(submittedAt)) {
    issues.push(mapIssue(['authored'], 'fhir_authored_partial', 'Thời điểm nộp phiếu không có giờ nên không được ghi.', 'The authored time has no time of day and was not recorded.'));
    submittedAt = undefined;
  }
  const id = qr.identifier?.system === sys.response ? qr.identifier.value : qr.id;
  if (!id) issues.push(mapIssue(['id'], 'fhir_no_id', 'Phiếu trả lời không có mã.', 'The response has no id.', 'error'));
  const out = compact({
    id,
    definitionId: def.id,
    definitionVersion: qr.questionnaire?.split('|')[1] ?? def.version,
    status: qr.status,
    answers,
    metadata,
    startedAt: str(ext(u.startedAt)?.valueDateTime),
    submittedAt,
    contact: cp ? compact({ name: str(cp.get('name')?.[0]), phone: str(cp.get('phone')?.[0]), consentToContact: bool(cp.get('consentToContact')?.[0]) }) : undefined,
  });
  const parsed = parseSurveyResponse(out);
  if (!parsed.ok) return { value: undefined, issues: [...issues, ...parsed.issues] };
  return { value: parsed.value, issues: [...issues, ...parsed.warnings] };
}
