import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { dataSourceContext } from '../../base/context.js';
import type { InvalidDetail, ResidentSelectDetail, RevealDetail, RevealableField, TypedEvents } from '../../base/events.js';
import { hostStyles } from '../../base/primitives/styles.js';
import {
  DEFAULT_POLICY_TABLE,
  PolicyTableSchema,
  maskCitizenId,
  monthlyAllowance,
  parseResident,
  type PolicyTable,
  type Resident,
} from '../../contract/index.js';
import type { ContractIssue } from '../../contract/issues.js';
import { DataSourceError } from '../../data/errors.js';
import type { DataSource } from '../../data/source.js';
import { formatDate, formatNumber, formatVnd } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { cardMessages, codeLabels } from './messages.js';
import {
  SENSITIVE_CATEGORIES,
  ageOn,
  consentAllows,
  dateWarnings,
  durationBetween,
  initials,
  isIsoDate,
  publicFields,
  todayIso,
  type PublicField,
} from './model.js';
import { residentCardStyles } from './resident-card.styles.js';

export type ResidentCardVariant = 'compact' | 'full' | 'public';

/** Identity numbers that are masked by default and can be revealed when the host allows it. */
export type { ResidentSelectDetail, RevealDetail, RevealableField };

/** The events `<ansinh-resident-card>` fires, with their details. */
export interface AnsinhResidentCardEventMap {
  'ansinh-select': CustomEvent<ResidentSelectDetail>;
  'ansinh-reveal': CustomEvent<RevealDetail>;
  'ansinh-invalid': CustomEvent<InvalidDetail>;
  'ansinh-retry': CustomEvent<undefined>;
}

// Listeners added to this element receive its own details (see AnsinhResidentCardEventMap).
export interface AnsinhResidentCard {
  addEventListener: TypedEvents<AnsinhResidentCardEventMap>['addEventListener'];
  removeEventListener: TypedEvents<AnsinhResidentCardEventMap>['removeEventListener'];
}

declare global {
  interface HTMLElementTagNameMap {
    'ansinh-resident-card': AnsinhResidentCard;
  }
}

type LoadState = 'idle' | 'loading' | 'not-found' | 'error' | 'no-source';

type FlagTone = 'neutral' | 'info' | 'warning' | 'danger';
/** The same shapes as `<ansinh-badge>`, so a tone reads without colour. */
const GLYPHS: Record<FlagTone, string> = { neutral: '•', info: 'i', warning: '!', danger: '✕' };

const VARIANTS: readonly ResidentCardVariant[] = ['compact', 'full', 'public'];

/**
 * One resident of a social-protection centre, privacy-safe by default (Luật 91/2025/QH15).
 *
 * Data comes from `.resident` (validated with `parseResident`), from a child
 * `<script type="application/json">`, or is loaded by `resident-id` from the DataSource of the
 * nearest `<ansinh-provider>` (with a loading skeleton of the card's final size, a not-found
 * state and an error state with retry).
 *
 * Privacy: identity numbers are masked (`0*********45`) and can be revealed only with
 * `allow-reveal`, through a cancelable `ansinh-reveal` event; sensitive data (health, HIV status,
 * disability details, abuse and drug history) is not rendered at all unless `show-sensitive` is set
 * and the resident consented to sharing health data; `variant="public"` shows only fields listed in
 * `publishable` that are public by nature, never sensitive data or contact details.
 *
 * @summary One resident: compact row, full profile, public card or A4 print sheet.
 *
 * @slot actions - Buttons or links the portal adds (open file, edit plan…).
 * @event ansinh-select - The interactive card was chosen (click, Enter or Space). `detail`: `{ residentId }`.
 * @event ansinh-reveal - Cancelable. A person asked to show a masked number. `detail`: `{ field, residentId }`.
 *   Call `preventDefault()` to refuse; log it for the audit trail either way.
 * @event ansinh-invalid - The data failed the contract. `detail`: `{ issues }`.
 * @event ansinh-retry - Bubbles from the error state's retry button; the card then reloads.
 *
 * @csspart card - The card box.
 * @csspart avatar - The photo or initials.
 * @csspart name - The resident's name.
 * @csspart select - The button that makes the card one target (with `interactive`).
 * @csspart reveal - A reveal/hide button for a masked number.
 * @csspart section - A group of details in the full profile.
 * @csspart skeleton - The loading skeleton.
 * @csspart issues - Contract errors or warnings.
 *
 * @cssprop --ansinh-resident-card-background - Card background.
 * @cssprop --ansinh-resident-card-border - Card border colour.
 * @cssprop --ansinh-resident-card-avatar-background - Background of the initials avatar.
 * @cssprop --ansinh-resident-card-full-min-height - Height reserved for the full profile while loading.
 *
 * @attr variant - `compact` (a row in a list), `full` (default, a profile) or `public`.
 * @attr resident-id - Loads the resident with this ID from the provider's DataSource.
 * @attr on-date - Date (YYYY-MM-DD) for age, length of stay and the allowance; default today.
 * @attr allow-reveal - Offers a button that reveals masked identity numbers.
 * @attr show-sensitive - Shows sensitive data when the resident's consent also allows it.
 * @attr interactive - The whole card is one target that fires `ansinh-select`.
 * @attr print - Shows the A4 print sheet on screen (preview); printing uses it automatically.
 * @attr heading-level - Level of the name heading (1–6, default 3); section headings are one lower.
 */
