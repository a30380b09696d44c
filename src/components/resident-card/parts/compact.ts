import { html, nothing, type TemplateResult } from 'lit';
import type { PartialResident } from '../../../contract/resident.js';
import { codeLabels } from '../messages.js';
import { ageText, categoryText, consentAllows } from '../model.js';
import { flagBadges, lightFlag, renderAvatar, renderName, type CardContext } from './context.js';

/**
 * A resident as one row of a list: avatar, name, age · sex · room, care flags, the category and a
 * count of data warnings (their text in a tooltip). Light markup, for lists of a thousand rows.
 */
export function renderCompact(c: CardContext, r: PartialResident): TemplateResult {
  const lang = c.lang;
  const l = codeLabels[lang];
  const meta = [r.birthDate ? ageText(r, c.day, lang) : '', r.sex ? l.sex[r.sex] : '', r.room].filter(Boolean).join(' · ');
  const flags = flagBadges(r, lang, true);
  const count = c.warnings.length;
  const warnings = count
    ? lightFlag('warning', lang === 'vi' ? `${count} cảnh báo dữ liệu` : `${count} data warning${count === 1 ? '' : 's'}`, c.warnings.map((i) => i.message[lang]).join('\n'))
    : nothing;
  // Written without whitespace between tags (each would be a text node cloned per row).
  return html`<div class="card compact" part="card">${renderAvatar(c, r, consentAllows(r.consent, 'photo'), true)}<div class="main"><p class="line name" part="name" id="name">${renderName(c, r.fullName, 'meta')}</p><p class="line meta" id="meta">${meta}</p><p class="line tags">${warnings}${flags}<span class="category">${categoryText(r, c.sensitiveAllowed, lang).label}</span></p></div><div class="actions"><slot name="actions"></slot></div></div>`;
}
