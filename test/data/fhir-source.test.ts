import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import '../../src/define/resident-card.js';
import '../../src/define/care-plan-editor.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import type { AnsinhResidentCard } from '../../src/components/resident-card/resident-card.js';
import { parsePartialResident, parseResident, type CarePlan, type PartialResident, type Resident, type SurveyDefinition, type SurveyResponse } from '../../src/contract/index.js';
import { DataSourceError } from '../../src/data/errors.js';
import { FhirSource } from '../../src/data/fhir-source.js';
import { combineSources } from '../../src/data/combine.js';
import { RestSource } from '../../src/data/rest-source.js';
import { versionOf } from '../../src/data/source.js';
import { sampleCarePlans, sampleResidents } from '../../src/sample/index.js';
import { allShadowText } from '../helpers/dom.js';
import { mountInProvider } from '../helpers/provider.js';
import { SEEDED, surveyResponse } from './contract-data.js';
import { disposeServers, received, rejection, startServer, until, type DataServer } from './servers.js';

// FhirSource speaks the ansinh contract to the elements and FHIR to the server: here Medplum's FHIR
// router seeded with the demo's sample data mapped by ansinh/fhir (scripts/servers/fhir-seed.js),
// which validates every resource written.
const fast = { baseDelayMs: 10, maxDelayMs: 50 };
const resident = sampleResidents()[0]!;
const plan = sampleCarePlans().find((p) => p.goals.length >= 2)!;

