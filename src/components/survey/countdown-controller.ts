import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The kiosk's thank-you countdown: counts whole seconds down and calls `onDone` at zero, so the
 * next respondent finds a fresh form. Stops when the survey leaves the page.
 */
export class CountdownController implements ReactiveController {
  #seconds = 0;
  #timer?: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onDone: () => void,
  ) {
    host.addController(this);
  }

  /** Seconds left (0 when not counting). */
  get seconds(): number {
    return this.#seconds;
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  start(seconds: number): void {
    clearInterval(this.#timer);
    this.set(Math.max(1, Math.round(seconds)));
    this.#timer = setInterval(() => {
      this.set(this.#seconds - 1);
      if (this.#seconds <= 0) this.onDone();
    }, 1000);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.set(0);
  }

  private set(seconds: number): void {
    if (seconds === this.#seconds) return;
    this.#seconds = seconds;
    this.host.requestUpdate();
  }
}
