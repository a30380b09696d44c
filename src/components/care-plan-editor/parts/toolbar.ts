/** The bar above the editor: undo, redo, what is unsaved or kept as a draft, print, save. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../i18n/lang.js';
import { messages } from '../messages.js';
import { formatDateTime } from '../model.js';

export interface ToolbarState {
  lang: Lang;
  canUndo: boolean;
  canRedo: boolean;
  /** Edits not saved yet. */
  dirty: boolean;
  /** When the last draft was kept (ISO date-time), or empty. */
  draftSavedAt: string;
  saving: boolean;
}

export interface ToolbarActions {
  undo(): void;
  redo(): void;
  print(): void;
  save(): void;
}

export function renderToolbar(s: ToolbarState, act: ToolbarActions): TemplateResult {
  const m = messages[s.lang];
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${m.toolbar}>
      <ansinh-button type="button" variant="secondary" size="sm" data-action="undo" ?disabled=${!s.canUndo} @click=${() => act.undo()}
        >${m.undo}</ansinh-button
      >
      <ansinh-button type="button" variant="secondary" size="sm" data-action="redo" ?disabled=${!s.canRedo} @click=${() => act.redo()}
        >${m.redo}</ansinh-button
      >
      <span class="spacer"></span>
      ${s.dirty ? html`<ansinh-badge tone="warning" data-state="unsaved">${m.unsaved}</ansinh-badge>` : nothing}
      ${s.draftSavedAt
        ? html`<span class="muted" data-state="draft-saved">${m.draftSaved(formatDateTime(s.draftSavedAt, s.lang))}</span>`
        : nothing}
      <ansinh-button type="button" variant="secondary" size="sm" data-action="print" @click=${() => act.print()}
        >${m.print}</ansinh-button
      >
      <ansinh-button type="button" size="sm" data-action="save" ?loading=${s.saving} @click=${() => act.save()}
        >${m.save}</ansinh-button
      >
    </div>`;
}
