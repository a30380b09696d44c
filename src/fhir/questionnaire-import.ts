/** FHIR R4 Questionnaire -> SurveyDefinition, reporting everything it cannot map (see questionnaire.ts). */
import { parseSurveyDefinition } from '../contract/parse-survey.js';
import { type ContractIssue } from '../contract/issues.js';
import { type EnableWhen, type ScaleOption, type SurveyDefinition, type SurveyItem, type SurveySection } from '../contract/survey.js';
import { type LocalizedText } from '../contract/shared.js';
import {
  HL7,
  bool,
  compact,
  extValue,
  localized,
  mapIssue,
  readComplex,
  readLocalizedExt,
  str,
  systemsFor,
  unmappedElements,
  type FhirImport,
  type FhirOptions,
} from './shared.js';
import type {
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireItem,
} from './types.js';
import { isCanonicalNumber, isOtherOf, questionnaireUrls, toItemCode, type LeafItem, type OptionValue } from './questionnaire-shared.js';

const KNOWN_Q = new Set([
  'resourceType', 'id', 'meta', 'text', 'extension', 'url', 'identifier', 'version', 'name', 'title', '_title',
  'status', 'language', 'description', '_description', 'item',
]);
const KNOWN_ITEM = new Set([
  'linkId', 'text', '_text', 'type', 'extension', 'enableWhen', 'enableBehavior', 'required', 'repeats',
  'maxLength', 'answerOption', 'answerValueSet', 'initial', 'item', 'prefix',
]);
/** Presentation hints that ansinh renders its own way; no need to report them. */
const QUIET_CONTROLS = new Set(['radio-button', 'check-box', 'drop-down', 'list', 'autocomplete', 'slider', 'spinner', 'text-box']);

function helpOf(item: QuestionnaireItem): boolean {
  return (
    item.type === 'display' &&
    (item.extension ?? []).some(
      (e) => e.url === HL7.itemControl && e.valueCodeableConcept?.coding?.some((c) => c.code === 'help'),
    )
  );
}

/**
 * Questionnaire -> SurveyDefinition. `value` is undefined only when nothing usable remains (the
 * contract's own issues are then in `issues` too).
 */
