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
import { FhirSource } from '../../src/data/fhir-source.js';
import { RestSource } from '../../src/data/rest-source.js';
import { allShadowText } from '../helpers/dom.js';
import { mountInProvider, stateOf } from '../helpers/provider.js';
import { SEEDED, surveyResponse } from '../data/contract-data.js';
import { disposeServers, startServer, until } from '../data/servers.js';

// Every element that reads through the provider, from each kind of DataSource a page can give it:
// MemorySource and IndexedDbSource (the page's own data, seeded with the same sample data),
// RestSource against the REST contract server (openapi-backend on docs/contract/rest.yaml) and
// FhirSource against Medplum's FHIR router seeded with the sample data mapped to FHIR. A FHIR
// server keeps no ledger and no statistics: those elements say so (the states of every element:
// test/provider/states.test.ts).

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

interface Setup {
  source: DataSource & { close?: () => Promise<void> };
  ids: { resident: string; surname: string; plan: string; dataset: string };
  /** How many responses the results count, and ledger rows shown; undefined: the source keeps none. */
  responses: number;
  ledgerRows?: number;
}

const fhirResponses = sampleSurveyResponses()
  .slice(0, 60)
  .filter((r) => r.definitionId === 'moh-inpatient').length;

const sources: [string, () => Promise<Setup>][] = [
  ['MemorySource', async () => ({ source: new MemorySource(seed()), ids: { resident: resident.id, surname: resident.fullName.split(' ').at(-1)!, plan: plan.id, dataset: dataset.id }, responses: 12, ledgerRows: 30 })],
  [
    'IndexedDbSource',
    async () => ({
      source: new IndexedDbSource({ dbName: `ansinh-sources-${crypto.randomUUID()}`, seed: seed() }),
      ids: { resident: resident.id, surname: resident.fullName.split(' ').at(-1)!, plan: plan.id, dataset: dataset.id },
      responses: 12,
      ledgerRows: 30,
    }),
  ],
  [
    'RestSource (the REST contract server)',
    async () => {
      const server = await startServer({ behaviour: 'ok' });
      // The contract server starts with no responses: two are sent first, as a survey would.
      const source = new RestSource(server.url);
      await source.submitSurveyResponse(surveyResponse(1));
      await source.submitSurveyResponse(surveyResponse(2));
      const r = SEEDED.residents[0]!;
      return { source, ids: { resident: r.id, surname: r.fullName.split(' ').at(-1)!, plan: SEEDED.carePlan.id, dataset: SEEDED.dataset }, responses: 2, ledgerRows: SEEDED.ledger.length };
    },
  ],
  [
    "FhirSource (Medplum's FHIR router)",
    async () => {
      const server = await startServer({ behaviour: 'fhir', seed: 'sample' });
      return { source: new FhirSource(server.url), ids: { resident: resident.id, surname: resident.fullName.split(' ').at(-1)!, plan: plan.id, dataset: dataset.id }, responses: fhirResponses };
    },
  ],
];

for (const [name, make] of sources) {
  describe(`every element from ${name}`, () => {
    let setup: Setup;
    before(async () => {
      setup = await make();
    });
    after(async () => {
      await setup.source.close?.();
      await disposeServers();
    });

    it('resident card, care-plan editor, survey, survey results', async () => {
      const { source, ids } = setup;
      const card = await mountInProvider<AnsinhResidentCard>(html`<ansinh-resident-card resident-id=${ids.resident}></ansinh-resident-card>`, { source });
      const editor = await mountInProvider<AnsinhCarePlanEditor>(html`<ansinh-care-plan-editor plan-id=${ids.plan} today="2026-11-22"></ansinh-care-plan-editor>`, { source });
      const survey = await mountInProvider<AnsinhSurvey>(html`<ansinh-survey survey-id="moh-inpatient" no-draft></ansinh-survey>`, { source });
      const results = await mountInProvider<AnsinhSurveyResults>(html`<ansinh-survey-results survey-id="moh-inpatient"></ansinh-survey-results>`, { source });
      await until(
        () =>
          allShadowText(card).includes(ids.surname) &&
          editor.plan?.id === ids.plan &&
          survey.definition?.id === 'moh-inpatient' &&
          results.indices?.counted === setup.responses,
        8000,
        'all four loaded',
      );
      for (const el of [card, editor, survey, results]) expect(stateOf(el)?.kind ?? 'none', el.localName).not.to.equal('error');
    });

    it('statistics chart and figure, and the donation ledger', async () => {
      const { source, ids } = setup;
      const chart = await mountInProvider<AnsinhStatChart>(html`<ansinh-stat-chart dataset-id=${ids.dataset} type="bar"></ansinh-stat-chart>`, { source });
      const figure = await mountInProvider<AnsinhStatFigure>(html`<ansinh-stat-figure dataset-id=${ids.dataset}></ansinh-stat-figure>`, { source });
      const ledger = await mountInProvider<AnsinhDonationLedger>(html`<ansinh-donation-ledger today="2026-11-22"></ansinh-donation-ledger>`, { source });
      if (setup.ledgerRows === undefined) {
        // A FHIR server: a clear error, never an empty chart or an empty ledger; no retry (it cannot help).
        for (const el of [chart, figure, ledger]) {
          await until(() => stateOf(el)?.kind === 'error', 5000, `${el.localName}: error state`);
          expect(stateOf(el)!.text, el.localName).to.contain('Máy chủ FHIR không lưu loại dữ liệu này');
          expect(stateOf(el)!.retry, `${el.localName}: no retry`).to.equal(false);
        }
        return;
      }
      await until(() => chart.data?.id === ids.dataset && figure.shadowRoot!.querySelector('[part="value"]') && ledger.chain?.ok, 8000, 'all three loaded');
      expect(ledger.visibleRows.length).to.equal(setup.ledgerRows);
    });
  });
}
