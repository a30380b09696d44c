import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/donation-ledger.js';
import { sampleFunds, sampleLedger } from '../../src/sample/index.js';
import { ledgerEntryHash, type LedgerEntry } from '../../src/contract/index.js';

const entries = sampleLedger();
const funds = sampleFunds();

/** The sample ledger with one entry changed after it was recorded (the chain breaks after it). */
function tampered(): LedgerEntry[] {
  const copy = entries.map((e) => ({ ...e })) as LedgerEntry[];
  const i = Math.floor(copy.length / 2);
  copy[i] = { ...copy[i]!, note: 'Sửa số tiền sau khi ghi sổ' } as LedgerEntry;
  return copy;
}

const firstDonationId = entries.find((e) => e.kind === 'donation' && 'amountVnd' in e)?.id ?? '';

const meta: Meta = {
  title: 'Components/DonationLedger',
  component: 'ansinh-donation-ledger',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

export const Public: Story = {
  render: () => html`<ansinh-donation-ledger view="public" today="2026-11-22" .funds=${funds} .entries=${entries}></ansinh-donation-ledger>`,
};

export const Staff: Story = {
  render: () => html`<ansinh-donation-ledger view="staff" today="2026-11-22" .funds=${funds} .entries=${entries}></ansinh-donation-ledger>`,
};

export const Receipt: Story = {
  render: () => html`<ansinh-donation-ledger view="staff" today="2026-11-22" receipt-id=${firstDonationId} .funds=${funds} .entries=${entries}></ansinh-donation-ledger>`,
};

export const EntryForm: Story = {
  render: () => html`<ansinh-donation-ledger view="staff" entry-form today="2026-11-22" .funds=${funds} .entries=${entries.slice(0, 200)}></ansinh-donation-ledger>`,
};

export const TamperedChain: Story = {
  render: () => html`<ansinh-donation-ledger view="public" today="2026-11-22" .funds=${funds} .entries=${tampered()}></ansinh-donation-ledger>`,
};

export const WithoutWebCrypto: Story = {
  name: 'Plain HTTP (JavaScript hashing)',
  render: () => html`<ansinh-donation-ledger hashing="javascript" today="2026-11-22" .funds=${funds} .entries=${entries}></ansinh-donation-ledger>`,
};

export const English: Story = {
  render: () => html`<div lang="en"><ansinh-donation-ledger view="public" today="2026-11-22" .funds=${funds} .entries=${entries}></ansinh-donation-ledger></div>`,
};

export const ServerRendered: Story = {
  name: 'JSON child (server-rendered portal)',
  render: () => {
    const small = entries.slice(0, 30);
    let prev: string | null = null;
    const chained = small.map((e) => {
      const x = { ...e, prevHash: prev } as LedgerEntry;
      prev = ledgerEntryHash(x);
      return x;
    });
    return html`<ansinh-donation-ledger today="2026-11-22"><script type="application/json">${JSON.stringify({ entries: chained, funds })}</script></ansinh-donation-ledger>`;
  },
};