export class AnsinhResidentCard extends AnsinhElement {
  static override jsonProperty = 'resident';
  static override styles = [hostStyles, residentCardStyles];

  /** `compact`, `full` (default) or `public`. */
  @property({ reflect: true }) variant: ResidentCardVariant = 'full';
  /** ID of the resident to load from the provider's DataSource when `.resident` is not set. */
  @property({ attribute: 'resident-id' }) residentId = '';
  /** Date (YYYY-MM-DD) on which age, length of stay and allowance are worked out; default today. */
  @property({ attribute: 'on-date' }) onDate = '';
  /** Offers a reveal button for masked identity numbers (fires cancelable `ansinh-reveal`). */
  @property({ type: Boolean, attribute: 'allow-reveal' }) allowReveal = false;
  /** Shows sensitive data, but only when the resident consented to sharing health data. */
  @property({ type: Boolean, attribute: 'show-sensitive' }) showSensitive = false;
  /** Makes the whole card one accessible target that fires `ansinh-select`. */
  @property({ type: Boolean, reflect: true }) interactive = false;
  /** Shows the A4 print layout on screen. */
  @property({ type: Boolean, reflect: true }) print = false;
  /** Level of the name heading (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private loadState: LoadState = 'idle';
  @state() private revealed: ReadonlySet<RevealableField> = new Set();
  @state() private photoFailed = false;

  private _resident?: Resident;
  private fromProperty = false;
  private parseWarnings: ContractIssue[] = [];
  private _policyTable: PolicyTable = DEFAULT_POLICY_TABLE;
  private policyWarning = false;
  private loadError: unknown;
  private source?: DataSource;
  private sourceConsumer?: ContextConsumer<typeof dataSourceContext, this>;
  private loadedKey?: string;
  private loadedSource?: DataSource;
  private abort?: AbortController;

  /**
   * The resident shown. Accepts anything: it is validated with `parseResident` once, here. Invalid
   * data shows the error state and fires `ansinh-invalid`; reading back gives the valid resident
   * or `undefined`.
   */
  get resident(): Resident | undefined {
    return this._resident;
  }
  set resident(value: unknown) {
    const old = this._resident;
    this.fromProperty = value !== undefined && value !== null;
    if (this.fromProperty) {
      this.abort?.abort();
      this.loadState = 'idle';
      this.accept(value);
    } else {
      this._resident = undefined;
      this.parseWarnings = [];
      this.loadedKey = undefined;
      this.showContractIssues([]);
    }
    this.requestUpdate('resident', old);
  }

  /** Dated allowance levels and coefficients; defaults to `DEFAULT_POLICY_TABLE`. */
  get policyTable(): PolicyTable {
    return this._policyTable;
  }
  set policyTable(value: unknown) {
    const old = this._policyTable;
    if (value === undefined || value === null) {
      this._policyTable = DEFAULT_POLICY_TABLE;
      this.policyWarning = false;
    } else {
      let parsed: ReturnType<typeof PolicyTableSchema.safeParse> | undefined;
      try {
        parsed = PolicyTableSchema.safeParse(value);
      } catch {
        parsed = undefined;
      }
      this._policyTable = parsed?.success ? parsed.data : DEFAULT_POLICY_TABLE;
      this.policyWarning = !parsed?.success;
    }
    this.requestUpdate('policyTable', old);
  }

