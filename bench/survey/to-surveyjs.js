// Converts an ansinh SurveyDefinition to SurveyJS JSON, so both libraries render the same form
// in the benchmarks: one page, a panel per section, the same items, options, conditions and
// required flags. Vietnamese texts (the page language).
const text = (t) => (t ? t.vi : undefined);

function condition(c) {
  const name = `{${c.item}}`;
  const value = typeof c.answer === 'string' ? `'${c.answer.replace(/'/g, "\\'")}'` : String(c.answer);
  if (c.operator === 'exists') return c.answer ? `${name} notempty` : `${name} empty`;
  const op = { '=': '=', '!=': '!=', '>': '>', '<': '<', '>=': '>=', '<=': '<=' }[c.operator];
  return `${name} ${op} ${value}`;
}

function visibleIf(item) {
  if (!item.enableWhen || item.enableWhen.length === 0) return undefined;
  return item.enableWhen.map(condition).join(item.enableBehavior === 'any' ? ' or ' : ' and ');
}

function scaleChoices(def, item) {
  const named = item.scale && def.scales ? def.scales.find((s) => s.id === item.scale) : undefined;
  const options = named ? named.options : [
    { value: 1, label: { vi: 'Rất không hài lòng hoặc: Rất kém' } },
    { value: 2, label: { vi: 'Không hài lòng hoặc: Kém' } },
    { value: 3, label: { vi: 'Bình thường hoặc: Trung bình' } },
    { value: 4, label: { vi: 'Hài lòng hoặc: Tốt' } },
    { value: 5, label: { vi: 'Rất hài lòng hoặc: Rất tốt' } },
    { value: 0, score: null, label: { vi: 'Không sử dụng, không ý kiến' } },
  ];
  return options
    .filter((o) => item.notApplicable !== false || (o.score !== null && o.score !== undefined))
    .map((o) => ({ value: o.value, text: text(o.label) }));
}

function element(def, item) {
  const base = {
    name: item.code,
    title: `${item.code}. ${text(item.text)}`,
    description: text(item.help),
    isRequired: item.required || undefined,
    visibleIf: visibleIf(item),
  };
  switch (item.type) {
    case 'scale5':
      return { ...base, type: 'radiogroup', colCount: 3, choices: scaleChoices(def, item) };
    case 'single':
      return { ...base, type: 'radiogroup', showOtherItem: item.allowOther || undefined, choices: item.options.map((o) => ({ value: o.value, text: text(o.label) })) };
    case 'multiple':
      return { ...base, type: 'checkbox', showOtherItem: item.allowOther || undefined, choices: item.options.map((o) => ({ value: o.value, text: text(o.label) })) };
    case 'number':
      return { ...base, type: 'text', inputType: 'number', min: item.min, max: item.max };
    case 'text':
      return { ...base, type: 'text', inputType: item.inputMode === 'tel' ? 'tel' : 'text', maxLength: item.maxLength };
    case 'longtext':
      return { ...base, type: 'comment', maxLength: item.maxLength };
    case 'date':
      return { ...base, type: 'text', inputType: 'date' };
    case 'display':
      return { type: 'expression', name: item.code, title: text(item.text) };
    case 'group':
      return { type: 'panel', name: item.code, title: text(item.text), visibleIf: visibleIf(item), elements: item.items.map((i) => element(def, i)) };
    default:
      return undefined;
  }
}

export function toSurveyJs(def) {
  return {
    title: text(def.title),
    description: text(def.description),
    locale: 'vi',
    questionsOnPageMode: 'standard',
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'p1',
        elements: def.sections.map((s) => ({
          type: 'panel',
          name: `section-${s.id}`,
          title: `${s.code ? `${s.code}. ` : ''}${text(s.title)}`,
          elements: s.items.map((i) => element(def, i)).filter(Boolean),
        })),
      },
    ],
  };
}