export function questionnaireToSurvey(q: Questionnaire, options: FhirOptions = {}): FhirImport<SurveyDefinition> {
  if (!q || typeof q !== 'object' || q.resourceType !== 'Questionnaire') {
    return {
      value: undefined,
      issues: [mapIssue(['resourceType'], 'fhir_wrong_resource', 'Cần tài nguyên FHIR Questionnaire.', 'Expected a FHIR Questionnaire resource.', 'error')],
    };
  }
  const sys = systemsFor(options);
  const u = questionnaireUrls(sys.base);
  const issues: ContractIssue[] = unmappedElements(q, KNOWN_Q, [], 'Questionnaire');
  if (q.status && q.status !== 'active') {
    issues.push(mapIssue(['status'], 'fhir_status', `Trạng thái "${q.status}" của bộ câu hỏi không được giữ: ansinh coi mọi mẫu phiếu là đang dùng.`, `Questionnaire status "${q.status}" is not kept: ansinh treats every form as active.`));
  }

  // Pre-walk: every linkId -> its FHIR item and its item code (unique).
  const fhirByLinkId = new Map<string, QuestionnaireItem>();
  const codeByLinkId = new Map<string, string>();
  const used = new Set<string>();
  const walk = (items: QuestionnaireItem[] | undefined, root = false, parent?: QuestionnaireItem) => {
    for (const it of items ?? []) {
      if (typeof it.linkId !== 'string') continue;
      fhirByLinkId.set(it.linkId, it);
      // Sections, help lines and a choice's "please specify" text get no item code, so they never
      // push a question's code aside.
      if ((root && it.type === 'group') || helpOf(it) || (parent && isOtherOf(parent, it))) {
        walk(it.item);
        continue;
      }
      let code = toItemCode(it.linkId);
      for (let n = 2; used.has(code); n++) code = `${toItemCode(it.linkId).slice(0, 36)}-${n}`;
      used.add(code);
      codeByLinkId.set(it.linkId, code);
      walk(it.item, false, it);
    }
  };
  walk(q.item, true);

  // Scales defined by ansinh exports.
  const scales: NonNullable<SurveyDefinition['scales']> = [];
  const ownExt = new Set(Object.values(u));
  (q.extension ?? []).forEach((e, i) => {
    if (e.url === u.scaleDef) {
      const id = str(e.extension?.find((x) => x.url === 'id')?.valueString);
      const opts = (e.extension ?? [])
        .filter((x) => x.url === 'option')
        .map((x) => {
          const p = readComplex(x);
          const value = p.get('value')?.[0] as OptionValue;
          const score = p.get('score')?.[0];
          const en = p.get('en')?.[0];
          return compact<ScaleOption>({
            value,
            label: typeof en === 'string' ? { vi: String(p.get('vi')?.[0]), en } : { vi: String(p.get('vi')?.[0]) },
            score: typeof score === 'number' ? score : p.get('unscored')?.[0] === true ? null : undefined,
          });
        });
      if (id) scales.push({ id, options: opts });
    } else if (!ownExt.has(e.url)) {
      issues.push(mapIssue(['extension', i], 'fhir_unmapped_extension', `Phần mở rộng "${e.url}" không được ansinh hiểu nên không được nhập.`, `Extension "${e.url}" is not understood by ansinh and was not imported.`));
    }
  });
  const qExt = (url: string) => q.extension?.find((e) => e.url === url);

  const optionOf = (o: QuestionnaireAnswerOption, path: (string | number)[]): ScaleOption | undefined => {
    const ord = o.extension?.find((e) => e.url === HL7.ordinalValue || e.url === 'http://hl7.org/fhir/StructureDefinition/itemWeight');
    const score = typeof extValue(ord) === 'number' ? (extValue(ord) as number) : undefined;
    const keepString = o.extension?.some((e) => e.url === u.optionString && e.valueBoolean === true);
    let value: OptionValue | undefined;
    let label: LocalizedText | undefined;
    if (o.valueCoding) {
      const code = o.valueCoding.code ?? o.valueCoding.display;
      if (code === undefined) return undefined;
      value = !keepString && isCanonicalNumber(code) ? Number(code) : code;
      label = localized(o.valueCoding.display, o.valueCoding._display) ?? { vi: code };
    } else if (typeof o.valueInteger === 'number') {
      value = o.valueInteger;
      label = { vi: String(o.valueInteger) };
    } else if (typeof o.valueString === 'string') {
      value = o.valueString.slice(0, 200);
      label = localized(o.valueString, o._valueString) ?? { vi: o.valueString };
    } else if (typeof o.valueDate === 'string' || typeof o.valueTime === 'string') {
      value = (o.valueDate ?? o.valueTime)!;
      label = { vi: value };
    } else {
      issues.push(mapIssue(path, 'fhir_option_dropped', 'Lựa chọn kiểu tham chiếu (reference) không có chỗ trong phiếu ansinh nên bị bỏ.', 'A reference answer option has no place in an ansinh form and was left out.'));
      return undefined;
    }
    const unscored = o.extension?.some((e) => e.url === u.optionUnscored && e.valueBoolean === true);
    return compact<ScaleOption>({ value, label, score: unscored ? null : score });
  };

  const conditions = (it: QuestionnaireItem, path: (string | number)[]): EnableWhen[] | undefined => {
    if (!it.enableWhen?.length) return undefined;
    const out: EnableWhen[] = [];
    it.enableWhen.forEach((w, i) => {
      const target = fhirByLinkId.get(w.question);
      const item = codeByLinkId.get(w.question) ?? toItemCode(w.question);
      let answer: string | number | boolean | undefined;
      if (typeof w.answerBoolean === 'boolean') {
        answer = target?.type === 'boolean' && w.operator !== 'exists' ? String(w.answerBoolean) : w.answerBoolean;
      } else if (w.answerCoding) {
        const code = w.answerCoding.code ?? '';
        const opt = target?.answerOption?.find((o) => o.valueCoding?.code === code);
        const keepString = opt?.extension?.some((e) => e.url === u.optionString && e.valueBoolean === true);
        answer = !keepString && isCanonicalNumber(code) ? Number(code) : code;
      } else if (typeof w.answerInteger === 'number') answer = w.answerInteger;
      else if (typeof w.answerDecimal === 'number') answer = w.answerDecimal;
      else if (typeof w.answerString === 'string') answer = w.answerString.slice(0, 200);
      else if (typeof w.answerDate === 'string') answer = w.answerDate;
      else if (typeof w.answerDateTime === 'string') answer = w.answerDateTime.slice(0, 10);
      else if (typeof w.answerTime === 'string') answer = w.answerTime;
      if (answer === undefined) {
        issues.push(mapIssue([...path, 'enableWhen', i], 'fhir_condition_dropped', 'Điều kiện hiển thị so sánh với số lượng (Quantity) hoặc tham chiếu nên không chuyển được và bị bỏ: câu hỏi có thể hiện ra nhiều hơn dự kiến.', 'A display condition compares a Quantity or a Reference, which ansinh cannot express; it was left out, so the question may show more often.'));
        return;
      }
      out.push({ item, operator: w.operator, answer });
    });
    return out.length ? out : undefined;
  };

  const itemExtensions = (it: QuestionnaireItem, path: (string | number)[]) => {
    const known = new Set<string>([...Object.values(u), `${u.itemType}-enable-behavior`, `${u.itemType}-help`, HL7.minValue, HL7.maxValue, HL7.maxOccurs, HL7.unit]);
    (it.extension ?? []).forEach((e, i) => {
      if (known.has(e.url)) return;
      if (e.url === HL7.itemControl) {
        const code = e.valueCodeableConcept?.coding?.[0]?.code ?? '';
        if (QUIET_CONTROLS.has(code) || code === 'help') return;
      }
      issues.push(mapIssue([...path, 'extension', i], 'fhir_unmapped_extension', `Phần mở rộng "${e.url}" của câu hỏi không được ansinh hiểu nên không được nhập.`, `Item extension "${e.url}" is not understood by ansinh and was not imported.`));
    });
  };

  const ext = (it: QuestionnaireItem, url: string) => extValue(it.extension?.find((e) => e.url === url));

  /** One question or display item; undefined when it cannot be mapped (reported). */
  const leaf = (it: QuestionnaireItem, path: (string | number)[]): LeafItem | undefined => {
    const code = codeByLinkId.get(it.linkId) ?? toItemCode(String(it.linkId));
    if (code !== it.linkId) {
      issues.push(mapIssue([...path, 'linkId'], 'fhir_link_id_changed', `Mã "${it.linkId}" không hợp lệ với ansinh nên được đổi thành "${code}".`, `linkId "${it.linkId}" is not a valid ansinh code and became "${code}".`));
    }
    issues.push(...unmappedElements(it, KNOWN_ITEM, path, 'item'));
    if (it.prefix && it.type !== 'group') {
      issues.push(mapIssue([...path, 'prefix'], 'fhir_unmapped_element', `Tiền tố "${it.prefix}" của câu hỏi không được giữ.`, `The item prefix "${it.prefix}" is not kept.`));
    }
    itemExtensions(it, path);
    let text = localized(it.text, it._text);
    if (!text) {
      text = { vi: it.prefix ?? code };
      if (it.type !== 'display') issues.push(mapIssue([...path, 'text'], 'fhir_item_no_text', 'Câu hỏi không có nội dung; dùng mã câu hỏi làm nội dung.', 'The item has no text; its code is used instead.'));
    }
    const helpItem = it.item?.find(helpOf);
    const help = helpItem ? localized(helpItem.text, helpItem._text) : readLocalizedExt(it.extension?.find((e) => e.url === `${u.itemType}-help`));
    const enableWhen = conditions(it, path);
    const behaviour = it.enableBehavior ?? (ext(it, `${u.itemType}-enable-behavior`) as 'all' | 'any' | undefined);
    const base = compact({
      code,
      text,
      help,
      required: it.type === 'display' ? undefined : it.required,
      enableWhen,
      enableBehavior: enableWhen ? behaviour : undefined,
      externalField: str(ext(it, u.externalField)),
    });
    const own = str(ext(it, u.itemType));
    if (it.repeats && it.type !== 'choice' && it.type !== 'open-choice' && it.type !== 'group') {
      issues.push(mapIssue([...path, 'repeats'], 'fhir_repeats', 'Câu hỏi cho nhiều câu trả lời (repeats) chỉ nhận một câu trả lời trong ansinh.', 'A repeating question takes a single answer in ansinh.'));
    }
    const initial = it.initial?.[0];
    const approx = (vi: string, en: string) => issues.push(mapIssue([...path, 'type'], 'fhir_item_type_approximated', vi, en));

    switch (it.type) {
      case 'choice':
      case 'open-choice': {
        const opts = (it.answerOption ?? [])
          .map((o, i) => optionOf(o, [...path, 'answerOption', i]))
          .filter((o): o is ScaleOption => o !== undefined);
        if (it.answerValueSet && opts.length === 0) {
          issues.push(mapIssue([...path, 'answerValueSet'], 'fhir_value_set_unresolved', `Danh sách lựa chọn "${it.answerValueSet}" là một ValueSet ansinh không tra được; câu hỏi được nhập dạng trả lời tự do.`, `Answer value set "${it.answerValueSet}" cannot be resolved by ansinh; the question was imported as free text.`));
          return { ...base, type: 'text' };
        }
        if (it.answerValueSet) {
          issues.push(mapIssue([...path, 'answerValueSet'], 'fhir_value_set_unresolved', 'Câu hỏi có cả ValueSet và danh sách lựa chọn: chỉ nhập danh sách lựa chọn.', 'The item has both a value set and answer options: only the options were imported.'));
        }
        if (opts.length === 0) {
          issues.push(mapIssue([...path, 'answerOption'], 'fhir_no_options', 'Câu hỏi lựa chọn không có lựa chọn nào; nhập dạng trả lời tự do.', 'The choice question has no options; imported as free text.'));
          return { ...base, type: 'text' };
        }
        const selected = (it.answerOption ?? [])
          .map((o, i) => (o.initialSelected ? opts[i]?.value : undefined))
          .filter((v): v is OptionValue => v !== undefined);
        if (initial?.valueCoding?.code !== undefined) {
          const c = initial.valueCoding.code;
          selected.push(opts.find((o) => String(o.value) === c)?.value ?? c);
        }
        const initialValue = selected.length === 0 ? undefined : it.repeats ? selected : selected[0];
        if (own === 'scale5') {
          return compact({
            ...base,
            type: 'scale5' as const,
            scale: str(ext(it, u.scale)),
            notApplicable: bool(ext(it, u.notApplicable)),
            askReasonBelow: typeof ext(it, u.askReasonBelow) === 'number' ? (ext(it, u.askReasonBelow) as number) : undefined,
            initial: initialValue,
          });
        }
        const allowOther = it.type === 'open-choice' ? true : undefined;
        if (it.repeats) {
          const max = ext(it, HL7.maxOccurs);
          return compact({ ...base, type: 'multiple' as const, options: opts, allowOther, maxSelected: typeof max === 'number' ? max : undefined, initial: initialValue });
        }
        return compact({ ...base, type: 'single' as const, options: opts, allowOther, initial: initialValue });
      }
      case 'boolean':
        approx('Câu hỏi có/không (boolean) được nhập dạng một lựa chọn "Có"/"Không" (giá trị "true"/"false").', 'A boolean question was imported as a single choice "Yes"/"No" (values "true"/"false").');
        return compact({
          ...base,
          type: 'single' as const,
          options: [
            { value: 'true', label: { vi: 'Có', en: 'Yes' } },
            { value: 'false', label: { vi: 'Không', en: 'No' } },
          ],
          initial: typeof initial?.valueBoolean === 'boolean' ? String(initial.valueBoolean) : undefined,
        });
      case 'integer':
      case 'decimal':
      case 'quantity': {
        if (it.type === 'quantity') approx('Câu hỏi số lượng (Quantity) được nhập dạng số; đơn vị lấy từ questionnaire-unit nếu có.', 'A quantity question was imported as a number; the unit comes from questionnaire-unit when present.');
        const min = ext(it, HL7.minValue);
        const max = ext(it, HL7.maxValue);
        const unitExt = it.extension?.find((e) => e.url === HL7.unit)?.valueCoding;
        const unit = unitExt ? localized(unitExt.display ?? unitExt.code, unitExt._display) : undefined;
        const init = initial?.valueInteger ?? initial?.valueDecimal;
        return compact({
          ...base,
          type: 'number' as const,
          integer: it.type === 'integer' ? true : undefined,
          min: typeof min === 'number' ? min : undefined,
          max: typeof max === 'number' ? max : undefined,
          unit,
          initial: typeof init === 'number' ? init : undefined,
        });
      }
      case 'string':
      case 'url':
      case 'time': {
        if (it.type !== 'string') approx(`Câu hỏi kiểu ${it.type} được nhập dạng văn bản ngắn, không kiểm tra định dạng.`, `A ${it.type} question was imported as short text, without format checks.`);
        const mode = str(ext(it, u.inputMode));
        const init = initial?.valueString ?? initial?.valueUri ?? initial?.valueTime;
        return compact({ ...base, type: 'text' as const, maxLength: it.maxLength, inputMode: mode as 'text' | undefined, initial: init });
      }
      case 'text':
        return compact({ ...base, type: 'longtext' as const, maxLength: it.maxLength, initial: initial?.valueString });
      case 'date':
      case 'dateTime': {
        if (it.type === 'dateTime') approx('Câu hỏi ngày giờ (dateTime) được nhập dạng ngày; phần giờ không được hỏi.', 'A dateTime question was imported as a date; the time is not asked.');
        const init = initial?.valueDate ?? initial?.valueDateTime?.slice(0, 10);
        return compact({ ...base, type: 'date' as const, initial: init });
      }
      case 'display':
        return { ...base, type: 'display' };
      default:
        issues.push(mapIssue([...path, 'type'], 'fhir_item_dropped', `Câu hỏi kiểu "${String(it.type)}" (tệp đính kèm, tham chiếu…) không có trong phiếu ansinh nên bị bỏ.`, `An item of type "${String(it.type)}" (attachment, reference…) has no equivalent in ansinh and was left out.`));
        return undefined;
    }
  };

  /** Items of a section (depth 1) or of a group (depth 2). Deeper groups are flattened. */
  const children = (items: QuestionnaireItem[] | undefined, path: (string | number)[], depth: number, offset = 0): SurveyItem[] => {
    const out: SurveyItem[] = [];
    (items ?? []).forEach((it, i) => {
      const p = [...path, 'item', i + offset];
      if (helpOf(it) && depth > 1 && path.length > 0) return; // handled by the parent question
      if (it.type === 'group') {
        const inner = (depth === 1 ? children(it.item, p, 2) : children(it.item, p, depth + 1)) as LeafItem[];
        if (depth === 1) {
          const g = leaf({ ...it, type: 'display' }, p);
          if (g) out.push(compact({ ...g, type: 'group' as const, required: it.required, items: inner }) as SurveyItem);
        } else {
          issues.push(mapIssue(p, 'fhir_group_flattened', `Nhóm "${it.linkId}" lồng sâu hơn mức ansinh hỗ trợ (phần > nhóm > câu hỏi); các câu hỏi của nhóm được đưa lên nhóm cha, tiêu đề nhóm thành một dòng hiển thị.`, `Group "${it.linkId}" is nested deeper than ansinh supports (section > group > item); its items were moved up into the parent group and its title became a display line.`));
          if (it.text) {
            const title = leaf({ ...it, type: 'display', enableWhen: it.enableWhen }, p);
            if (title) out.push(title);
          }
          out.push(...inner);
        }
        return;
      }
      const l = leaf(it, p);
      if (l) out.push(l);
      // Help lines and a single choice's "please specify" text belong to the question itself.
      const nested = (it.item ?? []).filter((c) => !helpOf(c) && !isOtherOf(it, c));
      if (nested.length) {
        issues.push(mapIssue([...p, 'item'], 'fhir_nested_under_question', `Các câu hỏi con của "${it.linkId}" được đưa ra ngay sau nó.`, `The child items of "${it.linkId}" were placed right after it.`));
        out.push(...(children(nested, p, Math.max(depth, 2)) as LeafItem[]));
      }
    });
    return out;
  };

  const sections: SurveySection[] = [];
  let loose: QuestionnaireItem[] = [];
  let looseStart = 0;
  const flushLoose = () => {
    if (!loose.length) return;
    const id = `section-${sections.length + 1}`;
    issues.push(mapIssue(['item', looseStart], 'fhir_root_items_wrapped', `Các câu hỏi không nằm trong nhóm được gom vào phần "${id}".`, `Items outside any group were gathered into section "${id}".`));
    sections.push({
      id,
      title: localized(q.title, q._title) ?? { vi: 'Câu hỏi', en: 'Questions' },
      items: children(loose, [], 1, looseStart),
    });
    loose = [];
  };
  (q.item ?? []).forEach((it, i) => {
    if (it.type === 'group') {
      flushLoose();
      const path = ['item', i];
      const extra = new Set(['prefix']);
      issues.push(...unmappedElements(it, new Set([...KNOWN_ITEM, ...extra]), path, 'item').filter((x) => !['enableWhen', 'enableBehavior', 'required', 'repeats'].includes(String(x.path.at(-1)))));
      if (it.enableWhen?.length) {
        issues.push(mapIssue([...path, 'enableWhen'], 'fhir_section_condition', 'Điều kiện hiển thị của cả một phần chưa được ansinh hỗ trợ nên bị bỏ: phần này luôn hiện.', 'Display conditions on a whole section are not supported and were left out: the section always shows.'));
      }
      const code = it.prefix && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(it.prefix) ? it.prefix : undefined;
      if (it.prefix && !code) {
        issues.push(mapIssue([...path, 'prefix'], 'fhir_unmapped_element', `Tiền tố "${it.prefix}" không dùng được làm mã phần.`, `Prefix "${it.prefix}" cannot be used as a section code.`));
      }
      const id = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/.test(it.linkId) ? it.linkId : codeByLinkId.get(it.linkId) ?? `section-${i + 1}`;
      sections.push(
        compact({
          id,
          code,
          title: localized(it.text, it._text) ?? { vi: it.prefix ?? it.linkId },
          description: readLocalizedExt(it.extension?.find((e) => e.url === u.sectionDescription)),
          items: children(it.item, path, 1),
        }),
      );
    } else {
      if (!loose.length) looseStart = i;
      loose.push(it);
    }
  });
  flushLoose();
  if (!sections.length) {
    issues.push(mapIssue(['item'], 'fhir_empty', 'Bộ câu hỏi không có câu hỏi nào.', 'The questionnaire has no items.', 'error'));
  }

  const template = qExt(u.template);
  const tp = template ? readComplex(template) : undefined;
  const id =
    q.identifier?.find((x) => x.system === sys.survey)?.value ?? q.id ?? (q.name ? toItemCode(q.name) : undefined);
  if (!q.version) {
    issues.push(mapIssue(['version'], 'fhir_no_version', 'Bộ câu hỏi không có phiên bản; ghi là "1".', 'The questionnaire has no version; recorded as "1".'));
  }
  let title = localized(q.title, q._title);
  if (!title) {
    title = { vi: q.name ?? id ?? 'Bộ câu hỏi' };
    issues.push(mapIssue(['title'], 'fhir_no_title', 'Bộ câu hỏi không có tiêu đề; dùng tên máy (name) hoặc mã.', 'The questionnaire has no title; its name or id is used.'));
  }
  const out = compact({
    id: id ?? 'questionnaire',
    version: q.version ?? '1',
    title,
    description: localized(q.description, q._description),
    closing: readLocalizedExt(qExt(u.closing)),
    template: tp ? compact({ id: tp.get('id')?.[0], version: tp.get('version')?.[0], source: tp.get('source')?.[0] }) : undefined,
    audience: str(extValue(qExt(u.audience))),
    hospitalCode: str(extValue(qExt(u.hospitalCode))),
    anonymous: bool(extValue(qExt(u.anonymous))),
    scales: scales.length ? scales : undefined,
    sections,
  });
  const parsed = parseSurveyDefinition(out);
  if (!parsed.ok) return { value: undefined, issues: [...issues, ...parsed.issues] };
  return { value: parsed.value, issues: [...issues, ...parsed.warnings] };
}
