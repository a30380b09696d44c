import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RevealableField } from '../../../base/events.js';
import type { ContractIssue } from '../../../contract/issues.js';
import type { PartialResident } from '../../../contract/resident.js';
import type { PolicyTable } from '../../../contract/allowance.js';
import type { Lang } from '../../../i18n/lang.js';
import { cardMessages } from '../messages.js';
import { clampHeadingLevel, initials } from '../model.js';

/** What the parts of a resident card read from the element, taken once per render. */
export interface CardContext {
  lang: Lang;
  /** The viewing day (YYYY-MM-DD): age, length of stay and the allowance are worked out on it. */
  day: string;
  interactive: boolean;
  /** The A4 sheet is shown on screen. */
  print: boolean;
  headingLevel: number;
  allowReveal: boolean;
  revealed: ReadonlySet<RevealableField>;
  /** Sensitive data may be shown: asked for, consented to, and not a public view. */
  sensitiveAllowed: boolean;
  policyTable: PolicyTable;
  photoFailed: boolean;
  /** Warnings about the data (never errors: those replace the card). */
  warnings: readonly ContractIssue[];
  renderWarnings: () => TemplateResult | typeof nothing;
  onSelect: () => void;
  onPhotoError: () => void;
  onToggleReveal: (field: RevealableField) => void;
}

type FlagTone = 'neutral' | 'info' | 'warning' | 'danger';

/** The same shapes as `<ansinh-badge>`, so a tone reads without colour. */
const GLYPHS: Record<FlagTone, string> = { neutral: '•', info: 'i', warning: '!', danger: '✕' };

/**
 * A flag drawn with spans in the card's own shadow root (no badge element: a list of 1,000 rows
 * would create thousands), written without whitespace between tags. `title` shows more on hover.
 */
export function lightFlag(tone: FlagTone, text: string, title?: string): TemplateResult {
  return html`<span class="flag" data-tone=${tone} title=${ifDefined(title)}><span class="glyph" aria-hidden="true">${GLYPHS[tone]}</span>${text}</span>`;
}

/** The photo when allowed and loadable, else initials (or a dot when the name is not public). */
export function renderAvatar(
  c: CardContext,
  r: { photoUrl?: string | undefined; fullName?: string | undefined },
  showPhoto: boolean,
  showInitials: boolean,
): TemplateResult {
  if (showPhoto && r.photoUrl && !c.photoFailed) {
    return html`<img
        class="avatar"
        part="avatar"
        src=${r.photoUrl}
        alt=""
        width="72"
        height="72"
        loading="lazy"
        decoding="async"
        @error=${c.onPhotoError}
      />`;
  }
  return html`<span class="avatar initials" part="avatar" aria-hidden="true">${showInitials && r.fullName ? initials(r.fullName) : '•'}</span>`;
}

/** The name; on an interactive card, the one button that makes the card a target. */
export function renderName(c: CardContext, name: string, describedBy: string): TemplateResult | string {
  // Plain text when not interactive: a template of its own would cost a clone per card.
  if (!c.interactive) return name;
  return html`<button type="button" class="select" part="select" aria-describedby=${describedBy} @click=${c.onSelect}>
      ${name}
    </button>`;
}

/** One term and its value in a description list. */
export function row(term: string, value: unknown): TemplateResult {
  return html`<div class="row"><dt>${term}</dt><dd>${value}</dd></div>`;
}

/** A titled group of rows, left out when none of its rows is present. */
export function section(c: CardContext, id: string, title: string, rows: (TemplateResult | typeof nothing)[]): TemplateResult | typeof nothing {
  const present = rows.filter((x) => x !== nothing);
  if (present.length === 0) return nothing;
  return html`<section class="section" part="section" aria-labelledby=${id}>
      <p class="section-title" role="heading" aria-level=${clampHeadingLevel(c.headingLevel, 1)} id=${id}>${title}</p>
      <dl>${present}</dl>
    </section>`;
}

/**
 * Care flags with a text and a shape per tone, never colour alone. The full profile uses
 * `<ansinh-badge>`; a compact row draws the same look with spans in its own shadow root, because
 * a list of 1,000 rows with 2,000 badge elements costs several times more to render.
 */
export function flagBadges(r: PartialResident, lang: Lang, light = false): TemplateResult[] {
  const m = cardMessages[lang];
  const f = r.flags;
  if (!f) return [];
  const badge = (tone: FlagTone, text: string) => (light ? lightFlag(tone, text) : html`<ansinh-badge tone=${tone}>${text}</ansinh-badge>`);
  const out: TemplateResult[] = [];
  for (const a of f.allergy ?? []) out.push(badge('danger', `${m.allergy}: ${a}`));
  if (f.fallRisk) out.push(badge('warning', m.fallRisk));
  for (const d of f.diet ?? []) out.push(badge('info', `${m.diet}: ${d}`));
  for (const cf of f.custom ?? []) out.push(badge(cf.severity ?? 'neutral', (lang === 'en' && cf.label.en) || cf.label.vi));
  return out;
}
