import { expect, html } from '@open-wc/testing';
import '../../src/define/resident-card.js';
import '../../src/define/care-plan-editor.js';
import '../../src/define/survey.js';
import '../../src/define/survey-results.js';
import '../../src/define/stat-chart.js';
import '../../src/define/stat-figure.js';
import '../../src/define/donation-ledger.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import type { AnsinhSurveyResults } from '../../src/components/survey-results/survey-results.js';
import type { AnsinhStatChart } from '../../src/components/stat-chart/stat-chart.js';
import type { AnsinhStatFigure } from '../../src/components/stat-figure/stat-figure.js';
import type { AnsinhDonationLedger } from '../../src/components/donation-ledger/donation-ledger.js';
import { surveyTemplate } from '../../src/contract/survey-templates/index.js';
import type { DataSource } from '../../src/data/source.js';
import { IndexedDbSource } from '../../src/data/indexeddb-source.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { sampleCarePlans, sampleDatasets, sampleLedger, sampleResidents, sampleSurveyResponses } from '../../src/sample/index.js';
import { allShadowText } from '../helpers/dom.js';
import { mountInProvider } from '../helpers/provider.js';
import { until } from '../data/servers.js';

// Every element that reads through the provider, from the two sources a page keeps itself:
// MemorySource and IndexedDbSource (the browser's database), seeded with the same sample data.
// (RestSource and FhirSource: test/provider/back-ends.test.ts, test/data/fhir-source.test.ts and
// each element's provider tests.)

const resident = sampleResidents()[0]!;
const plan = sampleCarePlans().find((p) => p.goals.length > 0)!;
const dataset = sampleDatasets().find((d) => d.id === 'ttbtxh-hue-2024')!;
const seed = () => ({
  residents: sampleResidents().slice(0, 3),
  carePlans: [plan],
  surveys: [surveyTemplate('moh-inpatient')],
  surveyResponses: sampleSurveyResponses().filter((r) => r.definitionId === 'moh-inpatient').slice(0, 12),
  ledgerEntries: sampleLedger().slice(0, 30),
  datasets: [dataset],
});

const sources: [string, () => DataSource & { close?: () => Promise<void> }][] = [
  ['MemorySource', () => new MemorySource(seed())],
  ['IndexedDbSource', () => new IndexedDbSource({ dbName: `ansinh-sources-${crypto.randomUUID()}`, seed: seed() })],
];

for (const [name, make] of sources) {
  describe(`every element from ${name}`, () => {
    let source: ReturnType<typeof make>;
    before(() => {
      source = make();
    });
    after(async () => {
      await source.close?.();
    });

    it('resident card, care-plan editor, survey, survey results', async () => {
      const card = await mountInProvider<AnsinhResidentCard>(html`<ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>`, { source });
      const editor = await mountInProvider<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor plan-id=${plan.id} today="2026-11-22"></ansinh-care-plan-editor>`, { source });
      const survey = await mountInProvider<AnsinhSurvey>(html`<ansinh-survey survey-id="moh-inpatient" no-draft></ansinh-survey>`, { source });
      const results = await mountInProvider<AnsinhSurveyResults>(html`<ansinh-survey-results survey-id="moh-inpatient"></ansinh-survey-results>`, { source });
      await until(
        () =>
          allShadowText(card).includes(resident.fullName.split(' ').at(-1)!) &&
          editor.plan?.id === plan.id &&
          survey.definition?.id === 'moh-inpatient' &&
          results.indices?.counted === 12,
        8000,
        'all four loaded',
      );
    });

    it('statistics chart and figure, and the donation ledger', async () => {
      const chart = await mountInProvider<AnsinhStatChart>(html`<ansinh-stat-chart dataset-id=${dataset.id} type="bar"></ansinh-stat-chart>`, { source });
      const figure = await mountInProvider<AnsinhStatFigure>(html`<ansinh-stat-figure dataset-id=${dataset.id} category="doi-tuong-quan-ly"></ansinh-stat-figure>`, { source });
      const ledger = await mountInProvider<AnsinhDonationLedger>(html`<ansinh-donation-ledger today="2026-11-22"></ansinh-donation-ledger>`, { source });
      await until(() => chart.data?.id === dataset.id && figure.shadowRoot!.querySelector('[part="value"]') && ledger.chain?.ok, 8000, 'all three loaded');
      expect(ledger.visibleRows.length).to.equal(30);
    });
  });
}