  /** Loads the resident again from the DataSource (what the retry button does). */
  reload(): void {
    this.loadedKey = undefined;
    this.requestUpdate();
  }

  private accept(value: unknown): void {
    const result = parseResident(value);
    this.revealed = new Set();
    this.photoFailed = false;
    if (result.ok) {
      this._resident = result.value;
      this.parseWarnings = result.warnings;
      // Warnings are (re)computed in willUpdate, where the viewing date is known.
    } else {
      this._resident = undefined;
      this.parseWarnings = [];
      this.showContractIssues(result.issues);
    }
  }

  private get effectiveVariant(): ResidentCardVariant {
    const v = VARIANTS.includes(this.variant) ? this.variant : 'full';
    return this.print && v === 'compact' ? 'full' : v;
  }

  private get viewDate(): string {
    return isIsoDate(this.onDate) ? this.onDate : todayIso();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.fromProperty && this.residentId) {
      this.sourceConsumer ??= new ContextConsumer(this, {
        context: dataSourceContext,
        subscribe: true,
        callback: (source) => {
          this.source = source;
          this.requestUpdate();
        },
      });
      if (this.residentId !== this.loadedKey || this.source !== this.loadedSource) this.startLoad();
    } else if (!this.fromProperty && !this.residentId && this.loadState !== 'idle') {
      this.abort?.abort();
      this.loadState = 'idle';
      this.loadedKey = undefined;
    }
    if (
      this._resident &&
      (changed.has('resident' as keyof AnsinhResidentCard) ||
        changed.has('onDate') ||
        changed.has('policyTable' as keyof AnsinhResidentCard) ||
        changed.has('loadState' as keyof AnsinhResidentCard))
    ) {
      this.showContractIssues(this.warningsFor(this._resident));
    }
  }

  private warningsFor(r: Resident): ContractIssue[] {
    const out = [...this.parseWarnings, ...dateWarnings(r, this.viewDate)];
    const vi = cardMessages.vi;
    const en = cardMessages.en;
    if (this.onDate && !isIsoDate(this.onDate)) {
      out.push({
        path: [],
        code: 'on_date',
        severity: 'warning',
        message: { vi: vi.warnOnDate(this.onDate), en: en.warnOnDate(this.onDate) },
      });
    }
    if (this.policyWarning) {
      out.push({ path: [], code: 'policy_table', severity: 'warning', message: { vi: vi.policyTableInvalid, en: en.policyTableInvalid } });
    }
    return out;
  }

  private startLoad(): void {
    const id = this.residentId;
    const source = this.source;
    this.abort?.abort();
    this.loadedKey = id;
    this.loadedSource = source;
    this._resident = undefined;
    this.parseWarnings = [];
    this.loadError = undefined;
    this.showContractIssues([]);
    if (!source) {
      this.loadState = 'no-source';
      return;
    }
    if (typeof source.getResident !== 'function') {
      this.loadState = 'error';
      this.loadError = new DataSourceError({ code: 'unsupported', source: source.kind });
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    this.loadState = 'loading';
    let pending: Promise<unknown>;
    try {
      pending = Promise.resolve(source.getResident(id, { signal: controller.signal }));
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (data) => {
        if (this.abort !== controller || this.fromProperty) return;
        if (data === undefined || data === null) {
          this.loadState = 'not-found';
        } else {
          this.accept(data);
          this.loadState = 'idle';
        }
      },
      (err: unknown) => {
        if (this.abort !== controller || this.fromProperty) return;
        this.loadError = err;
        this.loadState = 'error';
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A later reconnection loads again; a response arriving meanwhile is ignored.
    if (this.loadState === 'loading') {
      this.abort?.abort();
      this.abort = undefined;
      this.loadedKey = undefined;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------------------------

  private onSelect(): void {
    const r = this._resident;
    if (r) this.emit('ansinh-select', { residentId: r.id } satisfies ResidentSelectDetail);
  }

  private toggleReveal(field: RevealableField): void {
    const r = this._resident;
    if (!r) return;
    const next = new Set(this.revealed);
    if (next.has(field)) {
      next.delete(field);
    } else {
      if (!this.allowReveal) return;
      const allowed = this.emit('ansinh-reveal', { field, residentId: r.id }, { cancelable: true });
      if (!allowed) return;
      next.add(field);
    }
    this.revealed = next;
  }

  private onRetry(event: Event): void {
    // The state's own ansinh-retry keeps bubbling so a host can also react; the card reloads.
    if (event.target !== this) this.reload();
  }

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const variant = this.effectiveVariant;
    const lang = this.locale;
    if (this.hasContractErrors) {
      return html`<div class="card ${variant} issues-only" part="card">${this.renderContractIssues()}</div>`;
    }
    const r = this._resident;
    if (!r) return this.renderState(variant, lang);
    if (variant === 'compact') return this.renderCompact(r, lang);
    if (variant === 'public') return this.renderPublic(r, lang);
    return this.renderFull(r, lang);
  }

  private renderState(variant: ResidentCardVariant, lang: Lang): TemplateResult {
    const m = cardMessages[lang];
    switch (this.loadState) {
      case 'not-found':
        return html`<div class="card ${variant} state" part="card">
          <ansinh-state kind="empty" heading=${m.notFound}><p>${m.notFoundDetail(this.residentId)}</p></ansinh-state>
        </div>`;
      case 'error':
      case 'no-source': {
        const err = this.loadError;
        const text =
          this.loadState === 'no-source'
            ? m.noSource
            : err instanceof DataSourceError
              ? err.code === 'unsupported'
                ? m.unsupported
                : err.messageIn(lang)
              : m.unknownError;
        const canRetry = this.loadState === 'error' && !(err instanceof DataSourceError && err.code === 'unsupported');
        return html`<div class="card ${variant} state" part="card">
          <ansinh-state kind="error" heading=${m.loadError} ?retry=${canRetry} @ansinh-retry=${this.onRetry}
            ><p>${text}</p></ansinh-state
          >
        </div>`;
      }
      case 'loading':
        return this.renderSkeleton(variant, lang);
      default:
        // Nothing handed in yet: keep the final size so the page does not jump when data arrives.
        return html`<div class="card ${variant} skeleton-card" part="card" aria-hidden="true">${this.skeletonBars(variant)}</div>`;
    }
  }

  private renderSkeleton(variant: ResidentCardVariant, lang: Lang): TemplateResult {
    return html`<div class="card ${variant} skeleton-card" part="card" role="status" aria-busy="true">
      <span class="sr">${cardMessages[lang].loading}</span>${this.skeletonBars(variant)}
    </div>`;
  }

  private skeletonBars(variant: ResidentCardVariant): TemplateResult {
    if (variant === 'compact') {
      return html`<span class="avatar bone" part="skeleton"></span>
        <span class="main" aria-hidden="true"
          ><span class="line"><span class="bar w60"></span></span><span class="line"><span class="bar w80"></span></span
          ><span class="line"><span class="bar w40"></span></span
        ></span>`;
    }
    return html`<div class="bones" part="skeleton" aria-hidden="true">
      <span class="head"><span class="avatar bone"></span><span class="bar w60 tall"></span></span>
      ${[80, 60, 70, 50, 80, 40, 60].map((w) => html`<span class="bar w${w}"></span>`)}
    </div>`;
  }

  private headingLevelClamped(offset = 0): number {
    const n = Math.round(Number(this.headingLevel));
    return Math.min(6, Math.max(1, (Number.isFinite(n) ? n : 3) + offset));
  }

  private renderAvatar(r: Resident, showPhoto: boolean, showInitials: boolean): TemplateResult {
    if (showPhoto && r.photoUrl && !this.photoFailed) {
      return html`<img
        class="avatar"
        part="avatar"
        src=${r.photoUrl}
        alt=""
        width="72"
        height="72"
        loading="lazy"
        decoding="async"
        @error=${() => (this.photoFailed = true)}
      />`;
    }
    return html`<span class="avatar initials" part="avatar" aria-hidden="true">${showInitials ? initials(r.fullName) : '•'}</span>`;
  }

  private renderName(name: string, describedBy: string): TemplateResult {
    if (!this.interactive) return html`${name}`;
    return html`<button type="button" class="select" part="select" aria-describedby=${describedBy} @click=${this.onSelect}>
      ${name}
    </button>`;
  }

  private ageText(r: Resident, lang: Lang): string {
    const m = cardMessages[lang];
    const age = ageOn(r.birthDate, this.viewDate);
    if (!age || age.years < 0) return m.ageUnknown;
    return age.approximate ? m.ageApprox(age.years) : m.ageExact(age.years);
  }

  private stayText(from: string, to: string, lang: Lang): string {
    const m = cardMessages[lang];
    const d = durationBetween(from, to);
    if (!d) return m.stayNotStarted;
    const parts: string[] = [];
    if (d.years) parts.push(m.years(d.years));
    if (d.months) parts.push(m.months(d.months));
    if (!d.years && !d.months) parts.push(m.days(d.days));
    return parts.join(' ');
  }

  private sensitiveAllowed(r: Resident): boolean {
    return this.showSensitive && consentAllows(r.consent, 'shareHealthData') && this.effectiveVariant !== 'public';
  }

  private categoryText(r: Resident, lang: Lang): { label: string; legalBasis?: string } {
    const code = r.beneficiaryCategory.code;
    if (SENSITIVE_CATEGORIES.has(code) && !this.sensitiveAllowed(r)) {
      return { label: cardMessages[lang].protectedCategory };
    }
    return { label: codeLabels[lang].category[code], legalBasis: r.beneficiaryCategory.legalBasis };
  }

  /**
   * Care flags with a text and a shape per tone, never colour alone. The full profile uses
   * `<ansinh-badge>`; a compact row draws the same look with spans in its own shadow root, because
   * a list of 1,000 rows with 2,000 badge elements costs several times more to render.
   */
  private flagBadges(r: Resident, lang: Lang, light = false): TemplateResult[] {
    const m = cardMessages[lang];
    const f = r.flags;
    if (!f) return [];
    const badge = (tone: FlagTone, text: string) =>
      light
        ? html`<span class="flag" data-tone=${tone}><span class="glyph" aria-hidden="true">${GLYPHS[tone]}</span>${text}</span>`
        : html`<ansinh-badge tone=${tone}>${text}</ansinh-badge>`;
    const out: TemplateResult[] = [];
    for (const a of f.allergy ?? []) out.push(badge('danger', `${m.allergy}: ${a}`));
    if (f.fallRisk) out.push(badge('warning', m.fallRisk));
    for (const d of f.diet ?? []) out.push(badge('info', `${m.diet}: ${d}`));
    for (const c of f.custom ?? []) out.push(badge(c.severity ?? 'neutral', (lang === 'en' && c.label.en) || c.label.vi));
    return out;
  }

  private warningsBlock(): TemplateResult | typeof nothing {
    return this.contractIssues.length ? this.renderContractIssues() : nothing;
  }

  private renderCompact(r: Resident, lang: Lang): TemplateResult {
    const l = codeLabels[lang];
    const meta = [this.ageText(r, lang), l.sex[r.sex], r.room].filter(Boolean).join(' · ');
    const flags = this.flagBadges(r, lang, true);
    const warnings = this.contractIssues.length;
    return html`<div class="card compact" part="card">
      ${this.renderAvatar(r, consentAllows(r.consent, 'photo'), true)}
      <div class="main">
        <p class="line name" part="name" id="name">${this.renderName(r.fullName, 'meta')}</p>
        <p class="line meta" id="meta">${meta}</p>
        <p class="line tags">
          ${warnings
            ? html`<span class="flag" data-tone="warning" title=${this.contractIssues.map((i) => i.message[lang]).join('\n')}
                ><span class="glyph" aria-hidden="true">!</span>${lang === 'vi'
                  ? `${warnings} cảnh báo dữ liệu`
                  : `${warnings} data warning${warnings === 1 ? '' : 's'}`}</span
              >`
            : nothing}${flags}<span class="category">${this.categoryText(r, lang).label}</span>
        </p>
      </div>
      <div class="actions"><slot name="actions"></slot></div>
    </div>`;
  }

  private row(term: string, value: unknown): TemplateResult {
    return html`<div class="row"><dt>${term}</dt><dd>${value}</dd></div>`;
  }

  private maskedRow(field: RevealableField, value: string, term: string, lang: Lang): TemplateResult {
    const m = cardMessages[lang];
    const shown = this.revealed.has(field);
    const masked = maskCitizenId(value);
    const body = shown
      ? html`<span class="id" data-revealed="true">${value}</span>`
      : html`<span class="id" aria-hidden="true">${masked}</span><span class="sr">${m.maskedHint(masked.slice(0, 1), masked.slice(-2))}</span>`;
    const button =
      this.allowReveal || shown
        ? html`<button type="button" class="reveal" part="reveal" @click=${() => this.toggleReveal(field)}>
            ${shown ? m.hide : m.reveal}<span class="sr"> (${term})</span>
          </button>`
        : nothing;
    return this.row(term, html`${body} ${button}`);
  }

  private section(id: string, title: string, rows: (TemplateResult | typeof nothing)[]): TemplateResult | typeof nothing {
    const present = rows.filter((x) => x !== nothing);
    if (present.length === 0) return nothing;
    return html`<section class="section" part="section" aria-labelledby=${id}>
      <p class="section-title" role="heading" aria-level=${this.headingLevelClamped(1)} id=${id}>${title}</p>
      <dl>${present}</dl>
    </section>`;
  }

  private allowanceRow(r: Resident, lang: Lang): TemplateResult {
    const m = cardMessages[lang];
    const day = this.viewDate;
    const table = this._policyTable;
    const amount = monthlyAllowance(table, r.beneficiaryCategory.code, r.disability?.level, day);
    if (amount === null) return this.row(m.allowance, m.allowanceNone);
    let level: { from: string; amountVnd: number } | undefined;
    for (const l of table.standardLevels) if (l.from <= day && (!level || l.from >= level.from)) level = l;
    const formula =
      level && level.amountVnd > 0
        ? html`<span class="hint">${m.allowanceFormula(
            formatVnd(level.amountVnd, lang),
            formatNumber(amount / level.amountVnd, lang, { maximumFractionDigits: 2 }),
            formatDate(day, lang),
          )}</span>`
        : nothing;
    return this.row(m.allowance, html`<strong>${formatVnd(amount, lang)}</strong> ${formula}`);
  }

  private renderFull(r: Resident, lang: Lang): TemplateResult {
    const m = cardMessages[lang];
    const l = codeLabels[lang];
    const day = this.viewDate;
    const category = this.categoryText(r, lang);
    const sensitive = this.sensitiveAllowed(r) ? r.sensitive : undefined;
    const flags = this.flagBadges(r, lang);
    const exitDay = r.exit && r.exit.date <= day ? r.exit.date : day;
    const address = r.address
      ? [r.address.addressLine, r.address.communeName, r.address.provinceName].filter(Boolean).join(', ')
      : '';
    const sheet = this.print ? 'sheet' : '';
    return html`<article class="card full ${sheet}" part="card" aria-labelledby="name">
      <header class="head">
        ${this.renderAvatar(r, consentAllows(r.consent, 'photo'), true)}
        <div class="title">
          <p class="name" part="name" role="heading" aria-level=${this.headingLevelClamped()} id="name">
            ${this.renderName(r.fullName, 'meta')}
          </p>
          <p class="meta" id="meta">${[this.ageText(r, lang), l.sex[r.sex], r.room].filter(Boolean).join(' · ')}</p>
        </div>
      </header>
      ${this.warningsBlock()}
      ${flags.length ? html`<div class="flags" role="group" aria-label=${m.flagsSection}>${flags}</div>` : nothing}
      <div class="sections">
        ${this.section('s-personal', m.personalSection, [
          this.row(m.birthDate, html`${formatDate(r.birthDate, lang)} <span class="hint">(${this.ageText(r, lang)})</span>`),
          this.row(m.sex, l.sex[r.sex]),
          r.citizenId ? this.maskedRow('citizenId', r.citizenId, m.citizenId, lang) : nothing,
          r.healthInsuranceNumber
            ? this.maskedRow('healthInsuranceNumber', r.healthInsuranceNumber, m.healthInsuranceNumber, lang)
            : nothing,
          this.row(m.category, category.label),
          category.legalBasis ? this.row(m.legalBasis, category.legalBasis) : nothing,
          this.allowanceRow(r, lang),
          r.disability ? this.row(m.disabilityLevel, l.disabilityLevel[r.disability.level]) : nothing,
          r.disability ? this.row(m.disabilityType, l.disabilityType[r.disability.type]) : nothing,
          r.disability?.certificateDate
            ? this.row(m.disabilityCertificate, m.certificateOn(formatDate(r.disability.certificateDate, lang), r.disability.issuer ?? ''))
            : nothing,
        ])}
        ${this.section('s-admission', m.admissionSection, [
          this.row(m.admissionDate, formatDate(r.admission.date, lang)),
          this.row(m.admissionType, l.admissionType[r.admission.type]),
          this.row(m.decisionNumber, r.admission.decisionNumber),
          this.row(m.lengthOfStay, this.stayText(r.admission.date, exitDay, lang)),
          r.exit ? this.row(m.exit, m.exitOn(formatDate(r.exit.date, lang), l.exitReason[r.exit.reason])) : nothing,
          r.room ? this.row(m.room, r.room) : nothing,
          r.currentCarePlanStep ? this.row(m.carePlanStep, l.step[r.currentCarePlanStep]) : nothing,
        ])}
        ${this.section('s-contact', m.contactSection, [
          r.guardian ? this.row(m.guardian, `${r.guardian.name} (${r.guardian.relationship})`) : nothing,
          r.guardian?.phone
            ? this.row(
                m.phone,
                // An interactive card is one target: no second focusable link inside it.
                this.interactive
                  ? r.guardian.phone
                  : html`<a href="tel:${r.guardian.phone.replace(/[^\d+]/g, '')}">${r.guardian.phone}</a>`,
              )
            : nothing,
          address ? this.row(m.address, address) : nothing,
        ])}
        ${sensitive ? this.renderSensitive(sensitive, lang) : nothing}
      </div>
      <div class="actions" role="group" aria-label=${m.actions}><slot name="actions"></slot></div>
    </article>`;
  }

  private renderSensitive(s: NonNullable<Resident['sensitive']>, lang: Lang): TemplateResult | typeof nothing {
    const m = cardMessages[lang];
    const l = codeLabels[lang];
    const block = this.section('s-sensitive', m.sensitiveSection, [
      s.health?.summary ? this.row(m.health, s.health.summary) : nothing,
      s.health?.conditions?.length ? this.row(m.conditions, s.health.conditions.join('; ')) : nothing,
      s.health?.medications?.length ? this.row(m.medications, s.health.medications.join('; ')) : nothing,
      s.hivStatus ? this.row(m.hivStatus, l.hiv[s.hivStatus]) : nothing,
      s.disabilityDetails ? this.row(m.disabilityDetails, s.disabilityDetails) : nothing,
      s.abuseHistory ? this.row(m.abuseHistory, s.abuseHistory) : nothing,
      s.drugHistory ? this.row(m.drugHistory, s.drugHistory) : nothing,
    ]);
    if (block === nothing) return nothing;
    return html`<div class="sensitive">${block}<p class="hint">${m.sensitiveNote}</p></div>`;
  }

  private renderPublic(r: Resident, lang: Lang): TemplateResult {
    const m = cardMessages[lang];
    const l = codeLabels[lang];
    const shown: Set<PublicField> = publicFields(r);
    const name = shown.has('fullName') ? r.fullName : m.nameHidden;
    const rows = [
      shown.has('birthDate') ? this.row(m.age, this.ageText(r, lang)) : nothing,
      shown.has('sex') ? this.row(m.sex, l.sex[r.sex]) : nothing,
      shown.has('beneficiaryCategory') ? this.row(m.category, l.category[r.beneficiaryCategory.code]) : nothing,
      shown.has('admission') ? this.row(m.admissionDate, formatDate(r.admission.date, lang)) : nothing,
      shown.has('admission')
        ? this.row(m.lengthOfStay, this.stayText(r.admission.date, r.exit && r.exit.date <= this.viewDate ? r.exit.date : this.viewDate, lang))
        : nothing,
      shown.has('room') ? this.row(m.room, r.room ?? '') : nothing,
      shown.has('currentCarePlanStep') && r.currentCarePlanStep ? this.row(m.carePlanStep, l.step[r.currentCarePlanStep]) : nothing,
    ].filter((x): x is TemplateResult => x !== nothing);
    const sheet = this.print ? 'sheet' : '';
    return html`<article class="card public ${sheet}" part="card" aria-labelledby="name">
      <header class="head">
        ${this.renderAvatar(r, shown.has('photoUrl'), shown.has('fullName'))}
        <div class="title">
          <p class="name" part="name" role="heading" aria-level=${this.headingLevelClamped()} id="name">
            ${this.renderName(name, 'meta')}
          </p>
        </div>
      </header>
      <dl id="meta" class="public-fields">${rows}</dl>
      <div class="actions"><slot name="actions"></slot></div>
    </article>`;
  }
}
