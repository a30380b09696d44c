import { html, nothing, type TemplateResult } from 'lit';
import { tableScroll } from '../../../base/parts/table-scroll.js';
import type { FieldValue } from '../../../base/events.js';
import type { Fund } from '../../../contract/ledger.js';
import { formatDate, formatNumber, formatVnd } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { Granularity, LedgerBalances } from '../balances.js';
import type { LedgerMessages } from '../messages.js';
import { granularityOf, knownFundIds, summariseExpiry } from '../model.js';

export interface BalancesInput {
  balances: LedgerBalances;
  funds: readonly Fund[];
  fundMap: ReadonlyMap<string, Fund>;
  fundName: (id: string) => string;
  /** The date expiry refers to (YYYY-MM-DD). */
  today: string;
  expiryDays: number;
}

/** Balances per fund in VND, goods on hand per item, and goods expired or expiring soon. */
export function renderBalances(m: LedgerMessages, lang: Lang, b: BalancesInput): TemplateResult {
  const t = b.balances.totals();
  const warnings = b.balances.expiryWarnings(b.today, b.expiryDays);
  const fundIds = knownFundIds(b.funds, t);
  return html`<section class="balances" part="balances" aria-labelledby="bal-h">
      <h3 id="bal-h">${m.balances}</h3>
      ${tableScroll(m.balances, html`<table>
        <caption class="sr">${m.balances}</caption>
        <thead><tr><th scope="col">${m.fund}</th><th scope="col">${m.received}</th><th scope="col">${m.distributed}</th><th scope="col">${m.balance}</th><th scope="col">${m.inKindValue}</th></tr></thead>
        <tbody>
          ${fundIds.map((id) => {
            const f = t.funds.find((x) => x.fundId === id);
            const fund = b.fundMap.get(id);
            const bal = f?.balanceVnd ?? 0;
            return html`<tr data-fund=${id}>
              <th scope="row">${b.fundName(id)}${fund?.restricted ? html` <span class="tag">${m.restricted}</span>` : nothing}</th>
              <td class="num">${formatVnd(f?.receivedVnd ?? 0, lang)}</td>
              <td class="num">${formatVnd(f?.distributedVnd ?? 0, lang)}</td>
              <td class="num ${bal < 0 ? 'neg' : ''}">${formatVnd(bal, lang)}</td>
              <td class="num">${f?.inKindEstimatedVnd ? formatVnd(f.inKindEstimatedVnd, lang) : '—'}</td>
            </tr>`;
          })}
        </tbody>
      </table>`)}
      <h4>${m.items}</h4>
      ${t.items.length
        ? tableScroll(m.items, html`<table class="items">
            <thead><tr><th scope="col">${m.item}</th><th scope="col">${m.unit}</th><th scope="col">${m.received}</th><th scope="col">${m.handedOut}</th><th scope="col">${m.onHand}</th></tr></thead>
            <tbody>
              ${t.items.map(
                (i) => html`<tr data-item=${i.key}>
                  <th scope="row">${i.item}</th><td>${i.unit}</td>
                  <td class="num">${formatNumber(i.received, lang)}</td>
                  <td class="num">${formatNumber(i.distributed, lang)}</td>
                  <td class="num ${i.onHand < 0 ? 'neg' : ''}">${formatNumber(i.onHand, lang)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`)
        : html`<p class="small">${m.noItems}</p>`}
      ${warnings.length
        ? html`<div class="expiry" role="status">
            <h4>${m.expiryTitle}</h4>
            <ul>
              ${summariseExpiry(warnings).map((w) => {
                const q = `${formatNumber(w.onHand, lang)} ${w.unit}`;
                return html`<li class=${w.status} data-status=${w.status}>
                  ${w.status === 'expired' ? `✕ ${m.expired(w.item, q, formatDate(w.expiry, lang))}` : `! ${m.expiring(w.item, q, formatDate(w.expiry, lang), w.days)}`}
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
    </section>`;
}

/** Received and distributed per month, quarter or year (newest first), for one fund or all. */
export function renderPeriods(
  m: LedgerMessages,
  lang: Lang,
  p: { balances: LedgerBalances; granularity: Granularity; fundId?: string },
  onGranularity: (g: Granularity) => void,
): TemplateResult {
  const rows = p.balances.byPeriod(p.granularity, p.fundId || undefined).reverse();
  const label = (period: string) => {
    if (p.granularity === 'month') return formatDate(period, lang);
    if (p.granularity === 'year') return period;
    return `${m.quarter} ${period.slice(6)}/${period.slice(0, 4)}`;
  };
  return html`<details class="periods">
      <summary>${m.periods}</summary>
      <ansinh-select
        label=${m.granularity}
        .value=${p.granularity}
        .options=${(['month', 'quarter', 'year'] as const).map((g) => ({ value: g, label: m[g] }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => onGranularity(granularityOf(e.detail))}
      ></ansinh-select>
      ${tableScroll(m.periods, html`<table>
        <thead><tr><th scope="col">${m.period}</th><th scope="col">${m.received}</th><th scope="col">${m.distributed}</th></tr></thead>
        <tbody>
          ${rows.map((r) => html`<tr><th scope="row">${label(r.period)}</th><td class="num">${formatVnd(r.receivedVnd, lang)}</td><td class="num">${formatVnd(r.distributedVnd, lang)}</td></tr>`)}
        </tbody>
      </table>`)}
    </details>`;
}
