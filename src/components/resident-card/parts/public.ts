import { html, nothing, type TemplateResult } from 'lit';
import type { PublicResident } from '../../../contract/disclosure.js';
import { formatDate } from '../../../i18n/format.js';
import { cardMessages, codeLabels } from '../messages.js';
import { ageText, clampHeadingLevel, stayEnd, stayText } from '../model.js';
import { renderAvatar, renderName, row, type CardContext } from './context.js';

/**
 * The public card, rendered from the public projection only (`toPublicResident` in the contract:
 * the fields listed in `publishable`, public by nature, consented to). A full record handed to a
 * public card is projected first, so nothing else can reach this template; a server that sends
 * the projection itself never puts the rest in the page at all.
 */
export function renderPublic(c: CardContext, p: PublicResident): TemplateResult {
  const lang = c.lang;
  const m = cardMessages[lang];
  const l = codeLabels[lang];
  const name = p.fullName ?? m.nameHidden;
  const rows = [
    p.birthDate ? row(m.age, ageText({ birthDate: p.birthDate }, c.day, lang)) : nothing,
    p.sex ? row(m.sex, l.sex[p.sex]) : nothing,
    p.beneficiaryCategory ? row(m.category, l.category[p.beneficiaryCategory.code]) : nothing,
    p.admission ? row(m.admissionDate, formatDate(p.admission.date, lang)) : nothing,
    p.admission ? row(m.lengthOfStay, stayText(p.admission.date, stayEnd(p, c.day), lang)) : nothing,
    p.room ? row(m.room, p.room) : nothing,
    p.currentCarePlanStep ? row(m.carePlanStep, l.step[p.currentCarePlanStep]) : nothing,
  ].filter((x): x is TemplateResult => x !== nothing);
  const sheet = c.print ? 'sheet' : '';
  return html`<article class="card public ${sheet}" part="card" aria-labelledby="name">
      <header class="head">
        ${renderAvatar(c, p, !!p.photoUrl, !!p.fullName)}
        <div class="title">
          <p class="name" part="name" role="heading" aria-level=${clampHeadingLevel(c.headingLevel)} id="name">
            ${renderName(c, name, 'meta')}
          </p>
        </div>
      </header>
      <dl id="meta" class="public-fields">${rows}</dl>
      <div class="actions"><slot name="actions"></slot></div>
    </article>`;
}
