import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/donation-ledger.js';
import { sampleFunds, sampleLedger } from '../../src/sample/index.js';
import { ledgerEntryHash, type LedgerDisclosure, type LedgerEntry } from '../../src/contract/index.js';
import type { DisclosureDetails } from '../../src/components/donation-ledger/store.js';
import { signWithKey } from '../../src/components/donation-ledger/chain.js';

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

/** A disclosure of the sample ledger for a period, computed by a hidden ledger as a back end would. */
async function disclosureOf(period: { from: string; to: string }, details: DisclosureDetails): Promise<LedgerDisclosure | undefined> {
  const probe = document.createElement('ansinh-donation-ledger');
  probe.funds = funds;
  probe.entries = entries;
  probe.hidden = true;
  document.body.append(probe);
  await probe.ready;
  const d = probe.createDisclosure(period, details);
  probe.remove();
  return d;
}

/**
 * A unit's signed disclosure of the first three quarters of 2025, with the decree's publication
 * record and an ECDSA P-256 signature (here with a key made in the browser for the story; a unit
 * keeps its private key on its server).
 */
export const SignedDisclosure: Story = {
  name: 'Signed disclosure (verified up to its period)',
  loaders: [
    async () => {
      const d = await disclosureOf(
        { from: '2025-01-01', to: '2025-09-30' },
        {
          publishedAt: '2025-10-10T09:00:00+07:00',
          publication: { channels: ['website', 'noticeboard'], url: 'https://ctxh.example.vn/cong-khai/2025-q3' },
          bankStatements: [{ account: 'Quỹ chung · BIDV ***4521', reference: 'SK-2025-Q3-01' }],
        },
      );
      const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
      const disclosure = await signWithKey(d as unknown as Record<string, unknown>, keys.privateKey);
      return { disclosure, key: JSON.stringify(await crypto.subtle.exportKey('jwk', keys.publicKey)) };
    },
  ],
  render: (_args, { loaded }) =>
    html`<ansinh-donation-ledger view="public" today="2026-11-22" public-key=${loaded.key} .funds=${funds} .entries=${entries} .disclosure=${loaded.disclosure}></ansinh-donation-ledger>`,
};

/** An unsigned disclosure of the last quarter, posted only at the office, five days after its due date. */
export const LateDisclosure: Story = {
  name: 'Late, unsigned disclosure',
  loaders: [
    async () => ({
      disclosure: await disclosureOf(
        { from: '2025-10-01', to: '2025-12-31' },
        { publishedAt: '2026-01-20T08:00:00+07:00', publication: { channels: ['noticeboard'], place: 'Bảng tin phòng Công tác xã hội, tầng 1' } },
      ),
    }),
  ],
  render: (_args, { loaded }) => html`<ansinh-donation-ledger view="public" today="2026-11-22" .funds=${funds} .entries=${entries} .disclosure=${loaded.disclosure}></ansinh-donation-ledger>`,
};
