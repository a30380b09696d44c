import { expect } from '@open-wc/testing';
import { DataSourceError } from '../../src/data/errors.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { rejection } from './servers.js';

interface Resident {
  id: string;
  fullName: string;
  tags?: string[];
}

function seed() {
  return {
    residents: [
      { id: 'r1', fullName: 'Nguyễn Văn An', tags: ['người cao tuổi'] },
      { id: 'r2', fullName: 'Trần Thị Bình' },
    ] as Resident[],
    carePlans: { cp1: { id: 'cp1', residentId: 'r1', goals: [{ title: 'Tập đi lại' }] } },
    surveys: new Map([['moh-inpatient', { id: 'moh-inpatient' }]]),
  };
}

describe('MemorySource', () => {
  it('serves seeded arrays, objects and maps', async () => {
    const source = new MemorySource(seed());
    expect(source.kind).to.equal('memory');
    expect(((await source.listResidents()) as Resident[]).map((r) => r.id)).to.deep.equal(['r1', 'r2']);
    expect(await source.getCarePlan('cp1')).to.deep.include({ residentId: 'r1' });
    expect(await source.getSurveyDefinition('moh-inpatient')).to.deep.equal({ id: 'moh-inpatient' });
    expect(await source.getResident('khong-co')).to.equal(undefined);
  });

  it('is not changed by later edits to the seed', async () => {
    const data = seed();
    const source = new MemorySource(data);
    data.residents[0]!.fullName = 'Đã sửa';
    data.residents.push({ id: 'r3', fullName: 'Lê Văn Cường' });
    expect(await source.getResident('r1')).to.deep.include({ fullName: 'Nguyễn Văn An' });
    expect(await source.listResidents()).to.have.length(2);
  });

  it('hands out copies: mutating a result does not change the store', async () => {
    const source = new MemorySource(seed());
    const r1 = (await source.getResident('r1')) as Resident;
    r1.fullName = 'Đã sửa';
    r1.tags!.push('x');
    const list = (await source.listResidents()) as Resident[];
    list[1]!.fullName = 'Đã sửa';
    expect(await source.getResident('r1')).to.deep.equal({ id: 'r1', fullName: 'Nguyễn Văn An', tags: ['người cao tuổi'] });
    expect(await source.getResident('r2')).to.deep.include({ fullName: 'Trần Thị Bình' });
  });

  it('stores a copy of what is written', async () => {
    const source = new MemorySource(seed());
    const plan = { id: 'cp1', residentId: 'r1', goals: [{ title: 'Tự ăn uống' }] };
    const saved = (await source.saveCarePlan(plan)) as typeof plan;
    plan.goals[0]!.title = 'Đã sửa';
    saved.goals.push({ title: 'x' });
    expect(await source.getCarePlan('cp1')).to.deep.equal({ id: 'cp1', residentId: 'r1', goals: [{ title: 'Tự ăn uống' }] });
  });

  it('appends responses in order and filters them by survey', async () => {
    const source = new MemorySource();
    await source.submitSurveyResponse({ definitionId: 'moh-inpatient', n: 1 });
    await source.submitSurveyResponse({ definitionId: 'moh-staff', n: 2 });
    await source.submitSurveyResponse({ definitionId: 'moh-inpatient', n: 3 });
    expect(((await source.listSurveyResponses('moh-inpatient')) as { n: number }[]).map((r) => r.n)).to.deep.equal([1, 3]);
    expect(await source.listSurveyResponses()).to.have.length(3);
  });

  it('applies a write repeated with the same idempotency key once', async () => {
    const source = new MemorySource();
    await source.appendLedgerEntry({ receiptNumber: 'PT-1' }, { idempotencyKey: 'k1' });
    const again = await source.appendLedgerEntry({ receiptNumber: 'PT-1' }, { idempotencyKey: 'k1' });
    expect(again).to.deep.equal({ receiptNumber: 'PT-1' });
    expect(await source.listLedgerEntries()).to.have.length(1);
  });

  it('rejects a care plan without an id with a typed error', async () => {
    const error = (await rejection(new MemorySource().saveCarePlan({ goals: [] }))) as DataSourceError;
    expect(error).to.be.instanceOf(DataSourceError);
    expect(error.code).to.equal('missing_id');
    expect(error.localized.vi).to.equal('Bản ghi thiếu mã định danh (id).');
  });

  it('keeps drafts as copies', async () => {
    const source = new MemorySource();
    const draft = { answers: { A1: 4 } };
    await source.saveDraft('survey:moh-inpatient', draft);
    draft.answers.A1 = 1;
    expect(await source.loadDraft('survey:moh-inpatient')).to.deep.equal({ answers: { A1: 4 } });
    await source.clearDraft('survey:moh-inpatient');
    expect(await source.loadDraft('survey:moh-inpatient')).to.equal(undefined);
  });

  it('resets to the seed it was built with', async () => {
    const source = new MemorySource(seed());
    await source.saveCarePlan({ id: 'cp2', residentId: 'r2' });
    source.reset();
    expect(await source.getCarePlan('cp2')).to.equal(undefined);
    expect(await source.getCarePlan('cp1')).to.not.equal(undefined);
  });

  it('respects an aborted signal', async () => {
    const error = (await rejection(new MemorySource(seed()).listResidents({ signal: AbortSignal.abort() }))) as DataSourceError;
    expect(error.code).to.equal('aborted');
  });
});
