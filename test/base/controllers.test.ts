import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { LitElement } from 'lit';
import { CSV_BOM, csvCell, toCsv, toJsonText } from '../../src/base/controllers/export.js';
import { downloadText, safeFilename } from '../../src/base/controllers/download.js';
import { domId, newId } from '../../src/base/controllers/ids.js';
import { cssString, pageRules, PrintController } from '../../src/base/controllers/print.js';
import { AnnounceController } from '../../src/base/controllers/announce.js';
import { draftStoreFor, localDrafts } from '../../src/base/controllers/drafts.js';
import { moveIndex } from '../../src/base/controllers/roving-focus.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { parseCsv } from '../helpers/csv-reader.js';

describe('base/controllers: CSV and JSON export', () => {
  it('excel-vi dialect by default: BOM, ";" between cells, decimal ",", CRLF, RFC 4180 quoting', () => {
    const csv = toCsv(['Họ và tên', 'Tỷ lệ (%)'], [['Nguyễn "An"; Hà Nội', 12.5], ['Trần Bình', -3]]);
    expect(csv.startsWith(CSV_BOM)).to.equal(true);
    expect(csv.slice(1)).to.equal('Họ và tên;Tỷ lệ (%)\r\n"Nguyễn ""An""; Hà Nội";12,5\r\nTrần Bình;-3\r\n');
  });

  it('standard dialect: "," between cells and decimal "."; no BOM on request', () => {
    expect(toCsv(['a', 'b'], [['x,y', 1.25]], { dialect: 'standard', bom: false })).to.equal('a,b\r\n"x,y",1.25\r\n');
  });

  it('numbers stay numbers: -3 and "-3" are not prefixed; NaN and Infinity are empty', () => {
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell('-3')).to.equal('-3');
    expect(csvCell('-2.5', 'standard')).to.equal('-2.5');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(Number.POSITIVE_INFINITY)).to.equal('');
    expect(csvCell(true)).to.equal('1');
    expect(csvCell(['a', 2])).to.equal('a|2');
  });

  it('neutralises formula starts', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+84 912')).to.equal("'+84 912");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal("'\tcmd");
  });

  it('any text survives a round trip through an RFC 4180 reader, formulas prefixed (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('excel-vi', 'standard'), (rows, dialect) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const csv = toCsv(table[0]!, table.slice(1), { dialect: dialect as 'excel-vi' | 'standard' });
        const back = parseCsv(csv.slice(1), dialect === 'standard' ? ',' : ';');
        const expected = table.map((r) => r.map((s) => (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s) ? `'${s}` : s)));
        expect(back).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON export is indented with a final newline', () => {
    expect(toJsonText({ a: 1, b: undefined })).to.equal('{\n  "a": 1\n}\n');
  });
});

describe('base/controllers: download', () => {
  it('safe file names: diacritics folded, no path or shell characters, never empty', () => {
    expect(safeFilename('Sổ ủng hộ Quý I/2025.csv')).to.equal('So_ung_ho_Quy_I_2025.csv');
    expect(safeFilename('Đà Nẵng.png')).to.equal('Da_Nang.png');
    expect(safeFilename('../../etc/passwd')).to.equal('etc_passwd');
    expect(safeFilename('////')).to.equal('ansinh');
    fc.assert(fc.property(fc.string(), (s) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$|^ansinh$/.test(safeFilename(s))));
  });

  it('downloads through a Blob and an object URL, and removes its link', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const blobs: Blob[] = [];
    const names: string[] = [];
    const orig = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return orig.call(URL, b);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      downloadText(host, 'Số liệu;1\r\n', 'Số liệu.csv', 'text/csv;charset=utf-8');
    } finally {
      URL.createObjectURL = orig;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
    expect(await blobs[0]!.text()).to.equal('Số liệu;1\r\n');
    expect(names).to.deep.equal(['So_lieu.csv']);
    expect(host.querySelector('a')).to.equal(null);
  });
});

