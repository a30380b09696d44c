/**
 * The demo's data: the deterministic sample data (src/sample) seeded once into IndexedDB, so
 * edits, submissions and new ledger entries survive a reload, and "reset demo data" brings the
 * sample back. This is the embedded default a portal would replace with a RestSource.
 */
import { FhirSource, IndexedDbSource, combineSources } from '../src/data/index.js';
import { sampleData, sampleFunds } from '../src/sample/index.js';
import type { CarePlan, LedgerEntry, Resident, StatDataset, SurveyResponse } from '../src/contract/index.js';

/** The browser's copy of the sample data ("reset demo data" brings it back). */
export const local = new IndexedDbSource({ dbName: 'ansinh-demo', seed: sampleData() });

/**
 * `npm run start:fhir` sets VITE_ANSINH_FHIR_ENDPOINT: residents, care plans and surveys then come
 * from that FHIR server (Medplum's router, seeded with the same sample data), the ledger and
 * statistics, which have no FHIR home, from the browser's copy.
 */
const fhirEndpoint = (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.['VITE_ANSINH_FHIR_ENDPOINT'];
export const fhir = fhirEndpoint ? new FhirSource(fhirEndpoint) : undefined;
export const source = fhir ? combineSources({ residents: fhir, carePlans: fhir, surveys: fhir, rest: local }) : local;
export const funds = sampleFunds();

export const DATASET_IDS = {
  residentsByCategory: 'doi-tuong-theo-dien-2021-2025',
  admissionsExits: 'tiep-nhan-roi-trung-tam-2021-2025',
  centreStaff: 'nhan-su-trung-tam-ctxh',
  bacNinhStaff: 'nhan-luc-ctxh-y-te-bac-ninh',
  bacNinhUnits: 'don-vi-ctxh-y-te-bac-ninh',
  hue2024: 'ttbtxh-hue-2024',
  bacGiang: 'nhom-yeu-the-bac-giang',
  satisfactionRate: 'hai-long-nguoi-benh-2025',
  satisfactionScore: 'diem-hai-long-2025',
} as const;

export async function residents(): Promise<Resident[]> {
  return (await source.listResidents!()) as Resident[];
}
export async function resident(id: string): Promise<Resident | undefined> {
  return (await source.getResident!(id)) as Resident | undefined;
}
/** Sample care plans are keyed `kh-<resident id>`. */
export async function carePlanFor(residentId: string): Promise<CarePlan | undefined> {
  return (await source.getCarePlan!(`kh-${residentId}`)) as CarePlan | undefined;
}
export async function dataset(id: string): Promise<StatDataset | undefined> {
  return (await source.getDataset!(id)) as StatDataset | undefined;
}
export async function ledger(): Promise<LedgerEntry[]> {
  return (await source.listLedgerEntries!()) as LedgerEntry[];
}
export async function surveyResponses(definitionId?: string): Promise<SurveyResponse[]> {
  return (await source.listSurveyResponses!(definitionId)) as SurveyResponse[];
}
