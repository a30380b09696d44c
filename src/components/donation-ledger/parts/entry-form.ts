import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { newId } from '../../../base/controllers/ids.js';
import type { FieldValue } from '../../../base/events.js';
import { parseLedgerEntry } from '../../../contract/parse-ledger.js';
import { type ContractIssue } from '../../../contract/issues.js';
import { type LedgerEntry, type LedgerEntryInput } from '../../../contract/ledger.js';
import type { Lang } from '../../../i18n/lang.js';
import { duplicateReceiptIssue, entryFromForm } from '../input.js';
import type { LedgerMessages } from '../messages.js';

/** A donation or a distribution: the form's fields follow the kind and the channel. */
export type EntryFormKind = 'donation' | 'distribution';

export interface EntryFormState {
  kind: EntryFormKind;
  /** donation: cash, bank-transfer, vietqr, in-kind; distribution: money, goods. */
  channel: string;
  issues: readonly ContractIssue[];
  /** The last entry submitted, announced as a status ('' for none). */
  status: string;
  /** The date the form starts with (YYYY-MM-DD). */
  today: string;
  fundIds: readonly string[];
  fundName: (id: string) => string;
}

export interface EntryFormHandlers {
  submit: (e: SubmitEvent) => void;
  /** The kind changed: the channel starts again from its first choice. */
  kind: (kind: EntryFormKind) => void;
  channel: (channel: string) => void;
}

/** The staff form that records a donation or a distribution (staff view, `entry-form`). */
export function renderEntryForm(m: LedgerMessages, lang: Lang, s: EntryFormState, on: EntryFormHandlers): TemplateResult {
  const donation = s.kind === 'donation';
  const goods = donation ? s.channel === 'in-kind' : s.channel === 'goods';
  return html`<form class="entry-form" part="form" aria-labelledby="form-h" novalidate @submit=${on.submit}>
      <h3 id="form-h">${m.formTitle}</h3>
      ${s.issues.length
        ? html`<div role="alert" class="bad"><p><strong>${m.formErrors}</strong></p><ul>${s.issues.map((i) => html`<li>${i.field ? `${i.field[lang]}: ` : ''}${i.message[lang]}</li>`)}</ul></div>`
        : nothing}
      ${s.status ? html`<p role="status" class="ok">${s.status}</p>` : nothing}
      <div class="grid">
        <ansinh-select name="kind" label=${m.formKind} required .value=${s.kind}
          .options=${[{ value: 'donation', label: m.donation }, { value: 'distribution', label: m.distribution }]}
          @ansinh-change=${(e: CustomEvent<FieldValue>) => on.kind(e.detail === 'distribution' ? 'distribution' : 'donation')}></ansinh-select>
        <ansinh-text-field name="receiptNumber" label=${m.receiptNumber} required></ansinh-text-field>
        <ansinh-text-field name="date" type="date" label=${m.date} required .value=${s.today}></ansinh-text-field>
        <ansinh-select name="fundId" label=${m.fund} required .options=${s.fundIds.map((id) => ({ value: id, label: s.fundName(id) }))}></ansinh-select>
        ${donation
          ? html`<ansinh-select name="channel" label=${m.channel} required .value=${s.channel}
                .options=${(['cash', 'bank-transfer', 'vietqr', 'in-kind'] as const).map((c) => ({ value: c, label: m[`channel-${c}`] }))}
                @ansinh-change=${(e: CustomEvent<FieldValue>) => on.channel(String(e.detail || 'cash'))}></ansinh-select>
              <ansinh-select name="donorType" label=${m.donorType} required value="person"
                .options=${(['person', 'organisation', 'business', 'religious', 'anonymous'] as const).map((t) => ({ value: t, label: m[`donor-${t}`] }))}></ansinh-select>
              <ansinh-text-field name="donorName" label=${m.donorName}></ansinh-text-field>
              <ansinh-checkbox-group name="consent" label=${m.consent} .options=${[{ value: 'yes', label: m.consent }]}></ansinh-checkbox-group>
              <ansinh-text-field name="contact" label=${m.contact}></ansinh-text-field>
              ${s.channel === 'bank-transfer' || s.channel === 'vietqr'
                ? html`<ansinh-text-field name="bankReference" label=${m.bankReference} ?required=${s.channel === 'bank-transfer'}></ansinh-text-field>`
                : nothing}`
          : html`<ansinh-select name="channel" label=${m.channel} required .value=${s.channel}
                .options=${[{ value: 'money', label: m['channel-cash'] }, { value: 'goods', label: m['channel-in-kind'] }]}
                @ansinh-change=${(e: CustomEvent<FieldValue>) => on.channel(String(e.detail || 'money'))}></ansinh-select>
              <ansinh-text-field name="beneficiary" label=${m.beneficiary} required></ansinh-text-field>
              <ansinh-text-field name="approver" label=${m.approver} required></ansinh-text-field>
              <ansinh-text-field name="handoverRecord" label=${m.handoverRecord}></ansinh-text-field>`}
        ${goods
          ? html`<ansinh-text-field name="item" label=${m.item} required></ansinh-text-field>
              <ansinh-text-field name="unit" label=${m.unit} required></ansinh-text-field>
              <ansinh-text-field name="quantity" type="number" min="0" step="any" label=${m.quantity} required></ansinh-text-field>
              <ansinh-text-field name="expiry" type="date" label=${m.expiry}></ansinh-text-field>`
          : html`<ansinh-text-field name="amountVnd" type="number" min="0" step="1" inputmode="numeric" label=${m.amountVnd} required></ansinh-text-field>`}
        <ansinh-text-field name="note" label=${m.note}></ansinh-text-field>
      </div>
      <ansinh-button type="submit">${m.submit}</ansinh-button>
    </form>`;
}

