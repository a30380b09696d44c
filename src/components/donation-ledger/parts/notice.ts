import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, formatVnd } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { Totals } from '../balances.js';
import type { LedgerMessages } from '../messages.js';
import type { LedgerRow } from '../model.js';
import type { LedgerFilter } from '../store.js';

export interface NoticeInput {
  /** The receiving unit that publishes the notice ('' when unknown). */
  unit: string;
  /** The filter in force: its period heads the notice. */
  filter: LedgerFilter;
  /** Totals for the filter's period and fund. */
  totals?: Totals;
  /** The matched rows, already in the public projection. */
  rows: readonly LedgerRow[];
  /** The chain's last hash, so a reader can check the printed notice against the ledger. */
  head?: string | null;
  fundName: (id: string) => string;
}

/** The A4 public notice, rendered only while the page prints. */
export function renderNotice(m: LedgerMessages, lang: Lang, n: NoticeInput): TemplateResult {
  const { filter: f, totals: t, rows, unit } = n;
  return html`<article class="notice" part="notice" aria-label=${m.noticeTitle}>
      <h2>${m.noticeTitle}</h2>
      ${unit ? html`<p><strong>${unit}</strong></p>` : nothing}
      <p>${f.from || f.to ? m.noticePeriod(f.from ? formatDate(f.from, lang) : '…', f.to ? formatDate(f.to, lang) : '…') : m.noticeAll}</p>
      <table>
        <thead><tr><th scope="col">${m.fund}</th><th scope="col">${m.received}</th><th scope="col">${m.distributed}</th><th scope="col">${m.balance}</th></tr></thead>
        <tbody>${(t?.funds ?? []).map((x) => html`<tr><th scope="row">${n.fundName(x.fundId)}</th><td class="num">${formatVnd(x.receivedVnd, lang)}</td><td class="num">${formatVnd(x.distributedVnd, lang)}</td><td class="num">${formatVnd(x.balanceVnd, lang)}</td></tr>`)}</tbody>
      </table>
      ${t?.items.length
        ? html`<table>
            <thead><tr><th scope="col">${m.item}</th><th scope="col">${m.unit}</th><th scope="col">${m.received}</th><th scope="col">${m.handedOut}</th><th scope="col">${m.onHand}</th></tr></thead>
            <tbody>${t.items.map((i) => html`<tr><th scope="row">${i.item}</th><td>${i.unit}</td><td class="num">${formatNumber(i.received, lang)}</td><td class="num">${formatNumber(i.distributed, lang)}</td><td class="num">${formatNumber(i.onHand, lang)}</td></tr>`)}</tbody>
          </table>`
        : nothing}
      <table class="notice-rows">
        <thead><tr><th scope="col">${m.receiptNumber}</th><th scope="col">${m.date}</th><th scope="col">${m.kind}</th><th scope="col">${m.donor}</th><th scope="col">${m.fund}</th><th scope="col">${m.amount}</th></tr></thead>
        <tbody>
          ${rows.map(
            (r) => html`<tr>
              <td>${r.receiptNumber}</td><td>${r.date ? formatDate(r.date, lang) : ''}</td>
              <td>${r.kind === 'invalid' ? m.invalid : m[r.kind]}${r.voided ? ` (${m.voided})` : ''}</td>
              <td>${r.kind === 'correction' ? `${m.corrects} ${r.corrects?.receiptNumber ?? ''}: ${r.corrects?.reason ?? ''}` : r.party}</td>
              <td>${r.fundId ? n.fundName(r.fundId) : ''}</td>
              <td class="num">${r.amountVnd !== undefined ? formatVnd(r.amountVnd, lang) : (r.lines?.map((l) => `${formatNumber(l.quantity, lang)} ${l.unit} ${l.item}`).join(', ') ?? '')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${n.head ? html`<p class="small">${m.noticeChain} <code>${n.head}</code></p><p class="small">${m.noticeVerify}</p>` : nothing}
    </article>`;
}
