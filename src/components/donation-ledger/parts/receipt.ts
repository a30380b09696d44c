import { html, nothing, type TemplateResult } from 'lit';
import { tableScroll } from '../../../base/parts/table-scroll.js';
import type { Fund } from '../../../contract/ledger.js';
import { formatDate, formatNumber, formatVnd } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { LedgerMessages } from '../messages.js';
import { amountVndOf, linesOf, vietQrOf, type LedgerRow, type LedgerSlot } from '../model.js';
import { qrSvg } from '../qr-svg.js';
import type * as Words from '../words.js';

/**
 * Amount in words (read-vietnamese-number) is loaded with the first receipt: the list and the
 * public view never need it. The element's `updateComplete` waits for it while a receipt is shown.
 */
let words: typeof Words | undefined;
let wordsLoading: Promise<typeof Words> | undefined;
function loadWords(): Promise<typeof Words> {
  wordsLoading ??= import('../words.js').then((m) => (words = m));
  return wordsLoading;
}

/** The words module while it is still loading, else undefined. */
export function wordsPending(): Promise<unknown> | undefined {
  return wordsLoading && !words ? wordsLoading : undefined;
}

/** The amount in words, once its module has loaded (`onLoaded` asks for a render then). */
function inWords(amount: number, lang: Lang, onLoaded: () => void): TemplateResult | string {
  if (!words) {
    void loadWords().then(onLoaded);
    return '…';
  }
  return lang === 'vi'
    ? words.amountInWords(amount, lang)
    : html`${words.amountInWords(amount, lang)} <span lang="vi">(${words.amountInWordsVi(amount)})</span>`;
}

export interface ReceiptInput {
  /** The donation's slot (effective values) and row (party as this view may show it). */
  slot?: LedgerSlot;
  row?: LedgerRow;
  fund?: Fund;
  fundName: (id: string) => string;
}

/**
 * Keyboard focus around a receipt, which takes the place of the ledger while shown: opening it
 * moves focus to its heading (read first by a screen reader); closing it (the button or Escape)
 * brings focus back to the receipt button of the row it was opened from, scrolled into view.
 */
export class ReceiptFocus {
  private opener = '';

  constructor(
    private readonly host: { receiptId: string; renderRoot: ParentNode; updateComplete: Promise<boolean> },
    private readonly backTo: (entryId: string) => void,
  ) {}

  open(entryId: string): void {
    this.opener = entryId;
    this.host.receiptId = entryId;
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.receipt [tabindex="-1"]')?.focus());
  }

  close(): void {
    const opener = this.opener;
    this.opener = '';
    this.host.receiptId = '';
    if (opener) this.backTo(opener);
  }
}

export interface ReceiptHandlers {
  close: () => void;
  print: () => void;
  /** The amount-in-words module arrived: render again. */
  wordsLoaded: () => void;
}

/** A donation's receipt: number, amount in figures and words, goods, thanks, VietQR to give again. */
export function renderReceipt(m: LedgerMessages, lang: Lang, input: ReceiptInput, on: ReceiptHandlers): TemplateResult {
  const { row } = input;
  const e = input.slot?.effective;
  const close = html`<ansinh-button type="button" variant="secondary" class="close" @click=${on.close}>${m.close}</ansinh-button>`;
  if (!e || e.kind !== 'donation' || !row) {
    return html`<section class="receipt" part="receipt" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && on.close()}>
      <p role="alert" tabindex="-1">${m.receiptMissing}</p>
      ${close}
    </section>`;
  }
  const qr = vietQrOf(input.fund, e.fundId);
  const amount = amountVndOf(e);
  const lines = linesOf(e);
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-h" @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && on.close()}>
      <p class="unit">${e.receivingUnit}</p>
      <h3 id="receipt-h" tabindex="-1">${amount !== undefined ? m.receiptTitle : m.receiptGoodsTitle}</h3>
      <dl class="receipt-fields">
        <div><dt>${m.receiptNumber}</dt><dd>${e.receiptNumber}</dd></div>
        <div><dt>${m.date}</dt><dd>${formatDate(e.date, lang)}</dd></div>
        <div><dt>${m.receivedFrom}</dt><dd>${row.party}</dd></div>
        <div><dt>${m.forFund}</dt><dd>${input.fundName(e.fundId)}</dd></div>
        ${e.kind === 'donation' ? html`<div><dt>${m.channel}</dt><dd>${m[`channel-${e.channel}` as 'channel-cash']}</dd></div>` : nothing}
        ${amount !== undefined
          ? html`<div><dt>${m.amount}</dt><dd class="big">${formatVnd(amount, lang)}</dd></div>
              <div><dt>${m.inWords}</dt><dd class="words">${inWords(amount, lang, on.wordsLoaded)}</dd></div>`
          : nothing}
      </dl>
      ${lines.length
        ? tableScroll(m.items, html`<table>
            <thead><tr><th scope="col">${m.item}</th><th scope="col">${m.quantity}</th><th scope="col">${m.unit}</th><th scope="col">${m.expiry}</th></tr></thead>
            <tbody>${lines.map((l) => html`<tr><th scope="row">${l.item}</th><td class="num">${formatNumber(l.quantity, lang)}</td><td>${l.unit}</td><td>${l.expiry ? formatDate(l.expiry, lang) : '—'}</td></tr>`)}</tbody>
          </table>`)
        : nothing}
      <p class="thanks">${m.thanks}</p>
      ${qr
        ? html`<figure class="vietqr">
            ${qrSvg(qr.payload, `VietQR ${qr.account.bank} ${qr.account.number}`)}
            <figcaption>${m.scanToGive}<br />${m.account}: ${qr.account.bank} ${qr.account.number}${qr.account.holder ? ` — ${qr.account.holder}` : ''}</figcaption>
          </figure>`
        : nothing}
      <div class="actions no-print">
        <ansinh-button type="button" @click=${on.print}>${m.printReceipt}</ansinh-button>
        ${close}
      </div>
    </section>`;
}