describe('FhirSource: the ansinh contract over a FHIR server (Medplum)', () => {
  let server: DataServer;
  let source: FhirSource;
  before(async () => {
    server = await startServer({ behaviour: 'fhir', seed: 'sample' });
    source = new FhirSource(server.url, { retry: fast });
  });
  after(disposeServers);

  it('reads a Patient as a resident, with its version', async () => {
    const r = (await source.getResident(resident.id)) as Resident;
    expect(r.fullName).to.equal(resident.fullName);
    expect(r.beneficiaryCategory.code).to.equal(resident.beneficiaryCategory.code);
    expect(versionOf(r)).to.be.a('string');
    expect(await source.getResident('khong-co')).to.equal(undefined);
  });

  it('reads a CarePlan with its Goals as one plan', async () => {
    const p = (await source.getCarePlan(plan.id)) as CarePlan;
    expect(p.id).to.equal(plan.id);
    expect(p.residentId).to.equal(plan.residentId);
    expect(p.goals.map((g) => g.description)).to.deep.equal(plan.goals.map((g) => g.description));
    const paths = (await received(server)).requests.map((r) => r.path);
    expect(paths).to.include(`/CarePlan/${plan.id}`);
    expect(paths.filter((r) => r.startsWith('/Goal/'))).to.have.length(plan.goals.length);
  });

  it('saves a plan and its Goals in one transaction with If-Match; a stale version changes nothing (412)', async () => {
    const read = (await source.getCarePlan(plan.id)) as CarePlan;
    const version = versionOf(read)!;
    const edited = { ...read, title: 'Kế hoạch đã sửa qua FHIR', goals: read.goals.map((g, i) => (i === 0 ? { ...g, description: 'Mục tiêu đã sửa' } : g)) };
    const saved = await source.saveCarePlan(edited, { version });
    expect(versionOf(saved)).to.be.a('string').and.not.equal(version);
    const again = (await source.getCarePlan(plan.id)) as CarePlan;
    expect(again.title).to.equal('Kế hoạch đã sửa qua FHIR');
    expect(again.goals[0]!.description).to.equal('Mục tiêu đã sửa');
    const stale = (await rejection(source.saveCarePlan({ ...read, title: 'Bản cũ', goals: read.goals.map((g) => ({ ...g, description: 'không được lưu' })) }, { version }))) as DataSourceError;
    expect(stale.code).to.equal('precondition_failed');
    const after = (await source.getCarePlan(plan.id)) as CarePlan;
    expect(after.title).to.equal('Kế hoạch đã sửa qua FHIR');
    expect(after.goals[0]!.description, 'the transaction is all or nothing').to.equal('Mục tiêu đã sửa');
    const tx = (await received(server)).requests.filter((r) => r.method === 'POST' && r.path === '/');
    expect(tx).to.have.length(2);
  });

  it('reads a Questionnaire as a survey definition and sends a response once, as a QuestionnaireResponse', async () => {
    const def = (await source.getSurveyDefinition('moh-inpatient')) as SurveyDefinition;
    expect(def.id).to.equal('moh-inpatient');
    const before = (await source.listSurveyResponses('moh-inpatient')).length;
    expect(before).to.be.greaterThan(0);
    const answer = surveyResponse(41);
    await source.submitSurveyResponse(answer);
    await source.submitSurveyResponse(answer); // a retry after a lost answer
    const list = (await source.listSurveyResponses('moh-inpatient')) as SurveyResponse[];
    expect(list.length).to.equal(before + 1);
    expect(list.find((r) => r.id === answer.id)?.answers['G1']).to.equal(41);
    const created = (await received(server)).stored.filter((s) => s.collection === 'QuestionnaireResponse');
    expect(created).to.have.length(1);
  });

  it("a hospital's own Patient (no ansinh extensions) is a partial resident, warned; a broken ansinh extension is an error naming it", async () => {
    const bare = await startServer({ behaviour: 'fhir' });
    const hospital = new FhirSource(bare.url, { retry: fast });
    const partial = (await hospital.getResident('p1')) as PartialResident;
    expect(partial).to.deep.include({ id: 'p1', fullName: 'Nguyễn Văn An', sex: 'male', birthDate: '1948-03-02' });
    expect(partial.beneficiaryCategory).to.equal(undefined);
    expect(partial.admission).to.equal(undefined);
    expect(parseResident(partial).ok, 'not a whole resident').to.equal(false);
    const check = parsePartialResident(partial);
    expect(check.ok && check.warnings.map((w) => w.code)).to.include.members(['category_missing', 'admission_missing']);
    const error = (await rejection(hospital.getResident('p2'))) as DataSourceError;
    expect(error.code).to.equal('invalid_response');
    expect(error.detail).to.contain('Patient/p2 does not map to the ansinh contract');
    expect(error.detail).to.contain('beneficiaryCategory');
  });

  it("<ansinh-resident-card> shows a hospital's own Patient with what it has and says what is missing", async () => {
    const bare = await startServer({ behaviour: 'fhir' });
    for (const lang of ['vi', 'en'] as const) {
      const card = await mountInProvider<AnsinhResidentCard>(html`<ansinh-resident-card resident-id="p1"></ansinh-resident-card>`, { fhirEndpoint: bare.url, lang });
      await until(() => card.shadowRoot!.querySelector('[part="name"]'), 8000, 'card shown');
      const text = allShadowText(card).replace(/\s+/g, ' ');
      expect(card.shadowRoot!.querySelector('[part="name"]')!.textContent).to.contain('Nguyễn Văn An');
      expect(text).to.contain(lang === 'vi' ? '02/03/1948' : '1948');
      if (lang === 'vi') {
        expect(text).to.contain('chưa ghi diện đối tượng bảo trợ xã hội');
        expect(text).to.contain('chưa có quyết định tiếp nhận');
        expect(text).to.contain('Chưa ghi');
      } else {
        expect(text).to.contain('no beneficiary category');
        expect(text).to.contain('Not recorded');
      }
      expect(text, 'no allowance without a category').not.to.match(/Trợ cấp hằng tháng|Monthly allowance/);
      expect(!!card.shadowRoot!.querySelector('ansinh-state[kind="error"]'), 'not an error').to.equal(false);
      // The hospital's own number is an identity document: masked until revealed.
      expect(text).not.to.contain('BN-2026-00417');
    }
  });

  it('<ansinh-provider fhir-endpoint>: the resident card and the care-plan editor load from the FHIR server', async () => {
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider fhir-endpoint=${server.url}>
      <ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>
      <ansinh-care-plan-editor plan-id=${plan.id} today="2026-11-22"></ansinh-care-plan-editor>
    </ansinh-provider>`);
    const card = provider.querySelector<AnsinhResidentCard>('ansinh-resident-card')!;
    const editor = provider.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
    await until(() => editor.plan?.id === plan.id && allShadowText(card).includes(resident.fullName.split(' ').at(-1)!), 8000, 'card and plan loaded');
    expect(provider.source).to.equal(undefined);
    expect(editor.plan!.residentId).to.equal(plan.residentId);
    expect(card.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('combineSources: residents from the FHIR server, statistics and the ledger from the REST API', async () => {
    const rest = await startServer({ behaviour: 'ok' });
    const combined = combineSources({ residents: source, carePlans: source, surveys: source, rest: new RestSource(rest.url, { retry: fast }) });
    expect(combined.kind).to.equal('combined(fhir, rest)');
    expect(((await combined.getResident!(resident.id)) as Resident).fullName).to.equal(resident.fullName);
    expect(await combined.getDataset!(SEEDED.dataset)).to.deep.include({ id: SEEDED.dataset });
    expect((await combined.listLedgerEntries!()).length).to.equal(SEEDED.ledger.length);
    expect(combineSources({ residents: source }).getDataset, 'a kind nobody serves is not supported').to.equal(undefined);
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${combined}>
      <ansinh-resident-card resident-id=${resident.id}></ansinh-resident-card>
    </ansinh-provider>`);
    const card = provider.querySelector<AnsinhResidentCard>('ansinh-resident-card')!;
    await until(() => allShadowText(card).includes(resident.fullName.split(' ').at(-1)!), 8000, 'card loaded');
  });
});