describe('base/controllers: ids', () => {
  it('DOM ids are unique and prefixed; record ids are UUID v4', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => domId('field')));
    expect(ids.size).to.equal(1000);
    for (const id of ids) expect(id).to.match(/^field-[0-9a-z]+$/);
    expect(newId()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

class PrintProbe extends LitElement {
  print = new PrintController(this, { render: () => this.renders++ });
  announcer = new AnnounceController(this);
  renders = 0;
  override render() {
    return html`${this.print.printing ? html`<p class="notice">Bản in</p>` : html`<p class="screen">Màn hình</p>`}${this.announcer.render()}`;
  }
}
customElements.define('test-print-probe', PrintProbe);

describe('base/controllers: print', () => {
  it('A4 page rules in the ansinh layer, page numbers in the page language, a title that cannot escape its string', () => {
    const vi = pageRules({ title: 'Kế hoạch "A"; } body { display:none', lang: 'vi' });
    expect(vi).to.match(/^@layer ansinh \{ @page \{ size: A4;/);
    expect(vi).to.contain('"Trang" " " counter(page) " / " counter(pages)');
    expect(vi).to.contain('content: "Kế hoạch \\"A\\"; } body { display:none"');
    expect(pageRules({ lang: 'en' })).to.contain('"Page"');
    expect(cssString('a\\b\nc')).to.equal('"a\\\\b c"');
    // A title cut at 200 characters never leaves a lone backslash that would swallow the quote.
    const long = `${'a'.repeat(199)}\\"tail`;
    const sheet2 = new CSSStyleSheet();
    sheet2.replaceSync(`@page { @bottom-right { content: ${cssString(long)} " " counter(page); } }`);
    expect(cssString(long).endsWith('\\\\"')).to.equal(true);
    expect(sheet2.cssRules.length).to.equal(1);
    // The escaped title parses as one rule: the sheet keeps exactly one @layer block.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(vi);
    expect(sheet.cssRules.length).to.equal(1);
  });

  it('renders the print layout from beforeprint (synchronously) until afterprint, and adopts the A4 sheet meanwhile', async () => {
    const el = await fixture<PrintProbe>(html`<test-print-probe></test-print-probe>`);
    expect(el.shadowRoot!.querySelector('.screen')).to.exist;
    const before = document.adoptedStyleSheets.length;
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.print.printing).to.equal(true);
    expect(el.renders).to.equal(1);
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.equal('Bản in');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.print.printing).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(el.shadowRoot!.querySelector('.screen')).to.exist;
  });

  it('print() renders the print layout before the dialog opens and restores the screen after', async () => {
    const el = await fixture<PrintProbe>(html`<test-print-probe></test-print-probe>`);
    const seen: (string | undefined)[] = [];
    const orig = window.print;
    window.print = () => seen.push(el.shadowRoot!.querySelector('p')?.className);
    try {
      await el.print.print({ title: 'Sổ ủng hộ' });
    } finally {
      window.print = orig;
    }
    expect(seen).to.deep.equal(['notice']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.className).to.equal('screen');
  });

  it('stops listening when the element leaves the page', async () => {
    const el = await fixture<PrintProbe>(html`<test-print-probe></test-print-probe>`);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.print.printing).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });
});

describe('base/controllers: announcer', () => {
  it('one polite region, always present; the same words twice are said twice', async () => {
    const el = await fixture<PrintProbe>(html`<test-print-probe></test-print-probe>`);
    const region = () => el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region().getAttribute('aria-live')).to.equal('polite');
    expect(region().textContent).to.equal('');
    el.announcer.announce('Đã lưu');
    await el.updateComplete;
    const first = region().textContent;
    expect(first!.trim()).to.equal('Đã lưu');
    el.announcer.announce('Đã lưu');
    await el.updateComplete;
    expect(region().textContent).not.to.equal(first);
    expect(el.announcer.message).to.equal('Đã lưu');
  });
});

describe('base/controllers: drafts', () => {
  it('uses the provider source when it keeps drafts, else IndexedDB (one store per database)', async () => {
    const source = new MemorySource();
    const store = draftStoreFor(source);
    await store.save('k', { a: 1 });
    expect(await source.loadDraft!('k')).to.deep.equal({ a: 1 });
    expect(draftStoreFor(undefined, 'ansinh-test-drafts')).to.equal(localDrafts('ansinh-test-drafts'));
    const local = localDrafts('ansinh-test-drafts');
    await local.save('survey:x@1', { answers: { A1: 5 } });
    expect(await local.load('survey:x@1')).to.deep.equal({ answers: { A1: 5 } });
    await local.clear('survey:x@1');
    expect(await local.load('survey:x@1')).to.equal(undefined);
  });
});

describe('base/controllers: keyboard pattern', () => {
  it('arrows step and stop at the ends, Home/End jump, Page keys step a tenth, other keys are left alone', () => {
    expect(moveIndex('ArrowRight', 0, 5)).to.equal(1);
    expect(moveIndex('ArrowLeft', 0, 5)).to.equal(0);
    expect(moveIndex('ArrowDown', 4, 5)).to.equal(4);
    expect(moveIndex('Home', 3, 5)).to.equal(0);
    expect(moveIndex('End', 0, 5)).to.equal(4);
    expect(moveIndex('PageDown', 0, 100)).to.equal(10);
    expect(moveIndex('ArrowUp', 2, 5, { orientation: 'horizontal' })).to.equal(undefined);
    expect(moveIndex('ArrowLeft', 0, 5, { wrap: true })).to.equal(4);
    expect(moveIndex('a', 0, 5)).to.equal(undefined);
    expect(moveIndex('ArrowRight', 0, 0)).to.equal(undefined);
    fc.assert(
      fc.property(fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'), fc.nat(50), fc.integer({ min: 1, max: 60 }), fc.boolean(), (key, i, n, wrap) => {
        const to = moveIndex(key, Math.min(i, n - 1), n, { wrap });
        expect(to).to.be.a('number');
        expect(to! >= 0 && to! < n).to.equal(true);
      }),
    );
  });
});
