/**
 * The boxes at the top of the editor: the offer to restore an unsaved draft, and the summary of
 * what still fails the contract (each problem a button that takes focus to its field).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContractIssue } from '../../../contract/issues.js';
import type { Lang } from '../../../i18n/lang.js';
import { messages } from '../messages.js';
import { formatDateTime, pathKey, type Path } from '../model.js';

/** Offers a draft kept `savedAt` (ISO date-time): restore it (one undo step) or discard it. */
export function renderDraftBanner(
  savedAt: string,
  lang: Lang,
  act: { restore(): void; discard(): void },
): TemplateResult {
  const m = messages[lang];
  return html`<div class="banner" role="region" aria-label=${m.restoreDraft} data-state="draft">
      <p>${m.draftFound(formatDateTime(savedAt, lang))}</p>
      <div class="row">
        <ansinh-button type="button" data-action="restore-draft" @click=${() => act.restore()}>${m.restoreDraft}</ansinh-button>
        <ansinh-button type="button" variant="secondary" data-action="discard-draft" @click=${() => act.discard()}
          >${m.discardDraft}</ansinh-button
        >
      </div>
    </div>`;
}

/** Someone saved the plan meanwhile: the edits are kept; reapply them on that version, or overwrite it. */
export function renderConflict(lang: Lang, busy: boolean, act: { reapply(): void; overwrite(): void }): TemplateResult {
  const m = messages[lang];
  return html`<div class="banner conflict" role="alert" data-state="conflict">
      <p><strong>${m.conflictTitle}</strong> ${m.conflict}</p>
      <div class="row">
        <ansinh-button type="button" data-action="reapply" ?disabled=${busy} @click=${() => act.reapply()}>${m.reapply}</ansinh-button>
        <ansinh-button type="button" variant="secondary" data-action="overwrite" ?disabled=${busy} @click=${() => act.overwrite()}
          >${m.overwrite}</ansinh-button
        >
      </div>
    </div>`;
}

/** The errors of the plan as it stands, or nothing when there are none. */
export function renderSummary(
  issues: readonly ContractIssue[],
  lang: Lang,
  focusIssue: (path: Path) => void,
): TemplateResult | typeof nothing {
  const errors = issues.filter((i) => i.severity === 'error');
  const m = messages[lang];
  if (!errors.length) return nothing;
  return html`<div class="summary" part="summary" tabindex="-1" role="region" aria-labelledby="summary-title">
      <h2 id="summary-title">${m.issuesTitle(errors.length)}</h2>
      <p>${m.issuesIntro}</p>
      <ul>
        ${errors.map(
          (i) => html`<li data-issue-path=${pathKey(i.path)}>
            <button class="link" type="button" @click=${() => focusIssue(i.path)}>
              ${i.field?.[lang] ?? (pathKey(i.path) || m.title)}${i.path.length ? ` (${pathKey(i.path)})` : ''}</button
            >: ${i.message[lang]}
          </li>`,
        )}
      </ul>
    </div>`;
}
