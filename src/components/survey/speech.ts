/**
 * Read-aloud through the browser's speech synthesis, only with a Vietnamese voice for Vietnamese
 * text (an English voice reading Vietnamese is unintelligible): where none exists the button is
 * not offered at all, the quiet fallback.
 */
export function findVoice(lang: 'vi' | 'en'): SpeechSynthesisVoice | undefined {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof synth.getVoices !== 'function') return undefined;
  return synth.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang));
}

/** Calls `onChange` when the list of voices changes (Chromium loads them asynchronously). */
export function watchVoices(onChange: () => void): () => void {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof synth.addEventListener !== 'function') return () => undefined;
  synth.addEventListener('voiceschanged', onChange);
  return () => synth.removeEventListener('voiceschanged', onChange);
}

/** Speaks `text` with `voice`, interrupting anything still being read. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const synth = globalThis.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  try {
    utterance.voice = voice;
  } catch {
    // Not a SpeechSynthesisVoice (a polyfill's): the language alone picks a voice.
  }
  utterance.rate = 0.9;
  synth.speak(utterance);
}

export function stopSpeaking(): void {
  (globalThis.speechSynthesis as SpeechSynthesis | undefined)?.cancel();
}
