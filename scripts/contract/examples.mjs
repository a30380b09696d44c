// Writes the request and response examples of docs/contract/rest.yaml to docs/contract/examples/,
// from the demo's sample data (src/sample) and the MoH templates, so every example is real contract
// data: a resident, a care plan, an MoH survey and a response to it, a hash-chained ledger and the
// disclosure of that ledger, funds, a statistics dataset and the policy table.
//
//   node scripts/contract/examples.mjs          write the files
//   node scripts/contract/examples.mjs --check  exit 1 when a file is missing or stale, or when an
//                                               example fails its contract parser
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource, root } from './load-contract.mjs';

const dir = join(root, 'docs', 'contract', 'examples');

const source = await loadSource(
  [
    "export * from './src/contract/index.ts';",
    "export { surveyTemplate } from './src/contract/survey-templates/index.ts';",
    "export { sampleResidents, sampleCarePlans, sampleSurveyResponses, sampleFunds, sampleLedger, sampleDatasets } from './src/sample/index.ts';",
  ].join('\n'),
  'examples',
);

/** An entry's hash-chain successor: what a client posts after `last`. */
function nextEntry(last) {
  return {
    id: 'so-00004',
    kind: 'donation',
    receiptNumber: 'PT-2025-0004',
    date: '2025-01-02',
    recordedAt: '2025-01-02T09:15:00+07:00',
    recordedBy: last.recordedBy,
    receivingUnit: last.receivingUnit,
    fundId: last.fundId,
    donor: { type: 'business', name: 'Công ty TNHH Thiện Tâm', publishConsent: true },
    channel: 'bank-transfer',
    bankReference: 'FT25002123456789',
    amountVnd: 5000000,
    prevHash: source.ledgerEntryHash(last),
  };
}

function disclosureOf(entries, funds) {
  const byFund = new Map();
  for (const e of entries) {
    const f = byFund.get(e.fundId) ?? { fundId: e.fundId, openingBalanceVnd: 0, receivedVnd: 0, distributedVnd: 0, balanceVnd: 0 };
    if (e.kind === 'donation') f.receivedVnd += e.amountVnd ?? 0;
    else if (e.kind === 'distribution') f.distributedVnd += e.amountVnd ?? 0;
    f.balanceVnd = f.openingBalanceVnd + f.receivedVnd - f.distributedVnd;
    byFund.set(e.fundId, f);
  }
  const dates = entries.map((e) => e.date).sort();
  return {
    id: 'cong-khai-2025-01-01',
    receivingUnit: entries[0].receivingUnit,
    period: { from: dates[0], to: dates.at(-1) },
    publishedAt: '2025-01-02T17:00:00+07:00',
    funds: funds.filter((f) => byFund.has(f.id)),
    totals: { byFund: [...byFund.values()].sort((a, b) => a.fundId.localeCompare(b.fundId)), byItem: [] },
    entryCount: entries.length,
    chainHead: source.ledgerEntryHash(entries.at(-1)),
  };
}

const residents = source.sampleResidents().slice(0, 2);
const plan = source.sampleCarePlans()[0];
const responses = source.sampleSurveyResponses().filter((r) => r.definitionId === 'moh-inpatient').slice(0, 2);
const ledger = source.sampleLedger().slice(0, 3);
const funds = source.sampleFunds();
const dataset = source.sampleDatasets().find((d) => d.id === 'tiep-nhan-roi-trung-tam-2021-2025');

/** file -> [summary, value, parser name]; the parser checks each example against the contract. */
const EXAMPLES = {
  'resident': ['Một đối tượng / One resident', residents[0], 'parseResident'],
  'residents': ['Danh sách đối tượng / Residents', residents, 'parseResident'],
  'care-plan': ['Kế hoạch trợ giúp / A care plan', plan, 'parseCarePlan'],
  'survey-definition': ['Mẫu phiếu nội trú của Bộ Y tế / MoH inpatient form', source.surveyTemplate('moh-inpatient'), 'parseSurveyDefinition'],
  'survey-response': ['Một phiếu trả lời / One response', responses[0], 'parseSurveyResponse'],
  'survey-responses': ['Phiếu trả lời của một mẫu / Responses to one form', responses, 'parseSurveyResponse'],
  'ledger-entries': ['Ba bút toán đầu của sổ / The first three entries', ledger, 'parseLedgerEntry'],
  'ledger-entry': ['Bút toán tiếp theo (prevHash = mã băm bút toán 3) / The next entry', nextEntry(ledger.at(-1)), 'parseLedgerEntry'],
  'ledger-disclosure': ['Bản công khai của ba bút toán / Disclosure of the three entries', disclosureOf(ledger, funds), 'parseLedgerDisclosure'],
  'funds': ['Các quỹ / Funds', funds, 'parseFund'],
  'stat-dataset': ['Bộ số liệu thống kê / A statistics dataset', dataset, 'parseStatDataset'],
  'policy-table': ['Bảng mức chuẩn và hệ số / Policy table', source.DEFAULT_POLICY_TABLE, 'PolicyTableSchema'],
};

function problems(name, value, parserName) {
  const schema = parserName.endsWith('Schema') ? source[parserName] : undefined;
  const parse = schema
    ? (v) => {
        const r = schema.safeParse(v);
        return r.success ? { ok: true } : { ok: false, issues: r.error.issues.map((x) => ({ ...x, severity: 'error' })) };
      }
    : source[parserName];
  if (typeof parse !== 'function') return [`src/contract does not export ${parserName}`];
  const out = [];
  for (const [i, v] of (Array.isArray(value) ? value : [value]).entries()) {
    const r = parse(v);
    if (!r.ok) out.push(`${name}[${i}]: ${r.issues.filter((x) => x.severity === 'error').map((x) => `${x.path.join('.')} ${x.code}`).join('; ')}`);
  }
  return out;
}

const check = process.argv.includes('--check');
const failures = [];
if (!check) mkdirSync(dir, { recursive: true });
for (const [name, [summary, value, parser]] of Object.entries(EXAMPLES)) {
  if (value === undefined) throw new Error(`no sample data for the ${name} example`);
  failures.push(...problems(name, value, parser));
  const text = `${JSON.stringify({ summary, value }, null, 2)}\n`;
  const file = join(dir, `${name}.json`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) failures.push(`docs/contract/examples/${name}.json is stale: run node scripts/contract/examples.mjs`);
  } else writeFileSync(file, text);
}
if (failures.length) {
  console.error(`REST examples: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else console.log(`REST examples: ${Object.keys(EXAMPLES).length} examples ${check ? 'fresh and valid' : 'written'}.`);
