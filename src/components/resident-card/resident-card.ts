import { linkStyles } from '../../base/styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnsinhElement } from '../../base/ansinh-element.js';
import { DataController } from '../../base/controllers/data.js';
import { renderOfflineNotice } from '../../base/parts/data-state.js';
import type { InvalidDetail, ResidentSelectDetail, RevealDetail, RevealableField, TypedEvents } from '../../base/events.js';
import { hostStyles } from '../../base/primitives/styles.js';
import { DEFAULT_POLICY_TABLE, PolicyTableSchema, type PolicyTable } from '../../contract/allowance.js';
import { parsePublicResident, toPublicResident, type PublicResident } from '../../contract/disclosure.js';
import { parsePartialResident, parseResident } from '../../contract/parse-resident.js';
import { type ParseResult } from '../../contract/issues.js';
import { type PartialResident, type Resident } from '../../contract/resident.js';
import { devWarn } from '../../base/dev.js';

/** Fields a public card never shows, named in the warning when a full record carries them. */
const NON_PUBLIC_FIELDS = ['citizenId', 'otherIdentifiers', 'healthInsuranceNumber', 'sensitive', 'disability', 'guardian', 'address', 'flags', 'consent'] as const;

/** A record that says it is the public projection (`toPublicResident`). */
function isPublicProjection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { disclosure?: unknown }).disclosure === 'public';
}
import type { ContractIssue } from '../../contract/issues.js';
import { cardMessages } from './messages.js';
import { dateWarnings, consentAllows, isIsoDate, todayIso, type LoadState, type ResidentCardVariant } from './model.js';
import type { CardContext } from './parts/context.js';
import { renderCompact } from './parts/compact.js';
import { renderFull } from './parts/full.js';
import { renderPublic } from './parts/public.js';
import { renderLoadState } from './parts/states.js';
import { residentCardStyles } from './resident-card.styles.js';

