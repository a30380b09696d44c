import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/lang.js';

/** Read-aloud (kiosk only), loaded with the first kiosk survey. */
let speech: typeof import('./speech.js') | undefined;
const loadSpeech = async () => (speech ??= await import('./speech.js'));

/** What the controller reads from the survey. */
export interface ReadAloudHost extends ReactiveControllerHost {
  readonly kiosk: boolean;
  readonly locale: Lang;
  readonly isConnected: boolean;
}

/**
 * Read-aloud on a kiosk: offered only while the browser has a voice for the page's language
 * (speech.ts explains why), following the voices the browser loads late or the language changes.
 */
export class ReadAloudController implements ReactiveController {
  #voice?: SpeechSynthesisVoice | undefined;
  #unwatch?: (() => void) | undefined;
  #loading?: Promise<void> | undefined;

  constructor(private readonly host: ReadAloudHost) {
    host.addController(this);
  }

  /** The voice questions are read with, or undefined when read-aloud is not offered. */
  get voice(): SpeechSynthesisVoice | undefined {
    return this.#voice;
  }

  /** While speech loads for a kiosk; the host's `updateComplete` waits for it. */
  get pending(): Promise<void> | undefined {
    return this.#loading;
  }

  private get wanted(): boolean {
    return this.host.kiosk && this.host.isConnected && !this.#unwatch;
  }

  hostUpdate(): void {
    if (!this.wanted || this.#loading) return;
    const loading = this.watch().finally(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    this.#loading = loading;
  }

  /** Loads speech and follows the browser's voices for the page's language. */
  private async watch(): Promise<void> {
    const s = await loadSpeech();
    if (!this.wanted) return;
    this.setVoice(s.findVoice(this.host.locale));
    this.#unwatch = s.watchVoices(() => this.setVoice(s.findVoice(this.host.locale)));
  }

  hostUpdated(): void {
    // The page's language changed: read with a voice of the new one, or not at all.
    const voice = this.#voice;
    if (speech && voice && !voice.lang.toLowerCase().startsWith(this.host.locale)) this.setVoice(speech.findVoice(this.host.locale));
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.stop();
  }

  /** Reads `parts` (the question, then its options) aloud. */
  read(parts: readonly string[]): void {
    const voice = this.#voice;
    if (voice && speech) speech.speak(parts.join('. '), voice);
  }

  /** Stops reading (another screen, the next respondent). */
  stop(): void {
    speech?.stopSpeaking();
  }

  private setVoice(voice: SpeechSynthesisVoice | undefined): void {
    if (voice === this.#voice) return;
    this.#voice = voice;
    this.host.requestUpdate();
  }
}
