import { expect } from '@open-wc/testing';
import {
  FIELD_LABELS,
  fieldLabel,
  AdmissionTypeSchema,
  BENEFICIARY_CATEGORIES,
  CARE_DOMAINS,
  CARE_PLAN_STEPS,
  CODE_LABELS,
  CASE_FORMS,
  CLOSURE_REASONS,
  REVIEW_CADENCES,
  DisabilityLevelSchema,
  DisabilityTypeSchema,
  ExitReasonSchema,
  HivStatusSchema,
  SexSchema,
} from '../../src/contract/index.js';
import { DOMAIN_LABELS, STEP_LABELS } from '../../src/components/care-plan-editor/messages.js';
import { codeLabels } from '../../src/components/resident-card/messages.js';
import { periodLabel as resultsPeriodLabel } from '../../src/components/survey-results/model.js';
import { carePlanToFhir } from '../../src/fhir/index.js';
import { periodLabel } from '../../src/i18n/period.js';
import { sampleCarePlans, sampleDatasets } from '../../src/sample/index.js';

/** Every code of each contract enum, and the label table that must name it. */
const CODES = {
  sex: SexSchema.options,
  category: BENEFICIARY_CATEGORIES,
  disabilityLevel: DisabilityLevelSchema.options,
  disabilityType: DisabilityTypeSchema.options,
  admissionType: AdmissionTypeSchema.options,
  exitReason: ExitReasonSchema.options,
  step: CARE_PLAN_STEPS,
  domain: CARE_DOMAINS,
  hiv: HivStatusSchema.options,
  caseForm: CASE_FORMS,
  closureReason: CLOSURE_REASONS,
  reviewCadence: Object.keys(REVIEW_CADENCES),
} as const;

describe('contract: one label per code (issue 20)', () => {
  it('names every code of every enum in both languages, and no two codes of a concept alike', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const [concept, codes] of Object.entries(CODES)) {
        const table = CODE_LABELS[lang][concept as keyof typeof CODES] as Record<string, string>;
        expect(Object.keys(table).sort(), `${lang} ${concept}`).to.deep.equal([...codes].sort());
        for (const code of codes) expect(table[code], `${lang} ${concept} ${code}`).to.match(/\S/);
        const names = Object.values(table);
        expect(new Set(names).size, `${lang} ${concept}: two codes read alike`).to.equal(names.length);
      }
    }
  });

  it('the card, the care-plan editor, the FHIR mapping and the statistics use the same names', () => {
    expect(codeLabels).to.equal(CODE_LABELS);
    for (const step of CARE_PLAN_STEPS) expect(STEP_LABELS[step]).to.deep.equal([CODE_LABELS.vi.step[step], CODE_LABELS.en.step[step]]);
    for (const domain of CARE_DOMAINS) expect(DOMAIN_LABELS[domain]).to.deep.equal([CODE_LABELS.vi.domain[domain], CODE_LABELS.en.domain[domain]]);
    // The FHIR mapping writes the domain's Vietnamese name as the activity's code text.
    const plan = sampleCarePlans().find((p) => p.activities.length > 0 && p.goals.length > 0)!;
    const { carePlan, goals } = carePlanToFhir(plan);
    const texts = [
      ...(carePlan.activity ?? []).map((a) => [a.detail?.code?.coding?.[0]?.code, a.detail?.code?.text]),
      ...goals.map((g) => [g.category?.[0]?.coding?.[0]?.code, g.category?.[0]?.coding?.[0]?.display]),
    ];
    expect(texts.length).to.be.above(0);
    for (const [code, text] of texts) expect(text, String(code)).to.equal(CODE_LABELS.vi.domain[code as keyof typeof CODE_LABELS.vi.domain]);
    // Statistics: a category named by a contract code (or roi-<exit reason>) reads as the card does.
    let checked = 0;
    for (const ds of sampleDatasets()) {
      for (const d of ds.disaggregations) {
        for (const c of d.categories) {
          const exit = c.id.startsWith('roi-') ? c.id.slice(4) : undefined;
          const vi = exit ? (CODE_LABELS.vi.exitReason as Record<string, string>)[exit] : (CODE_LABELS.vi.category as Record<string, string>)[c.id];
          const en = exit ? (CODE_LABELS.en.exitReason as Record<string, string>)[exit] : (CODE_LABELS.en.category as Record<string, string>)[c.id];
          if (vi === undefined) continue;
          expect(c.name, `${ds.id} ${c.id}`).to.deep.equal({ vi, en });
          checked++;
        }
      }
    }
    expect(checked).to.be.above(10);
  });

  it('periods read one way everywhere: Roman quarters, four-digit years', () => {
    for (const key of ['2026Q1', '2026Q4', '2026M03', '2026']) {
      expect(resultsPeriodLabel(key)).to.deep.equal({ vi: periodLabel(key, 'vi'), en: periodLabel(key, 'en') });
    }
    expect(periodLabel('2026Q3', 'vi')).to.equal('Quý III/2026');
  });

  it('every field of every published JSON Schema has a human name (errors never show a raw key)', async () => {
    const names = ['care-plan', 'fund', 'ledger-disclosure', 'ledger-entry', 'policy-table', 'public-resident', 'resident', 'stat-dataset', 'survey-definition', 'survey-response'];
    const unnamed: string[] = [];
    const walk = (node: unknown, file: string): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n) => walk(n, file));
      const o = node as Record<string, unknown>;
      for (const [key, sub] of Object.entries((o.properties as Record<string, unknown> | undefined) ?? {})) {
        const named = Object.hasOwn(FIELD_LABELS, key) || Object.keys(FIELD_LABELS).some((k) => k.endsWith(`.${key}`));
        if (!named) unnamed.push(`${file}: ${key}`);
        walk(sub, file);
      }
      for (const k of ['items', 'additionalProperties', 'anyOf', 'oneOf', 'allOf', '$defs', 'definitions']) {
        const v = o[k];
        if (k === '$defs' || k === 'definitions') Object.values((v as Record<string, unknown>) ?? {}).forEach((d) => walk(d, file));
        else walk(v, file);
      }
    };
    for (const name of names) walk(await (await fetch(`/docs/contract/${name}.schema.json`)).json(), name);
    expect(unnamed).to.deep.equal([]);
    // Contextual names where a word means different things.
    expect(fieldLabel('ledgerDisclosure', ['dueDate']).vi).to.equal('Hạn công khai');
    expect(fieldLabel('carePlan', ['goals', 0, 'dueDate']).vi).to.equal('Mục tiêu số 1 › Hạn hoàn thành');
    expect(fieldLabel('carePlan', ['caseFile', 'closure', 'reason']).vi).to.equal('Lý do kết thúc');
    expect(fieldLabel('ledgerDisclosure', ['publication', 'channels']).vi).to.equal('Kênh công khai');
  });
});
