import { html, nothing, type TemplateResult } from 'lit';
import { allowanceFor } from '../../../contract/allowance.js';
import { type PartialResident, type Resident } from '../../../contract/resident.js';
import { SENSITIVE_CATEGORIES } from '../../../contract/disclosure.js';
import { formatDate, formatNumber, formatVnd } from '../../../i18n/format.js';
import type { Lang } from '../../../i18n/lang.js';
import { cardMessages, codeLabels } from '../messages.js';
import { ageText, categoryText, clampHeadingLevel, consentAllows, stayEnd, stayText } from '../model.js';
import { flagBadges, renderAvatar, renderName, row, section, type CardContext } from './context.js';
import { renderMaskedRow } from './masked-identity.js';

/**
 * The monthly allowance with its formula and legal source, or what staff must record for it to be
 * worked out. A category whose name is sensitive shows neither amount nor gap unless sensitive
 * data may be shown: whether there is an amount, and how much, would name it.
 */
function allowanceRow(c: CardContext, r: Resident): TemplateResult {
  const lang = c.lang;
  const m = cardMessages[lang];
  if (!c.sensitiveAllowed && SENSITIVE_CATEGORIES.has(r.beneficiaryCategory.code)) return row(m.allowance, m.allowanceHidden);
  const a = allowanceFor(c.policyTable, r, c.day);
  if ('gap' in a) return row(m.allowance, m.allowanceGap(a.gap));
  const amount = html`<strong>${formatVnd(a.amountVnd, lang)}</strong>`;
  const num = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 2 });
  const formula = m.allowanceFormula(formatVnd(a.level.amountVnd, lang), num(a.coefficient), a.children, formatDate(c.day, lang));
  const basis = [a.row.condition?.[lang] ?? a.row.condition?.vi, a.row.source].filter(Boolean).join(' · ');
  return row(
    m.allowance,
    html`${amount} <span class="hint">${m.allowanceSetting(a.setting)}. ${formula}</span>
      ${basis ? html`<span class="hint source">${basis}</span>` : nothing}
      ${a.level.source ? html`<span class="hint source">${m.allowanceLevelSource(a.level.source)}</span>` : nothing}
      ${a.ageUncertain ? html`<span class="hint warn">${m.allowanceAgeUncertain}</span>` : nothing}`,
  );
}

/** Health, HIV status, disability details, abuse and drug history, with a note on their use. */
function renderSensitive(c: CardContext, s: NonNullable<PartialResident['sensitive']>, lang: Lang): TemplateResult | typeof nothing {
  const m = cardMessages[lang];
  const l = codeLabels[lang];
  const block = section(c, 's-sensitive', m.sensitiveSection, [
    s.health?.summary ? row(m.health, s.health.summary) : nothing,
    s.health?.conditions?.length ? row(m.conditions, s.health.conditions.join('; ')) : nothing,
    s.health?.medications?.length ? row(m.medications, s.health.medications.join('; ')) : nothing,
    s.hivStatus ? row(m.hivStatus, l.hiv[s.hivStatus]) : nothing,
    s.disabilityDetails ? row(m.disabilityDetails, s.disabilityDetails) : nothing,
    s.abuseHistory ? row(m.abuseHistory, s.abuseHistory) : nothing,
    s.drugHistory ? row(m.drugHistory, s.drugHistory) : nothing,
  ]);
  if (block === nothing) return nothing;
  return html`<div class="sensitive">${block}<p class="hint">${m.sensitiveNote}</p></div>`;
}

/**
 * The full profile (and, with `print`, the A4 sheet): personal details with masked identity
 * numbers and the allowance, admission and care, contact, and sensitive data only when allowed.
 */
