import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { DataController } from '../../src/base/controllers/data.js';
import '../../src/define/provider.js';
import type { AnsinhProvider } from '../../src/components/provider/provider.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { DataSourceError } from '../../src/data/errors.js';
import type { DataSource, RequestOptions } from '../../src/data/source.js';

/** An element that loads a record by `record-id` through the shared data path. */
class LoadProbe extends LitElement {
  static override properties = { recordId: { attribute: 'record-id' }, handed: { type: Boolean } };
  recordId = '';
  handed = false;
  accepted: unknown[] = [];
  readonly data = new DataController(this, {
    read: (s) => s.getResident?.bind(s),
    accept: (v) => this.accepted.push(v),
  });
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('handed')) this.data.hand(this.handed ? { given: true } : undefined);
    this.data.sync(this.recordId);
  }
  protected override render() {
    return litHtml`<p>${this.data.state}</p>`;
  }
}
customElements.define('test-load-probe', LoadProbe);

/** A source whose answers the test releases by hand, to order them. */
function manualSource() {
  const calls: { id: string; signal: AbortSignal; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const source: DataSource = {
    kind: 'manual',
    getResident: (id: string, options?: RequestOptions) =>
      new Promise((resolve, reject) => calls.push({ id, signal: options!.signal!, resolve, reject })),
  };
  return { source, calls };
}

async function inProvider(source: DataSource | undefined, id: string) {
  const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${source}><test-load-probe record-id=${id}></test-load-probe></ansinh-provider>`);
  const probe = provider.querySelector<LoadProbe>('test-load-probe')!;
  await probe.updateComplete;
  return { provider, probe };
}

const settle = async (el: LitElement) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
};

describe('base/controllers: the data path (DataController)', () => {
  it('loads by id through the provider; an unknown id is not-found', async () => {
    const source = new MemorySource({ residents: [{ id: 'r-1', fullName: 'Lò Văn Sáng' }] });
    const { probe } = await inProvider(source, 'r-1');
    await settle(probe);
    expect(probe.data.state).to.equal('loaded');
    expect(probe.accepted).to.deep.equal([{ id: 'r-1', fullName: 'Lò Văn Sáng' }]);
    probe.recordId = 'r-404';
    await settle(probe);
    expect(probe.data.state).to.equal('not-found');
  });

  it('no provider source: no-source; a source without the method: unsupported, which retry cannot fix', async () => {
    const none = await inProvider(undefined, 'r-1');
    await settle(none.probe);
    expect(none.probe.data.state).to.equal('no-source');
    const lacking = await inProvider({ kind: 'empty' }, 'r-1');
    await settle(lacking.probe);
    expect(lacking.probe.data.state).to.equal('unsupported');
    expect(lacking.probe.data.sourceKind).to.equal('empty');
    expect(lacking.probe.data.canRetry).to.equal(false);
  });

  it('a changed id aborts the old request, and its late answer never overwrites the new one', async () => {
    const { source, calls } = manualSource();
    const { probe } = await inProvider(source, 'r-1');
    probe.recordId = 'r-2';
    await settle(probe);
    expect(calls.map((c) => c.id)).to.deep.equal(['r-1', 'r-2']);
    expect(calls[0]!.signal.aborted).to.equal(true);
    calls[1]!.resolve({ id: 'r-2' });
    await settle(probe);
    calls[0]!.resolve({ id: 'r-1' });
    await settle(probe);
    expect(probe.accepted).to.deep.equal([{ id: 'r-2' }]);
    expect(probe.data.state).to.equal('loaded');
  });

  it('a failure is an error with retry; retry loads again', async () => {
    const { source, calls } = manualSource();
    const { probe } = await inProvider(source, 'r-1');
    calls[0]!.reject(new DataSourceError({ code: 'server', source: 'manual', status: 503 }));
    await settle(probe);
    expect(probe.data.state).to.equal('error');
    expect(probe.data.canRetry).to.equal(true);
    probe.data.reload();
    await settle(probe);
    expect(calls).to.have.length(2);
    calls[1]!.resolve({ id: 'r-1' });
    await settle(probe);
    expect(probe.data.state).to.equal('loaded');
  });

  it('data handed in stops loading (and aborts a request in flight); leaving the page aborts too', async () => {
    const { source, calls } = manualSource();
    const { provider, probe } = await inProvider(source, 'r-1');
    probe.handed = true;
    await settle(probe);
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(probe.data.state).to.equal('idle');
    probe.handed = false;
    await settle(probe);
    expect(calls).to.have.length(2);
    probe.remove();
    expect(calls[1]!.signal.aborted).to.equal(true);
    calls[1]!.resolve({ id: 'r-1' });
    provider.append(probe);
    await settle(probe);
    expect(calls).to.have.length(3);
    expect(probe.accepted).to.deep.equal([]);
  });

  it('data handed in aborts at once: an answer arriving before the next update is ignored', async () => {
    const { source, calls } = manualSource();
    const { probe } = await inProvider(source, 'r-1');
    probe.data.hand({ id: 'given' });
    calls[0]!.resolve({ id: 'r-1' });
    await new Promise((r) => setTimeout(r, 0));
    expect(probe.accepted).to.deep.equal([]);
    expect(calls[0]!.signal.aborted).to.equal(true);
  });

  it('with reloadOnNewSource: false a renewed source keeps what was loaded', async () => {
    class Keeper extends LoadProbe {
      override readonly data = new DataController(this, { read: (s) => s.getResident?.bind(s), accept: (v) => this.accepted.push(v), reloadOnNewSource: false });
    }
    customElements.define('test-keep-probe', Keeper);
    const first = new MemorySource({ residents: [{ id: 'r-1', fullName: 'A' }] });
    const provider = await fixture<AnsinhProvider>(html`<ansinh-provider .source=${first}><test-keep-probe record-id="r-1"></test-keep-probe></ansinh-provider>`);
    const probe = provider.querySelector<Keeper>('test-keep-probe')!;
    await settle(probe);
    provider.source = new MemorySource({ residents: [{ id: 'r-1', fullName: 'B' }] });
    await settle(provider);
    await settle(probe);
    expect(probe.accepted.map((r) => (r as { fullName: string }).fullName)).to.deep.equal(['A']);
    probe.recordId = 'r-1b';
    await settle(probe);
    expect(probe.data.state).to.equal('not-found');
  });

  it('a new source from the provider loads again', async () => {
    const first = new MemorySource({ residents: [{ id: 'r-1', fullName: 'A' }] });
    const second = new MemorySource({ residents: [{ id: 'r-1', fullName: 'B' }] });
    const { provider, probe } = await inProvider(first, 'r-1');
    await settle(probe);
    provider.source = second;
    await settle(provider);
    await settle(probe);
    expect(probe.accepted.map((r) => (r as { fullName: string }).fullName)).to.deep.equal(['A', 'B']);
  });
});