export interface EntryFormOptions {
  messages: () => LedgerMessages;
  /** The hash the new entry chains to: the chain's head, or the last entry's hash (null if none). */
  prevHash: () => string | null | Promise<string>;
  /** The receiving unit the new entry names. */
  receivingUnit: () => string | undefined;
  /** Whether a receipt number is already in the ledger. */
  receiptTaken: (receipt: string) => boolean;
  /** A valid entry was made: the element announces it (it does not add it). */
  submitted: (entry: LedgerEntry) => void;
}

/**
 * The staff form's state (kind, channel, problems, last status) and its submission: the fields
 * become an entry chained to the ledger's head, checked against the contract and for a receipt
 * number already used, then handed to `submitted`.
 */
export class EntryForm {
  private kind: EntryFormKind = 'donation';
  private channel = 'cash';
  private issues: ContractIssue[] = [];
  private status = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: EntryFormOptions,
  ) {}

  render(lang: Lang, fields: { today: string; fundIds: readonly string[]; fundName: (id: string) => string }): TemplateResult {
    const state = { kind: this.kind, channel: this.channel, issues: this.issues, status: this.status, ...fields };
    return renderEntryForm(this.options.messages(), lang, state, {
      submit: (e) => void this.submit(e),
      kind: (kind) => {
        this.kind = kind;
        this.channel = kind === 'donation' ? 'cash' : 'money';
        this.host.requestUpdate();
      },
      channel: (channel) => {
        this.channel = channel;
        this.host.requestUpdate();
      },
    });
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    // Awaited only when the head is not known yet, so a submission with a verified chain is
    // announced within the submit event, as before.
    const hash = this.options.prevHash();
    const prevHash = hash instanceof Promise ? await hash : hash;
    const candidate = entryFromForm(new FormData(form), { kind: this.kind, channel: this.channel, id: newId(), prevHash, receivingUnit: this.options.receivingUnit() });
    const r = parseLedgerEntry(JSON.parse(JSON.stringify(candidate)) as LedgerEntryInput);
    const issues: ContractIssue[] = r.ok ? [] : r.issues;
    const receipt = typeof candidate.receiptNumber === 'string' ? candidate.receiptNumber : '';
    if (receipt && this.options.receiptTaken(receipt)) issues.push(duplicateReceiptIssue(receipt));
    this.issues = issues;
    this.status = '';
    this.host.requestUpdate();
    if (issues.length || !r.ok) return;
    this.options.submitted(r.value);
    this.status = this.options.messages().submitted(r.value.receiptNumber);
    this.host.requestUpdate();
  }
}
