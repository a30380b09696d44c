import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { DB_VERSION } from '../../src/data/db.js';
import { DataSourceError } from '../../src/data/errors.js';
import { IndexedDbSource } from '../../src/data/indexeddb-source.js';
import { rejection } from './servers.js';

const demo = {
  residents: [
    { id: 'r1', fullName: 'Nguyễn Văn An' },
    { id: 'r2', fullName: 'Trần Thị Bình' },
  ],
  surveys: [{ id: 'moh-inpatient', title: 'Phiếu khảo sát nội trú' }],
};

describe('IndexedDbSource', () => {
  let dbName: string;
  const open: IndexedDbSource[] = [];
  const make = (options: ConstructorParameters<typeof IndexedDbSource>[0] = {}) => {
    const s = new IndexedDbSource({ dbName, ...options });
    open.push(s);
    return s;
  };

  beforeEach(() => {
    dbName = `ansinh-test-${crypto.randomUUID()}`;
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    await deleteDB(dbName);
  });

  it('keeps writes and drafts across a new instance (a reload)', async () => {
    const first = make();
    await first.saveCarePlan({ id: 'cp1', residentId: 'r1', status: 'active' });
    await first.submitSurveyResponse({ definitionId: 'moh-inpatient', answers: { A1: 5 } });
    await first.appendLedgerEntry({ receiptNumber: 'PT-0001', amount: 500000 });
    await first.saveDraft('care-plan:cp2', { goals: ['Tự ăn uống'] });
    await first.close();

    const second = make();
    expect(await second.getCarePlan('cp1')).to.deep.equal({ id: 'cp1', residentId: 'r1', status: 'active' });
    expect(await second.listSurveyResponses('moh-inpatient')).to.deep.equal([
      { definitionId: 'moh-inpatient', answers: { A1: 5 } },
    ]);
    expect(await second.listLedgerEntries()).to.deep.equal([{ receiptNumber: 'PT-0001', amount: 500000 }]);
    expect(await second.loadDraft('care-plan:cp2')).to.deep.equal({ goals: ['Tự ăn uống'] });
    await second.clearDraft('care-plan:cp2');
    expect(await second.loadDraft('care-plan:cp2')).to.equal(undefined);
  });

  it('uses the database name it is given, at the current schema version', async () => {
    await make().listResidents();
    const raw = await openDB(dbName);
    expect(raw.version).to.equal(DB_VERSION);
    expect([...raw.objectStoreNames]).to.include.members(['residents', 'carePlans', 'drafts', 'outbox']);
    raw.close();
  });

  it('writes its seed on first use only, and reset() brings it back', async () => {
    const first = make({ seed: demo });
    expect(((await first.listResidents()) as { id: string }[]).map((r) => r.id)).to.deep.equal(['r1', 'r2']);
    await first.saveCarePlan({ id: 'cp9', residentId: 'r2' });
    await first.seed({ residents: [{ id: 'r3', fullName: 'Lê Văn Cường' }] });
    await first.close();

    const second = make({ seed: demo });
    expect(((await second.listResidents()) as { id: string }[]).map((r) => r.id)).to.deep.equal(['r3']);
    expect(await second.getCarePlan('cp9')).to.equal(undefined, 'seed() replaces everything');

    await second.saveDraft('d', 1);
    await second.reset();
    expect(((await second.listResidents()) as { id: string }[]).map((r) => r.id)).to.deep.equal(['r1', 'r2']);
    expect(await second.getSurveyDefinition('moh-inpatient')).to.deep.include({ title: 'Phiếu khảo sát nội trú' });
    expect(await second.loadDraft('d')).to.equal(undefined);
  });

  it('returns copies and keeps insertion order', async () => {
    const source = make({ seed: demo });
    const r = (await source.getResident('r1')) as { fullName: string };
    r.fullName = 'Đã sửa';
    expect(await source.getResident('r1')).to.deep.equal({ id: 'r1', fullName: 'Nguyễn Văn An' });
    for (const n of [3, 1, 2]) await source.appendLedgerEntry({ id: `z${n}`, n });
    expect(((await source.listLedgerEntries()) as { n: number }[]).map((e) => e.n)).to.deep.equal([3, 1, 2]);
  });

  it('updates a record in place without moving it', async () => {
    const source = make({ seed: demo });
    await source.appendLedgerEntry({ id: 'a', v: 1 });
    await source.appendLedgerEntry({ id: 'b', v: 1 });
    await source.appendLedgerEntry({ id: 'a', v: 2 });
    expect(await source.listLedgerEntries()).to.deep.equal([
      { id: 'a', v: 2 },
      { id: 'b', v: 1 },
    ]);
  });

  it('applies a write repeated with the same idempotency key once', async () => {
    const source = make();
    await source.submitSurveyResponse({ definitionId: 's', n: 1 }, { idempotencyKey: 'k' });
    const again = await source.submitSurveyResponse({ definitionId: 's', n: 1 }, { idempotencyKey: 'k' });
    expect(again).to.deep.equal({ definitionId: 's', n: 1 });
    expect(await source.listSurveyResponses()).to.have.length(1);
  });

  it('fails with typed errors: missing id, values that cannot be stored', async () => {
    const source = make();
    const missing = (await rejection(source.saveCarePlan({ status: 'draft' }))) as DataSourceError;
    expect(missing).to.be.instanceOf(DataSourceError);
    expect(missing.code).to.equal('missing_id');
    const unstorable = (await rejection(source.saveCarePlan({ id: 'x', callback: () => 1 }))) as DataSourceError;
    expect(unstorable).to.be.instanceOf(DataSourceError);
    expect(unstorable.code).to.equal('storage');
    expect(unstorable.localized.vi).to.equal('Không lưu được dữ liệu trên thiết bị này.');
  });
});
