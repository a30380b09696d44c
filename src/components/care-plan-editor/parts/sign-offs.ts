/**
 * The sign-off block: each care-team member, the resident or their guardian, and the director
 * sign (or approve) the plan; a signature can be removed again.
 */
import { html, type TemplateResult } from 'lit';
import { ROLE_LABELS, SIGN_OFF_LABELS, label, messages, options } from '../messages.js';
import { formatDateTime, list, signOffIndexes, text, type Item } from '../model.js';
import type { CarePlanUser } from '../state-machine.js';
import type { PlanForm } from './fields.js';

type TextInput = HTMLElement & { value: string };

/** What the signer fields hold before anyone signs (kept by the editor between renders). */
export interface SignerDraft {
  role: 'resident' | 'guardian';
  name: string;
  directorName: string;
  /** Who is signed in: a director's own name fills the approval. */
  user: CarePlanUser | undefined;
}

export interface SignOffActions {
  setRole(role: 'resident' | 'guardian'): void;
  setName(name: string): void;
  setDirectorName(name: string): void;
  /** Records a signature (the time is added by the editor). */
  sign(entry: Item): void;
}

export function renderSignOffs(f: PlanForm, s: SignerDraft, act: SignOffActions): TemplateResult {
  const m = messages[f.lang];
  const lang = f.lang;
  const signOffs = list(f.plan, 'signOffs');
  const found = signOffIndexes(f.plan);
  const at = (i: number) => signOffs[i] as Item;
  const signedRow = (i: number) =>
    html`<span>${m.signedAt(formatDateTime(text(at(i).at), lang))}</span> ${f.removeButton('signOffs', i, m.removeSignOff)}`;
  const person = found.person;
  const director = found.director;
  const directorName = s.directorName || (s.user?.role === 'director' ? s.user.name : '');
  return html`<section aria-labelledby="sign-h">
      <h2 id="sign-h">${m.signOffs}</h2>
      <ul class="list" data-list="signOffs">
        ${found.team.map(({ member: t, index: i }) => {
          const who = `${text(t.name)} (${label(ROLE_LABELS, t.role, lang)})`;
          return html`<li class="card row" data-signer="team">
            <strong>${who}</strong>
            ${i >= 0
              ? signedRow(i)
              : html`<ansinh-button type="button" size="sm" variant="secondary" ?disabled=${!text(t.name)}
                  @click=${() => act.sign({ role: 'team', name: text(t.name), memberId: t.id })}>${m.signAs(text(t.name) || '—')}</ansinh-button>`}
          </li>`;
        })}
        <li class="card" data-signer="person">
          <strong>${m.residentOrGuardian}</strong>
          ${person >= 0
            ? html`<div class="row">
                ${label(SIGN_OFF_LABELS, at(person).role, lang)}: ${text(at(person).name)} · ${signedRow(person)}
              </div>`
            : html`<div class="grid">
                <ansinh-select label=${m.signerRole} .options=${options({ resident: SIGN_OFF_LABELS.resident!, guardian: SIGN_OFF_LABELS.guardian! }, lang)}
                  .value=${s.role}
                  @ansinh-change=${(e: CustomEvent<string>) => act.setRole(e.detail === 'guardian' ? 'guardian' : 'resident')}></ansinh-select>
                <ansinh-text-field label=${m.signerName} .value=${s.name}
                  @input=${(e: Event) => act.setName((e.currentTarget as TextInput).value)}></ansinh-text-field>
                <div>
                  <ansinh-button type="button" size="sm" variant="secondary" ?disabled=${!s.name.trim()}
                    @click=${() => {
                      act.sign({ role: s.role, name: s.name.trim() });
                      act.setName('');
                    }}>${m.signAs(label(SIGN_OFF_LABELS, s.role, lang))}</ansinh-button>
                </div>
              </div>`}
        </li>
        <li class="card" data-signer="director">
          <strong>${m.director}</strong>
          ${director >= 0
            ? html`<div class="row">${m.approvedBy(text(at(director).name), formatDateTime(text(at(director).at), lang))}
                ${f.removeButton('signOffs', director, m.removeSignOff)}</div>`
            : html`<div class="grid">
                <ansinh-text-field label=${m.signerName} .value=${directorName}
                  @input=${(e: Event) => act.setDirectorName((e.currentTarget as TextInput).value)}></ansinh-text-field>
                <div>
                  <ansinh-button type="button" size="sm" variant="secondary" data-action="approve"
                    ?disabled=${!directorName.trim()}
                    @click=${() => {
                      const name = (s.directorName || s.user?.name || '').trim();
                      act.sign({ role: 'director', name, ...(s.user?.role === 'director' ? { memberId: s.user.id } : {}) });
                      act.setDirectorName('');
                    }}>${m.approve}</ansinh-button>
                </div>
              </div>`}
        </li>
      </ul>
    </section>`;
}
