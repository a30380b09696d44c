import { html, nothing, type TemplateResult } from 'lit';
import type { ContractIssue } from '../../../contract/index.js';
import type { Lang } from '../../../i18n/lang.js';
import type { ChainResult, SignatureStatus } from '../chain.js';
import type { LedgerMessages } from '../messages.js';
import type { LedgerSlot } from '../model.js';

export interface VerificationState {
  chain?: ChainResult;
  verifying: boolean;
  verifyError: boolean;
  /** Entries handed in (valid or not): the chain's length. */
  entryCount: number;
  slots: readonly LedgerSlot[];
  /** Differences between a published disclosure and the ledger, once checked. */
  disclosureIssues?: ContractIssue[];
  signature?: SignatureStatus;
}

/**
 * The chain's verification status (a status while pending or intact, an alert naming the first
 * entry where it breaks, with a link to it), then the disclosure's and the signature's.
 */
export function renderVerification(m: LedgerMessages, lang: Lang, s: VerificationState, goTo: (e: Event, id: string) => void): TemplateResult {
  const c = s.chain;
  let body: TemplateResult;
  if (s.verifyError) body = html`<p role="alert" class="bad">${m.verifyFailed}</p>`;
  else if (!c) body = html`<p role="status" class="pending" aria-busy=${s.verifying || s.entryCount ? 'true' : 'false'}>${s.verifying || s.entryCount ? m.verifying : m.verifiedEmpty}</p>`;
  else if (c.ok) {
    body = html`<div role="status" class="ok">
        <p><strong>✓ ${m.verified}</strong></p>
        <p class="small">${c.head ? m.verifiedDetail(s.entryCount, c.head) : m.verifiedEmpty} ${m.method(c.method)}</p>
      </div>`;
  } else {
    const b = c.break!;
    const slot = s.slots[b.index];
    const receipt = slot?.entry?.receiptNumber ?? `#${b.index + 1}`;
    const id = slot?.entry?.id;
    body = html`<div role="alert" class="bad">
        <p><strong>✕ ${m.brokenTitle}</strong> ${m.breakAt(receipt, b.index + 1)}</p>
        <p>${m[`reason-${b.reason}`]}</p>
        ${id ? html`<p><a href="#entry-${id}" @click=${(e: Event) => goTo(e, id)}>${m.goToEntry} ${receipt}</a></p>` : nothing}
      </div>`;
  }
  const d = s.disclosureIssues;
  return html`<div class="verification" part="verification">
      ${body}
      ${d
        ? html`<div class=${d.length ? 'bad' : 'ok'} role=${d.length ? 'alert' : 'status'}>
            <p>${d.length ? m.disclosureBad : `✓ ${m.disclosureOk}`}</p>
            ${d.length ? html`<ul>${d.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
      ${s.signature
        ? html`<p class=${s.signature === 'valid' ? 'ok' : s.signature === 'invalid' ? 'bad' : 'small'} data-signature=${s.signature}>
            ${s.signature === 'valid' ? '✓ ' : s.signature === 'invalid' ? '✕ ' : ''}${m[`sig-${s.signature}`]}
          </p>`
        : nothing}
    </div>`;
}
