import { html, nothing, type TemplateResult } from 'lit';
import { DISCLOSURE_DAYS, type LedgerDisclosure } from '../../../contract/ledger.js';
import { vietnamDate } from '../../../contract/shared.js';
import { type ContractIssue } from '../../../contract/issues.js';
import { formatDate } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import type { ChainResult, SignatureStatus } from '../chain.js';
import type { LedgerMessages } from '../messages.js';
import type { LedgerSlot } from '../model.js';
import { disclosureTiming, verdict } from '../verdict.js';

export interface VerificationState {
  chain?: ChainResult;
  verifying: boolean;
  verifyError: boolean;
  /** Entries handed in (valid or not): the chain's length. */
  entryCount: number;
  slots: readonly LedgerSlot[];
  /** The published disclosure handed to the element, if any. */
  disclosure?: LedgerDisclosure;
  /** Differences between a published disclosure and the ledger, once checked. */
  disclosureIssues?: ContractIssue[];
  signature?: SignatureStatus;
  /** The disclosure the issues and signature were checked for. */
  checked?: LedgerDisclosure;
  /** Today (YYYY-MM-DD): a disclosure past its due date and not published is late. */
  today: string;
}

/**
 * What the ledger may claim (see verdict.ts): "verified" only with a signed disclosure that
 * matches; an unbroken chain alone is "consistent", with what that does not prove; an alert naming
 * the first entry where the chain breaks, with a link to it. Then the disclosure's own record:
 * period, publication, due date, bank statements, and a warning when it came late.
 */
export function renderVerification(m: LedgerMessages, lang: Lang, s: VerificationState, goTo: (e: Event, id: string) => void): TemplateResult {
  const v = verdict(s);
  const c = s.chain;
  const detail = c?.head ? html`<p class="small">${m.verifiedDetail(s.entryCount, c.head)} ${m.method(c.method)}</p>` : nothing;
  let body: TemplateResult;
  switch (v.kind) {
    case 'error':
      body = html`<p role="alert" class="bad">${m.verifyFailed}</p>`;
      break;
    case 'pending':
    case 'empty':
      body = html`<p role="status" class="pending" aria-busy=${v.kind === 'pending' ? 'true' : 'false'}>${v.kind === 'pending' ? m.verifying : m.verifiedEmpty}</p>`;
      break;
    case 'broken': {
      const b = c!.break!;
      const slot = s.slots[b.index];
      const receipt = slot?.entry?.receiptNumber ?? `#${b.index + 1}`;
      const id = slot?.entry?.id;
      body = html`<div role="alert" class="bad" data-verdict="broken">
          <p><strong>✕ ${m.brokenTitle}</strong> ${m.breakAt(receipt, b.index + 1)}</p>
          <p>${m[`reason-${b.reason}`]}</p>
          ${id ? html`<p><a href="#entry-${id}" @click=${(e: Event) => goTo(e, id)}>${m.goToEntry} ${receipt}</a></p>` : nothing}
        </div>`;
      break;
    }
    case 'mismatch':
      body = html`<div role="alert" class="bad" data-verdict="mismatch">
          <p><strong>✕ ${m.disclosureBad}</strong></p>
          <ul>${v.issues.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>
          ${s.signature === 'invalid' ? html`<p>${m['sig-invalid']}</p>` : nothing}
        </div>`;
      break;
    case 'forged':
      body = html`<div role="alert" class="bad" data-verdict="forged"><p><strong>✕ ${m['sig-invalid']}</strong></p></div>`;
      break;
    case 'consistent':
      body = html`<div role="status" class="consistent" data-verdict="consistent">
          <p><strong>${m.consistent}</strong></p>
          ${detail}
          <p class="small">${m.notProven}</p>
          <p class="small" data-unproven=${v.unproven}>${m[`unproven-${v.unproven}`]}</p>
        </div>`;
      break;
    case 'verified':
      body = html`<div role="status" class="ok" data-verdict="verified">
          <p><strong>✓ ${m.verified}</strong></p>
          <p class="small">${m.verifiedBy(periodText(s.disclosure!, lang), publishedDay(s.disclosure!, lang))}</p>
          ${detail}
          ${v.after ? html`<p class="small" data-after=${v.after}>${m.verifiedAfter(v.after)}</p>` : nothing}
        </div>`;
      break;
  }
  return html`<div class="verification" part="verification">${body} ${s.disclosure ? renderDisclosure(m, lang, s.disclosure, s.today) : nothing}</div>`;
}

/** The day of publication in Vietnam, as lateness counts it ('' when not published). */
const publishedDay = (d: LedgerDisclosure, lang: Lang) => (d.publishedAt ? formatDate(vietnamDate(new Date(d.publishedAt)), lang) : '');
const periodText = (d: LedgerDisclosure, lang: Lang) => `${formatDate(d.period.from, lang)} – ${formatDate(d.period.to, lang)}`;

/** The disclosure's record, as the decree asks it to be published (docs/domain.md). */
function renderDisclosure(m: LedgerMessages, lang: Lang, d: LedgerDisclosure, today: string): TemplateResult {
  const t = disclosureTiming(d, today);
  const p = d.publication;
  return html`<section class="disclosure" part="disclosure" aria-label=${m.disclosureTitle}>
    <h3>${m.disclosureTitle}</h3>
    <dl>
      <div><dt>${m.disclosurePeriod}</dt><dd>${periodText(d, lang)}</dd></div>
      <div><dt>${m.disclosureScope}</dt><dd>${m[`scope-${d.scope ?? 'both'}`]}</dd></div>
      <div><dt>${m.publishedOn}</dt><dd>${publishedDay(d, lang) || m.notPublished}</dd></div>
      ${p
        ? html`<div><dt>${m.publishedWhere}</dt><dd>
            ${p.channels.map((ch) => m[`publish-${ch}`]).join(', ')}${p.place ? html` · ${p.place}` : nothing}
            ${p.url ? html` · <a href=${p.url} rel="noopener noreferrer" target="_blank">${p.url}</a>` : nothing}
          </dd></div>`
        : nothing}
      ${t.due ? html`<div><dt>${m.dueDate}</dt><dd>${formatDate(t.due, lang)}${t.due === d.dueDate ? nothing : html` <span class="small">(${m.dueRule(DISCLOSURE_DAYS[d.scope ?? 'both'])})</span>`}</dd></div>` : nothing}
      ${d.bankStatements?.length
        ? html`<div><dt>${m.bankStatements}</dt><dd><ul>${d.bankStatements.map(
            (b) => html`<li>${b.account ? html`${b.account}: ` : nothing}${b.url ? html`<a href=${b.url} rel="noopener noreferrer" target="_blank">${b.reference}</a>` : b.reference}</li>`,
          )}</ul></dd></div>`
        : nothing}
    </dl>
    ${t.lateDays ? html`<p class="warn" data-late=${t.lateDays}>${t.published ? m.publishedLate(t.lateDays, formatDate(t.due!, lang)) : m.overdue(t.lateDays, formatDate(t.due!, lang))}</p>` : nothing}
  </section>`;
}
