/** SurveyDefinition -> FHIR R4 Questionnaire (see questionnaire.ts for the mapping). */
import { surveyItems, type EnableWhen, type ScaleOption, type SurveyDefinition, type SurveyItem, type SurveySection } from '../contract/survey.js';
import {
  HL7,
  compact,
  complexExt,
  fhirId,
  localizedExt,
  systemsFor,
  translationOf,
  valueExt,
  type FhirOptions,
} from './shared.js';
import type {
  Extension,
  Questionnaire,
  QuestionnaireAnswerOption,
  QuestionnaireEnableWhen,
  QuestionnaireInitial,
  QuestionnaireItem,
} from './types.js';
import { isCanonicalNumber, isChoice, itemOptions, otherLinkId, questionnaireUrl, questionnaireUrls } from './questionnaire-shared.js';

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

export function surveyToQuestionnaire(def: SurveyDefinition, options: FhirOptions = {}): Questionnaire {
  const sys = systemsFor(options);
  const u = questionnaireUrls(sys.base);
  const byCode = new Map(surveyItems(def).map((i) => [i.code, i]));

  const option = (o: ScaleOption, selected: boolean): QuestionnaireAnswerOption => {
    const extension: Extension[] = [];
    if (typeof o.score === 'number') extension.push(valueExt(HL7.ordinalValue, 'Decimal', o.score));
    if (typeof o.value === 'string' && isCanonicalNumber(o.value)) extension.push(valueExt(u.optionString, 'Boolean', true));
    if (o.score === null) extension.push(valueExt(u.optionUnscored, 'Boolean', true));
    return compact<QuestionnaireAnswerOption>({
      extension: extension.length ? extension : undefined,
      valueCoding: compact({ system: sys.surveyOption, code: String(o.value), display: o.label.vi, _display: translationOf(o.label) }),
      initialSelected: selected || undefined,
    });
  };

  const enableWhen = (conds: EnableWhen[] | undefined): QuestionnaireEnableWhen[] | undefined =>
    conds?.map((c) => {
      const target = byCode.get(c.item);
      const w: QuestionnaireEnableWhen = { question: c.item, operator: c.operator };
      const a = c.answer;
      if (c.operator === 'exists' || typeof a === 'boolean') w.answerBoolean = Boolean(a);
      else if (isChoice(target) && (c.operator === '=' || c.operator === '!=')) {
        w.answerCoding = { system: sys.surveyOption, code: String(a) };
      } else if (typeof a === 'number') {
        if (Number.isInteger(a) && !(target?.type === 'number' && !target.integer)) w.answerInteger = a;
        else w.answerDecimal = a;
      } else if (target?.type === 'date') w.answerDate = a;
      else w.answerString = a;
      return w;
    });

  const item = (it: SurveyItem): QuestionnaireItem => {
    const extension: Extension[] = [valueExt(u.itemType, 'Code', it.type)];
    if (it.externalField) extension.push(valueExt(u.externalField, 'String', it.externalField));
    const q: QuestionnaireItem = {
      linkId: it.code,
      text: it.text.vi,
      type: 'display',
    };
    const tr = translationOf(it.text);
    if (tr) q._text = tr;
    const initialValues = new Set<string>(
      it.initial === undefined ? [] : (Array.isArray(it.initial) ? it.initial : [it.initial]).map(String),
    );
    let initial: QuestionnaireInitial[] | undefined;
    switch (it.type) {
      case 'scale5':
        q.type = 'choice';
        if (it.scale !== undefined) extension.push(valueExt(u.scale, 'String', it.scale));
        if (it.notApplicable !== undefined) extension.push(valueExt(u.notApplicable, 'Boolean', it.notApplicable));
        if (it.askReasonBelow !== undefined) extension.push(valueExt(u.askReasonBelow, 'Decimal', it.askReasonBelow));
        q.answerOption = itemOptions(def, it).map((o) => option(o, initialValues.has(String(o.value))));
        break;
      case 'single':
      case 'multiple':
        q.type = it.allowOther ? 'open-choice' : 'choice';
        if (it.type === 'multiple') {
          q.repeats = true;
          if (it.maxSelected !== undefined) extension.push(valueExt(HL7.maxOccurs, 'Integer', it.maxSelected));
        }
        q.answerOption = it.options.map((o) => option(o, initialValues.has(String(o.value))));
        // A single choice's "please specify" text, written under the chosen option's answer.
        if (it.type === 'single' && it.allowOther) {
          q.item = [{ linkId: otherLinkId(it.code), type: 'string', text: 'Khác (ghi rõ)', _text: translationOf({ vi: 'Khác (ghi rõ)', en: 'Other (please specify)' }) }];
        }
        break;
      case 'number': {
        q.type = it.integer ? 'integer' : 'decimal';
        const t = it.integer ? 'Integer' : 'Decimal';
        if (it.min !== undefined) extension.push(valueExt(HL7.minValue, Number.isInteger(it.min) ? t : 'Decimal', it.min));
        if (it.max !== undefined) extension.push(valueExt(HL7.maxValue, Number.isInteger(it.max) ? t : 'Decimal', it.max));
        if (it.unit) extension.push({ url: HL7.unit, valueCoding: compact({ display: it.unit.vi, _display: translationOf(it.unit) }) });
        if (typeof it.initial === 'number') initial = [it.integer && Number.isInteger(it.initial) ? { valueInteger: it.initial } : { valueDecimal: it.initial }];
        break;
      }
      case 'text':
      case 'longtext':
        q.type = it.type === 'text' ? 'string' : 'text';
        if (it.maxLength !== undefined) q.maxLength = it.maxLength;
        if (it.type === 'text' && it.inputMode) extension.push(valueExt(u.inputMode, 'Code', it.inputMode));
        if (typeof it.initial === 'string') initial = [{ valueString: it.initial }];
        break;
      case 'date':
        q.type = 'date';
        if (typeof it.initial === 'string') initial = [{ valueDate: it.initial }];
        break;
      case 'display':
        q.type = 'display';
        break;
      case 'group':
        q.type = 'group';
        q.item = it.items.map(item);
        break;
    }
    if (it.required !== undefined && it.type !== 'display') q.required = it.required;
    const ew = enableWhen(it.enableWhen);
    if (ew?.length) q.enableWhen = ew;
    if (it.enableBehavior && ew && ew.length > 1) q.enableBehavior = it.enableBehavior;
    else if (it.enableBehavior) extension.push(valueExt(`${u.itemType}-enable-behavior`, 'Code', it.enableBehavior));
    if (initial) q.initial = initial;
    if (it.help) {
      const help: QuestionnaireItem = compact<QuestionnaireItem>({
        linkId: `${it.code}.help`,
        text: it.help.vi,
        _text: translationOf(it.help),
        type: 'display',
        extension: [{ url: HL7.itemControl, valueCodeableConcept: { coding: [{ system: HL7.itemControlSystem, code: 'help' }] } }],
      });
      // Display items cannot have children (que-1 / que-6 style rules): put the help beside it.
      if (it.type === 'display') extension.push(localizedExt(`${u.itemType}-help`, it.help)!);
      else q.item = [help, ...(q.item ?? [])];
    }
    q.extension = extension;
    return q;
  };

  const section = (s: SurveySection): QuestionnaireItem => {
    const extension: Extension[] = [];
    const d = localizedExt(u.sectionDescription, s.description);
    if (d) extension.push(d);
    return compact<QuestionnaireItem>({
      extension: extension.length ? extension : undefined,
      linkId: s.id,
      prefix: s.code,
      text: s.title.vi,
      _text: translationOf(s.title),
      type: 'group',
      item: s.items.length ? s.items.map(item) : undefined,
    });
  };

  const extension: Extension[] = [];
  const closing = localizedExt(u.closing, def.closing);
  if (closing) extension.push(closing);
  if (def.template) {
    extension.push(
      complexExt(u.template, [
        ['id', 'String', def.template.id],
        ['version', 'String', def.template.version],
        ['source', 'String', def.template.source],
      ]),
    );
  }
  if (def.audience) extension.push(valueExt(u.audience, 'Code', def.audience));
  if (def.hospitalCode) extension.push(valueExt(u.hospitalCode, 'String', def.hospitalCode));
  if (def.anonymous !== undefined) extension.push(valueExt(u.anonymous, 'Boolean', def.anonymous));
  for (const s of def.scales ?? []) {
    extension.push({
      url: u.scaleDef,
      extension: [
        { url: 'id', valueString: s.id },
        ...s.options.map((o) => ({
          url: 'option',
          extension: [
            typeof o.value === 'number' ? { url: 'value', valueDecimal: o.value } : { url: 'value', valueString: o.value },
            ...(typeof o.score === 'number' ? [{ url: 'score', valueDecimal: o.score }] : []),
            ...(o.score === null ? [{ url: 'unscored', valueBoolean: true }] : []),
            { url: 'vi', valueString: o.label.vi },
            ...(o.label.en !== undefined ? [{ url: 'en', valueString: o.label.en }] : []),
          ],
        })),
      ],
    });
  }

  return compact<Questionnaire>({
    resourceType: 'Questionnaire',
    id: fhirId(def.id),
    extension: extension.length ? extension : undefined,
    url: questionnaireUrl(def, options),
    identifier: [{ system: sys.survey, value: def.id }],
    version: def.version,
    title: def.title.vi,
    _title: translationOf(def.title),
    status: 'active',
    language: 'vi',
    description: def.description?.vi,
    _description: def.description ? translationOf(def.description) : undefined,
    item: def.sections.map(section),
  });
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------
