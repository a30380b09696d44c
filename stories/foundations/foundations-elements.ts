// Story-only elements for the Foundations pages. They live in light DOM positions that carry
// `data-ansinh-theme` (the tokens sheet is adopted by the document, so theme attributes must be
// on document-tree elements); custom properties then inherit into these elements' shadow roots.
import { LitElement, css, html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  contrastPairs,
  contrastRatio,
  readColours,
  type Rgba,
} from '../../src/tokens/contrast.js';

export type Lang = 'vi' | 'en';

const hex = (c: Rgba): string =>
  '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

const words = {
  vi: {
    token: 'Token',
    value: 'Giá trị',
    swatches: 'Bảng màu ngữ nghĩa',
    pairs: 'Tỉ lệ tương phản đo được',
    pair: 'Cặp màu',
    use: 'Dùng cho',
    ratio: 'Tỉ lệ',
    min: 'Tối thiểu',
    pass: 'Đạt',
    fail: 'Không đạt',
    on: 'trên',
  },
  en: {
    token: 'Token',
    value: 'Value',
    swatches: 'Semantic colours',
    pairs: 'Measured contrast ratios',
    pair: 'Pair',
    use: 'Used for',
    ratio: 'Ratio',
    min: 'Minimum',
    pass: 'Pass',
    fail: 'Fail',
    on: 'on',
  },
} as const;

