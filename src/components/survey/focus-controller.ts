import type { ReactiveController, ReactiveElement } from 'lit';

/** Where focus goes after the next render: the first problem, or the top of the new screen. */
export type FocusTarget = 'error' | 'top';

function cssEscape(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
}

/**
 * Focus inside the survey, which moves only when the respondent acted: to the first problem after
 * a send attempt (else the error summary), to the top of a new screen, or to the question an
 * error-summary link names (fragment links do not reach into a shadow root).
 */
export class FocusController implements ReactiveController {
  #pending: FocusTarget | undefined;

  constructor(
    private readonly host: ReactiveElement,
    /** The code of the first problem shown on the screen, if any. */
    private readonly firstProblem: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Moves focus to `target` once the host has rendered. */
  request(target: FocusTarget): void {
    this.#pending = target;
  }

  hostUpdated(): void {
    const target = this.#pending;
    this.#pending = undefined;
    if (target === 'error') {
      const code = this.firstProblem();
      ((code !== undefined && this.answer(code)) || this.host.renderRoot.querySelector<HTMLElement>('.summary'))?.focus();
    }
    if (target === 'top') this.host.renderRoot.querySelector<HTMLElement>('[data-focus-top]')?.focus();
  }

  /** The answer element of item `code`: its first option, or its input. */
  answer(code: string): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-code="${cssEscape(code)}"]`);
  }

  /** Follows an error-summary link to its question. */
  jump = (e: Event, code: string): void => {
    e.preventDefault();
    const target = this.answer(code);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
}
