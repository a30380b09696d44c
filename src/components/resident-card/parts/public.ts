import { html, nothing, type TemplateResult } from 'lit';
import type { Resident } from '../../../contract/index.js';
import { formatDate } from '../../../i18n/format.js';
import { cardMessages, codeLabels } from '../messages.js';
import { ageText, clampHeadingLevel, publicFields, stayEnd, stayText, type PublicField } from '../model.js';
import { renderAvatar, renderName, row, type CardContext } from './context.js';

/**
 * The public card: only the fields `publicFields` allows (listed in `publishable`, public by
 * nature, consented to). Never identity numbers, sensitive data, contact details or warnings.
 */
export function renderPublic(c: CardContext, r: Resident): TemplateResult {
  const lang = c.lang;
  const m = cardMessages[lang];
  const l = codeLabels[lang];
  const shown: Set<PublicField> = publicFields(r);
  const name = shown.has('fullName') ? r.fullName : m.nameHidden;
  const rows = [
    shown.has('birthDate') ? row(m.age, ageText(r, c.day, lang)) : nothing,
    shown.has('sex') ? row(m.sex, l.sex[r.sex]) : nothing,
    shown.has('beneficiaryCategory') ? row(m.category, l.category[r.beneficiaryCategory.code]) : nothing,
    shown.has('admission') ? row(m.admissionDate, formatDate(r.admission.date, lang)) : nothing,
    shown.has('admission') ? row(m.lengthOfStay, stayText(r.admission.date, stayEnd(r, c.day), lang)) : nothing,
    shown.has('room') ? row(m.room, r.room ?? '') : nothing,
    shown.has('currentCarePlanStep') && r.currentCarePlanStep ? row(m.carePlanStep, l.step[r.currentCarePlanStep]) : nothing,
  ].filter((x): x is TemplateResult => x !== nothing);
  const sheet = c.print ? 'sheet' : '';
  return html`<article class="card public ${sheet}" part="card" aria-labelledby="name">
      <header class="head">
        ${renderAvatar(c, r, shown.has('photoUrl'), shown.has('fullName'))}
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