/** A themed surface: put `data-ansinh-theme` on it. */
export class FoundationsPanel extends LitElement {
  static override properties = { heading: {} };
  heading = '';
  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      min-inline-size: 0;
      padding: var(--ansinh-space-5);
      background: var(--ansinh-color-surface);
      color: var(--ansinh-color-text);
      border: var(--ansinh-border-width) solid var(--ansinh-color-border);
      border-radius: var(--ansinh-radius-lg);
      font-family: var(--ansinh-font-family);
      font-size: var(--ansinh-font-size-md);
      line-height: var(--ansinh-line-height);
      color-scheme: var(--ansinh-color-scheme);
    }
    h2 {
      margin: 0 0 var(--ansinh-space-4);
      font-size: var(--ansinh-font-size-lg);
      line-height: var(--ansinh-line-height-tight);
    }
  `;
  override render() {
    return html`${this.heading ? html`<h2>${this.heading}</h2>` : nothing}<slot></slot>`;
  }
}

/** Swatches of every semantic colour and the measured ratio of every pair, in its theme. */
export class FoundationsColourTable extends LitElement {
  static override properties = { locale: { attribute: false }, colours: { state: true } };
  locale: Lang = 'vi';
  colours = new Map<string, Rgba | undefined>();
  static override styles = css`
    :host {
      display: block;
    }
    h3 {
      font-size: var(--ansinh-font-size-md);
      margin: var(--ansinh-space-4) 0 var(--ansinh-space-2);
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: var(--ansinh-font-size-sm);
    }
    th,
    td {
      text-align: start;
      padding: var(--ansinh-space-1) var(--ansinh-space-2);
      border-block-end: 1px solid var(--ansinh-color-border);
      vertical-align: middle;
    }
    code {
      font-size: var(--ansinh-font-size-xs);
      overflow-wrap: anywhere;
    }
    .swatch {
      display: inline-block;
      inline-size: 2rem;
      block-size: 1.5rem;
      border: 1px solid var(--ansinh-color-border-strong);
      border-radius: var(--ansinh-radius-sm);
      vertical-align: middle;
    }
    .pass {
      color: var(--ansinh-color-success);
      font-weight: var(--ansinh-font-weight-bold);
    }
    .fail {
      color: var(--ansinh-color-danger);
      font-weight: var(--ansinh-font-weight-bold);
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    // Measure after the theme attribute and the tokens are in place.
    requestAnimationFrame(() => (this.colours = readColours(this)));
  }

  override render() {
    const w = words[this.locale];
    if (this.colours.size === 0) return nothing;
    return html`
      <h3>${w.swatches}</h3>
      <table>
        <thead>
          <tr><th scope="col"></th><th scope="col">${w.token}</th><th scope="col">${w.value}</th></tr>
        </thead>
        <tbody>
          ${[...this.colours].map(
            ([name, c]) => html`<tr>
              <td><span class="swatch" style=${styleMap({ background: c ? hex(c) : 'transparent' })}></span></td>
              <td><code>--ansinh-color-${name}</code></td>
              <td><code>${c ? hex(c) : '?'}</code></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h3>${w.pairs}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${w.pair}</th>
            <th scope="col">${w.use}</th>
            <th scope="col">${w.ratio}</th>
            <th scope="col">${w.min}</th>
          </tr>
        </thead>
        <tbody>
          ${contrastPairs.map((p) => {
            const fg = this.colours.get(p.foreground);
            const bg = this.colours.get(p.background);
            const ratio = fg && bg ? contrastRatio(fg, bg) : 0;
            const ok = ratio >= p.min;
            return html`<tr>
              <td><code>${p.foreground}</code> ${w.on} <code>${p.background}</code></td>
              <td>${p.use}</td>
              <td>${ratio.toFixed(2)}:1 <span class=${ok ? 'pass' : 'fail'}>${ok ? w.pass : w.fail}</span></td>
              <td>${p.min}:1</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}

const sampleWords = {
  vi: {
    title: 'Hồ sơ đối tượng bảo trợ xã hội',
    muted: 'Cập nhật lần cuối: 22/11/2026, bởi cán bộ Lê Thị Hạnh',
    body: 'Bà Nguyễn Thị Mười, 78 tuổi, sống một mình tại xã Đông Phong. Trợ cấp hằng tháng đang được chi trả.',
    link: 'Xem kế hoạch trợ giúp',
    label: 'Số điện thoại người thân',
    hint: 'Ví dụ: 0912 345 678',
    error: 'Số điện thoại cần 10 chữ số.',
    primary: 'Lưu hồ sơ',
    secondary: 'Hủy',
    statuses: ['Đã duyệt', 'Sắp hết hạn', 'Bị từ chối', 'Hộ cận nghèo'],
  },
  en: {
    title: 'Social assistance beneficiary record',
    muted: 'Last updated 22/11/2026 by caseworker Lê Thị Hạnh',
    body: 'Mrs Nguyễn Thị Mười, 78, lives alone in Đông Phong commune. Her monthly allowance is being paid.',
    link: 'See the support plan',
    label: 'Relative’s phone number',
    hint: 'For example: 0912 345 678',
    error: 'A phone number needs 10 digits.',
    primary: 'Save record',
    secondary: 'Cancel',
    statuses: ['Approved', 'Expiring soon', 'Rejected', 'Near-poor household'],
  },
} as const;

/** The same small piece of UI, styled with tokens only, to compare themes. */
export class FoundationsSampleUi extends LitElement {
  static override properties = { locale: { attribute: false } };
  locale: Lang = 'vi';
  static override styles = css`
    :host {
      display: block;
    }
    .card {
      background: var(--ansinh-color-surface-raised);
      border: var(--ansinh-border-width) solid var(--ansinh-color-border);
      border-radius: var(--ansinh-radius-lg);
      box-shadow: var(--ansinh-shadow-2);
      padding: var(--ansinh-space-5);
      display: grid;
      gap: var(--ansinh-space-3);
    }
    h3 {
      margin: 0;
      font-size: var(--ansinh-font-size-xl);
      line-height: var(--ansinh-line-height-tight);
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--ansinh-color-text-muted);
      font-size: var(--ansinh-font-size-sm);
    }
    a {
      color: var(--ansinh-color-primary);
    }
    a:hover {
      color: var(--ansinh-color-primary-hover);
    }
    :focus-visible {
      outline: var(--ansinh-focus-ring-width) solid var(--ansinh-color-focus);
      outline-offset: var(--ansinh-focus-ring-offset);
    }
    label {
      font-weight: var(--ansinh-font-weight-medium);
      color: var(--ansinh-field-label-color);
    }
    .hint {
      color: var(--ansinh-field-hint-color);
      font-size: var(--ansinh-font-size-sm);
    }
    input {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: var(--ansinh-field-min-height);
      padding-inline: var(--ansinh-field-padding-inline);
      font: inherit;
      color: var(--ansinh-field-color);
      background: var(--ansinh-field-background);
      border: var(--ansinh-field-border-width) solid var(--ansinh-field-border-color-invalid);
      border-radius: var(--ansinh-field-radius);
    }
    .error {
      color: var(--ansinh-color-danger);
      background: var(--ansinh-color-danger-surface);
      padding: var(--ansinh-space-2) var(--ansinh-space-3);
      border-radius: var(--ansinh-radius-sm);
      font-size: var(--ansinh-font-size-sm);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-3);
    }
    button {
      min-block-size: var(--ansinh-button-min-height);
      padding-inline: var(--ansinh-button-padding-inline);
      font: inherit;
      font-weight: var(--ansinh-button-font-weight);
      border-radius: var(--ansinh-button-radius);
      border: var(--ansinh-border-width) solid var(--ansinh-button-border-color);
      background: var(--ansinh-button-background);
      color: var(--ansinh-button-color);
      cursor: pointer;
      transition: background-color var(--ansinh-motion-duration-fast) var(--ansinh-motion-easing);
    }
    button:hover {
      background: var(--ansinh-button-background-hover);
    }
    button.secondary {
      background: var(--ansinh-color-surface);
      color: var(--ansinh-color-primary);
      border-color: var(--ansinh-color-border-strong);
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ansinh-space-2);
    }
    .badge {
      padding-inline: var(--ansinh-badge-padding-inline);
      border-radius: var(--ansinh-badge-radius);
      font-size: var(--ansinh-badge-font-size);
      font-weight: var(--ansinh-badge-font-weight);
      border: 1px solid currentColor;
    }
    .success { color: var(--ansinh-color-success); background: var(--ansinh-color-success-surface); }
    .warning { color: var(--ansinh-color-warning); background: var(--ansinh-color-warning-surface); }
    .danger { color: var(--ansinh-color-danger); background: var(--ansinh-color-danger-surface); }
    .info { color: var(--ansinh-color-info); background: var(--ansinh-color-info-surface); }
  `;

  override render() {
    const w = sampleWords[this.locale];
    const tones = ['success', 'warning', 'danger', 'info'] as const;
    return html`
      <div class="card" lang=${this.locale}>
        <h3>${w.title}</h3>
        <p class="muted">${w.muted}</p>
        <p>${w.body} <a href="#plan">${w.link}</a></p>
        <div class="badges">
          ${tones.map((t, i) => html`<span class="badge ${t}">${w.statuses[i]}</span>`)}
        </div>
        <label for="phone">${w.label}</label>
        <span class="hint" id="hint">${w.hint}</span>
        <input id="phone" inputmode="tel" value="0912 345" aria-invalid="true" aria-describedby="hint error" />
        <span class="error" id="error">${w.error}</span>
        <div class="actions">
          <button type="button">${w.primary}</button>
          <button type="button" class="secondary">${w.secondary}</button>
        </div>
      </div>
    `;
  }
}

for (const [tag, ctor] of [
  ['foundations-panel', FoundationsPanel],
  ['foundations-colour-table', FoundationsColourTable],
  ['foundations-sample-ui', FoundationsSampleUi],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

export const langOf = (globals: Record<string, unknown>): Lang =>
  globals['lang'] === 'en' ? 'en' : 'vi';