export function renderFull(c: CardContext, r: PartialResident): TemplateResult {
  const lang = c.lang;
  const m = cardMessages[lang];
  const l = codeLabels[lang];
  const day = c.day;
  const category = categoryText(r, c.sensitiveAllowed, lang);
  const sensitive = c.sensitiveAllowed ? r.sensitive : undefined;
  const flags = flagBadges(r, lang);
  const exitDay = stayEnd(r, day);
  const address = r.address
    ? [r.address.addressLine, r.address.communeName, r.address.provinceName].filter(Boolean).join(', ')
    : '';
  const sheet = c.print ? 'sheet' : '';
  return html`<article class="card full ${sheet}" part="card" aria-labelledby="name">
      <header class="head">
        ${renderAvatar(c, r, consentAllows(r.consent, 'photo'), true)}
        <div class="title">
          <p class="name" part="name" role="heading" aria-level=${clampHeadingLevel(c.headingLevel)} id="name">
            ${renderName(c, r.fullName, 'meta')}
          </p>
          <p class="meta" id="meta">${[r.birthDate ? ageText(r, day, lang) : '', r.sex ? l.sex[r.sex] : '', r.room].filter(Boolean).join(' · ')}</p>
        </div>
      </header>
      ${c.renderWarnings()}
      ${flags.length ? html`<div class="flags" role="group" aria-label=${m.flagsSection}>${flags}</div>` : nothing}
      <div class="sections">
        ${section(c, 's-personal', m.personalSection, [
          row(m.birthDate, r.birthDate ? html`${formatDate(r.birthDate, lang)} <span class="hint">(${ageText(r, day, lang)})</span>` : m.notRecorded),
          row(m.sex, r.sex ? l.sex[r.sex] : m.notRecorded),
          r.citizenId ? renderMaskedRow(c, 'citizenId', r.citizenId, m.citizenId) : nothing,
          r.healthInsuranceNumber
            ? renderMaskedRow(c, 'healthInsuranceNumber', r.healthInsuranceNumber, m.healthInsuranceNumber)
            : nothing,
          row(m.category, category.label),
          category.legalBasis ? row(m.legalBasis, category.legalBasis) : nothing,
          // No category (a record from another system): no allowance can be worked out; the warning says why.
          r.beneficiaryCategory ? allowanceRow(c, r as Resident) : nothing,
          r.disability ? row(m.disabilityLevel, l.disabilityLevel[r.disability.level]) : nothing,
          r.disability ? row(m.disabilityType, l.disabilityType[r.disability.type]) : nothing,
          r.disability?.certificateDate
            ? row(m.disabilityCertificate, m.certificateOn(formatDate(r.disability.certificateDate, lang), r.disability.issuer ?? ''))
            : nothing,
        ])}
        ${section(c, 's-admission', m.admissionSection, [
          ...(r.admission
            ? [
                row(m.admissionDate, formatDate(r.admission.date, lang)),
                row(m.admissionType, l.admissionType[r.admission.type]),
                row(m.decisionNumber, r.admission.decisionNumber),
                row(m.lengthOfStay, stayText(r.admission.date, exitDay, lang)),
              ]
            : [row(m.admissionDate, m.notRecorded)]),
          r.exit ? row(m.exit, m.exitOn(formatDate(r.exit.date, lang), l.exitReason[r.exit.reason])) : nothing,
          r.room ? row(m.room, r.room) : nothing,
          r.currentCarePlanStep ? row(m.carePlanStep, l.step[r.currentCarePlanStep]) : nothing,
        ])}
        ${section(c, 's-contact', m.contactSection, [
          r.guardian ? row(m.guardian, `${r.guardian.name} (${r.guardian.relationship})`) : nothing,
          r.guardian?.phone
            ? row(
                m.phone,
                // An interactive card is one target: no second focusable link inside it.
                c.interactive
                  ? r.guardian.phone
                  : html`<a href="tel:${r.guardian.phone.replace(/[^\d+]/g, '')}">${r.guardian.phone}</a>`,
              )
            : nothing,
          address ? row(m.address, address) : nothing,
        ])}
        ${sensitive ? renderSensitive(c, sensitive, lang) : nothing}
      </div>
      <div class="actions" role="group" aria-label=${m.actions}><slot name="actions"></slot></div>
    </article>`;
}