export type { ResidentCardVariant };

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
 * @event {CustomEvent<ResidentSelectDetail>} ansinh-select - The interactive card was chosen (click, Enter or Space). `detail`: `{ residentId }`.
 * @event {CustomEvent<RevealDetail>} ansinh-reveal - Cancelable. A person asked to show a masked number. `detail`: `{ field, residentId }`.
 *   Call `preventDefault()` to refuse; log it for the audit trail either way.
 * @event {CustomEvent<InvalidDetail>} ansinh-invalid - The data failed the contract. `detail`: `{ issues }`.
 * @event {CustomEvent<undefined>} ansinh-retry - Bubbles from the error state's retry button; the card then reloads.
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
  static override styles = [linkStyles, hostStyles, residentCardStyles];

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

  @state() private revealed: ReadonlySet<RevealableField> = new Set();
  @state() private photoFailed = false;

  private _resident?: PartialResident;
  /** A public projection handed in (`disclosure: "public"`): shown as a public card, nothing more. */
  private _public?: PublicResident;
  /** Records already warned about (a public card given a full record), so each warns once. */
  private readonly warnedFull = new WeakSet<PartialResident>();
  private parseWarnings: ContractIssue[] = [];
  private _policyTable: PolicyTable = DEFAULT_POLICY_TABLE;
  private policyWarning = false;
  /** Loading by `resident-id` through the provider's DataSource (the shared data path). */
  private readonly data = new DataController(this, {
    read: (source) => source.getResident?.bind(source),
    kind: 'resident',
    accept: (value) => this.accept(value),
    reset: () => {
      this.warnedState = undefined;
      this._resident = undefined;
      this._public = undefined;
      this.parseWarnings = [];
      this.showContractIssues([]);
    },
  });
  /** The load state the warnings were last worked out for. */
  private warnedState?: LoadState;

  /**
   * The resident shown. Accepts anything: it is validated with `parseResident` once, here. Invalid
   * data shows the error state and fires `ansinh-invalid`; reading back gives the valid resident
   * or `undefined`. A person with no centre record yet (no `beneficiaryCategory` or `admission`,
   * such as a hospital's FHIR Patient) is shown with what there is, and warnings say what is
   * missing (`parsePartialResident`).
   */
  get resident(): Resident | PartialResident | undefined {
    return this._resident;
  }
  set resident(value: unknown) {
    const old = this._resident;
    // A value handed in stops loading by resident-id (the data path tracks it); none resumes it.
    this.data.hand(value);
    if (value !== undefined && value !== null) {
      this.accept(value);
    } else {
      this._resident = undefined;
      this._public = undefined;
      this.parseWarnings = [];
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
    this.data.reload();
  }

  private accept(value: unknown): void {
    this.revealed = new Set();
    this.photoFailed = false;
    this._public = undefined;
    if (isPublicProjection(value)) {
      const projection = parsePublicResident(value);
      this._resident = undefined;
      this.parseWarnings = [];
      if (projection.ok) this._public = projection.value;
      else this.showContractIssues(projection.issues);
      return;
    }
    let result: ParseResult<PartialResident> = parseResident(value);
    if (!result.ok) {
      // Not a centre's record: shown with what it has when only the centre's facts are missing.
      const partial = parsePartialResident(value);
      if (partial.ok) result = partial;
    }
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
    if (this._public) return 'public';
    const v = VARIANTS.includes(this.variant) ? this.variant : 'full';
    return this.print && v === 'compact' ? 'full' : v;
  }

  private get viewDate(): string {
    return isIsoDate(this.onDate) ? this.onDate : todayIso();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.data.sync(this.residentId);
    if (
      this._resident &&
      (changed.has('resident' as keyof AnsinhResidentCard) ||
        changed.has('onDate') ||
        changed.has('policyTable' as keyof AnsinhResidentCard) ||
        this.warnedState !== this.data.state)
    ) {
      this.warnedState = this.data.state;
      this.showContractIssues(this.warningsFor(this._resident));
    }
  }

  private warningsFor(r: PartialResident): ContractIssue[] {
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

  // -------------------------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------------------------

  private onSelect = (): void => {
    const id = this._resident?.id ?? this._public?.id;
    if (id) this.emit('ansinh-select', { residentId: id } satisfies ResidentSelectDetail);
  };

  private toggleReveal = (field: RevealableField): void => {
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
  };

  private onRetry = (event: Event): void => {
    // The state's own ansinh-retry keeps bubbling so a host can also react; the card reloads.
    if (event.target !== this) this.reload();
  };

  private onPhotoError = (): void => {
    this.photoFailed = true;
  };

  // -------------------------------------------------------------------------------------------
  // Rendering
  // -------------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const variant = this.effectiveVariant;
    const lang = this.locale;
    if (this.hasContractErrors) {
      return html`<div class="card ${variant} issues-only" part="card">${this.renderContractIssues()}</div>`;
    }
    if (this._public) return renderPublic(this.cardContext(false), this._public);
    const r = this._resident;
    if (!r) {
      return renderLoadState({
        variant,
        lang,
        loader: this.data,
        residentId: this.residentId,
        onRetry: this.onRetry,
      });
    }
    const context = this.cardContext(this.showSensitive && consentAllows(r.consent, 'shareHealthData') && variant !== 'public');
    const offline = renderOfflineNotice(this.data, lang, () => this.reload());
    // Without an offline notice the part is the whole render (no wrapping template to clone).
    if (variant === 'compact') return offline === nothing ? renderCompact(context, r) : html`${offline}${renderCompact(context, r)}`;
    if (variant === 'public') {
      this.warnIfFullRecordInPublic(r);
      return html`${offline}${renderPublic(context, toPublicResident(r))}`;
    }
    return html`${offline}${renderFull(context, r)}`;
  }

  /**
   * A public card was handed a whole record (not a projection): it shows only the public fields,
   * but the rest is in the page all the same. Tell the developer (once per record, development
   * builds only), whatever the record holds.
   */
  private warnIfFullRecordInPublic(r: PartialResident): void {
    if (this.warnedFull.has(r)) return;
    this.warnedFull.add(r);
    const extra = NON_PUBLIC_FIELDS.filter((f) => r[f] !== undefined);
    devWarn(
      `<ansinh-resident-card variant="public"> received the full record of ${r.id}${extra.length ? ` (${extra.join(', ')})` : ''}. ` +
        'It shows only the public fields, but the rest is readable in the page: send toPublicResident(resident) from ansinh/contract instead.',
    );
  }

  private cardContext(sensitiveAllowed: boolean): CardContext {
    const lang = this.locale;
    return {
      lang,
      day: this.viewDate,
      interactive: this.interactive,
      print: this.print,
      headingLevel: this.headingLevel,
      allowReveal: this.allowReveal,
      revealed: this.revealed,
      sensitiveAllowed,
      policyTable: this._policyTable,
      photoFailed: this.photoFailed,
      warnings: this.contractIssues,
      renderWarnings: () => (this.contractIssues.length ? this.renderContractIssues() : nothing),
      onSelect: this.onSelect,
      onPhotoError: this.onPhotoError,
      onToggleReveal: this.toggleReveal,
    };
  }
}
