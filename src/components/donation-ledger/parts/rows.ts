import { html, nothing, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { formatDate, formatNumber, formatVnd } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { LedgerMessages } from '../messages.js';
import type { LedgerRow } from '../model.js';
import type { FilterResult, ListItem } from '../store.js';

export interface RowContext {
  m: LedgerMessages;
  lang: Lang;
  fundName: (id: string) => string;
  /** A link to another entry was followed (a correction and the entry it corrects). */
  goTo: (e: Event, id: string) => void;
  /** The receipt of a donation was asked for. */
  showReceipt: (id: string) => void;
}

/**
 * A ResizeObserver that hands its observations to the callback at the next animation frame.
 *
 * The virtualiser measures its rows in a ResizeObserver callback and, in the same turn, renders
 * the range those sizes call for: rows it adds or removes are new observations at the depth just
 * delivered, so the browser ends the observer loop with "ResizeObserver loop completed with
 * undelivered notifications" on the page's window error handler (a portal's error tracker logs
 * it for every long ledger). Delivered a frame later, the range changes before that frame's
 * layout, outside the observer loop.
 */
class NextFrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame = 0;

  constructor(callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ||= requestAnimationFrame(() => {
        const batch = this.pending;
        this.pending = [];
        this.frame = 0;
        callback(batch, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
  }

  disconnect(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
  }
}

/** The virtualiser takes its ResizeObserver when a list connects: set it before the first one. */
let observerProvided = false;
function provideNextFrameResizeObserver(): void {
  if (observerProvided || typeof ResizeObserver === 'undefined') return;
  observerProvided = true;
  provideResizeObserver(NextFrameResizeObserver);
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/**
 * Scrolls the virtualised list to item `pos` and focuses the row of entry `id` (or the element
 * `target` selects in it). A list just rendered again (after a receipt closed) has no layout for
 * a frame or more, and its rows arrive later still: both are waited for, ten frames each at most.
 */
export async function focusRow(root: ParentNode, list: (HTMLElement & VirtualizerHostElement) | undefined, pos: number, id: string, target = ''): Promise<void> {
  // The virtualiser lays out only what is in view: the list first (it may be below the fold).
  list?.scrollIntoView({ block: 'nearest' });
  await frame();
  for (let i = 0; i < 10; i++) {
    try {
      list?.[virtualizerRef]?.element(pos)?.scrollIntoView({ block: 'center' });
      break;
    } catch {
      await frame(); // the list's layout is not ready yet
    }
  }
  for (let i = 0; i < 10; i++) {
    await frame();
    const row = root.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`);
    if (!row) continue;
    ((target && row.querySelector<HTMLElement>(target)) || row).focus();
    return;
  }
}

/**
 * How many rows matched with their totals, then the list: virtualised, so only the rows in view
 * are in the DOM however long the ledger is.
 */
export function renderList(ctx: RowContext, r: FilterResult): TemplateResult {
  const { m, lang } = ctx;
  provideNextFrameResizeObserver();
  return html`<p class="found" role="status" aria-live="polite">${m.found(r.matched, formatVnd(r.receivedVnd, lang), formatVnd(r.distributedVnd, lang))}</p>
      ${r.items.length
        ? html`<div class="list" part="list" role="list" aria-label=${m.entries} tabindex="0">
            ${virtualize({
              items: r.items,
              // The virtualiser may ask for a slot whose item is gone while the list shrinks (seen in
              // Firefox, when a ledger is replaced by an empty one): an empty slot, never a crash.
              keyFunction: (i: ListItem | undefined, n: number) => (!i ? `gap:${n}` : i.type === 'row' ? i.row.id : `m:${i.month}`),
              renderItem: (i: ListItem | undefined) => (!i ? html`` : i.type === 'row' ? renderRow(ctx, i.row) : renderMonth(lang, i)),
              scroller: true,
            })}
          </div>`
        : html`<p class="empty">${m.noMatch}</p>`}`;
}

/** A month heading with what came in and went out that month. */
function renderMonth(lang: Lang, h: Extract<ListItem, { type: 'month' }>): TemplateResult {
  return html`<div role="listitem" class="month">
      <span class="month-name">${h.month === '—' ? '—' : formatDate(h.month, lang)}</span>
      <span class="in">+${formatVnd(h.receivedVnd, lang)}</span>
      <span class="out">−${formatVnd(h.distributedVnd, lang)}</span>
    </div>`;
}

/** One entry: effective values, what a correction changed struck through, links both ways. */
export function renderRow(ctx: RowContext, r: LedgerRow, forPrint = false): TemplateResult {
  const { m, lang } = ctx;
  if (r.kind === 'invalid') {
    return html`<div role="listitem" class="row invalid" part="row" data-entry-id=${r.id} tabindex="-1">
        <p><strong>✕ ${m.invalidEntry}</strong> #${r.index + 1}</p>
        <ul>${(r.issues ?? []).map((i) => html`<li>${i.field ? i.field[lang] : i.path.join('.')}: ${i.message[lang]}</li>`)}</ul>
      </div>`;
  }
  const link = (id: string, text: string) =>
    forPrint ? html`<span>${text}</span>` : html`<a href="#entry-${id}" @click=${(e: Event) => ctx.goTo(e, id)}>${text}</a>`;
  const amountChange = r.changes?.find((c) => c.field === 'amountVnd');
  const partyChange = r.changes?.find((c) => c.field === 'party');
  const sign = r.kind === 'donation' ? '+' : r.kind === 'distribution' ? '−' : '';
  return html`<div role="listitem" class="row ${r.kind} ${r.voided ? 'voided' : ''}" part="row" id="entry-${r.id}" data-entry-id=${r.id} tabindex="-1">
      <div class="line1">
        <span class="receipt">${r.receiptNumber}</span>
        <span class="date">${formatDate(r.date, lang)}</span>
        <span class="kind">${m[r.kind]}${r.channel ? ` · ${m[`channel-${r.channel}` as 'channel-cash']}` : ''}</span>
        ${r.voided ? html`<span class="tag bad">${m.voided}</span>` : nothing}
        ${r.amountVnd !== undefined
          ? html`<span class="amount ${r.kind === 'donation' ? 'in' : 'out'}">${amountChange ? html`<del>${formatVnd(Number(amountChange.before), lang)}</del> ` : nothing}${r.voided ? html`<del>${sign}${formatVnd(r.amountVnd, lang)}</del>` : `${sign}${formatVnd(r.amountVnd, lang)}`}</span>`
          : nothing}
      </div>
      ${r.kind !== 'correction'
        ? html`<div class="line2">
            <span class="party ${r.anonymous ? 'anon' : ''}">${partyChange ? html`<del>${partyChange.before}</del> ` : nothing}${r.party}</span>
            <span class="fund">${ctx.fundName(r.fundId)}</span>
          </div>`
        : nothing}
      ${r.lines
        ? html`<ul class="goods">
            ${r.lines.map((l) => html`<li>${formatNumber(l.quantity, lang)} ${l.unit} ${l.item}${l.expiry ? html` <span class="small">(${m.expiry} ${formatDate(l.expiry, lang)})</span>` : nothing}</li>`)}
            ${r.estimatedVnd !== undefined ? html`<li class="small">${m.estimated}: ${formatVnd(r.estimatedVnd, lang)}</li>` : nothing}
          </ul>`
        : nothing}
      ${r.changes?.filter((c) => c.field !== 'amountVnd' && c.field !== 'party').map(
        (c) => html`<p class="small">${m.original}: <del>${c.field === 'date' ? formatDate(c.before, lang) : c.field === 'fundId' ? ctx.fundName(c.before) : c.field === 'channel' ? m[`channel-${c.before}` as 'channel-cash'] ?? c.before : c.before}</del></p>`,
      )}
      ${r.correctedBy ? html`<p class="small">${m.correctedBy} ${r.correctedBy.map((c, i) => html`${i ? ', ' : ''}${link(c.id, c.receiptNumber)}`)}</p>` : nothing}
      ${r.corrects ? html`<p>${m.corrects} ${link(r.corrects.id, r.corrects.receiptNumber)}. ${m.reason}: ${r.corrects.reason}</p>` : nothing}
      ${[...(r.publicDetails ?? []), ...(r.details ?? [])].length
        ? html`<dl class="details">${[...(r.publicDetails ?? []), ...(r.details ?? [])].map((d) => html`<div><dt>${d.label}</dt><dd>${d.value}</dd></div>`)}</dl>`
        : nothing}
      ${r.issues ? html`<ul class="row-issues">${r.issues.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>` : nothing}
      ${!forPrint && r.kind === 'donation' && !r.voided
        ? html`<button type="button" class="linkish" @click=${() => ctx.showReceipt(r.id)}>${m.receipt} ${r.receiptNumber}</button>`
        : nothing}
    </div>`;
}
