import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per element, for what a screen reader should hear without focus moving:
 * "Đã lưu", "Đã chuyển sang bước 3", "Điểm 4: 120 người". The region is always in the shadow root
 * (a region added together with its text is not announced by every screen reader), and saying the
 * same words twice is announced twice (a no-break space is toggled at the end).
 */
export class AnnounceController implements ReactiveController {
  #message = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the region says now (trimmed). */
  get message(): string {
    return this.#message.trim();
  }

  /** Says `text` politely; an empty text clears the region. */
  announce(text: string): void {
    this.#message = text && text === this.#message.trim() && !this.#message.endsWith('\u00A0') ? `${text}\u00A0` : text;
    this.host.requestUpdate();
  }

  /** The live region; render it once, anywhere in the element's template. */
  render(): TemplateResult {
    return html`<div class="ansinh-announcer" role="status" aria-live="polite" aria-atomic="true">${this.#message}</div>`;
  }
}

/** Hides the live region visually while keeping it in the accessibility tree. */
export { visuallyHidden as announcerStyles } from '../styles.js';
