import { ledgerEntryHash, type LedgerEntry, type SurveyResponse } from '../../src/contract/index.js';
import { sampleCarePlans, sampleLedger, sampleResidents, sampleSurveyResponses } from '../../src/sample/index.js';

// Contract data for the tests that talk to the REST contract server (scripts/servers/rest.js). It
// is seeded with docs/contract/examples, which scripts/contract/examples.mjs takes from the same
// sample data: the first two residents, the first care plan, the MoH inpatient form, the first
// three ledger entries.

export const SEEDED = {
  residents: sampleResidents().slice(0, 2),
  carePlan: sampleCarePlans()[0]!,
  ledger: sampleLedger().slice(0, 3),
  survey: 'moh-inpatient',
  dataset: 'tiep-nhan-roi-trung-tam-2021-2025',
};

const baseResponse = sampleSurveyResponses().find((r) => r.definitionId === 'moh-inpatient')!;

/** A valid MoH inpatient response, told apart by `n`. */
export function surveyResponse(n: number): SurveyResponse {
  return { ...baseResponse, id: `phieu-test-${n}`, answers: { ...baseResponse.answers, G1: n } };
}

/** A valid donation that extends the chain after `prev` (the server refuses anything else with 409). */
export function nextLedgerEntry(prev: LedgerEntry, n: number): LedgerEntry {
  return {
    id: `so-test-${n}`,
    kind: 'donation',
    receiptNumber: `PT-TEST-${String(n).padStart(4, '0')}`,
    date: '2025-01-03',
    recordedAt: '2025-01-03T09:00:00+07:00',
    recordedBy: 'Lý Thị Ngọc',
    receivingUnit: prev.receivingUnit,
    fundId: prev.fundId,
    donor: { type: 'person', name: 'Đỗ Văn Hải', publishConsent: true },
    channel: 'cash',
    amountVnd: 100000 * n,
    prevHash: ledgerEntryHash(prev),
  } as LedgerEntry;
}
