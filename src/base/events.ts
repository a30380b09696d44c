/**
 * Events shared by many ansinh elements, typed once here so every `emit()` and every
 * `addEventListener()` in a portal agrees on their details.
 */
declare global {
  interface HTMLElementEventMap {
    /**
     * The user changed an element's value. `detail` is the new value; each element documents its
     * type (a string for a text field, `string[]` for a checkbox group, a plan for an editor...).
     */
    'ansinh-change': CustomEvent<unknown>;
    /** The user asked to try a failed operation again (for example the retry button of a state). */
    'ansinh-retry': CustomEvent<undefined>;
  }
}

export {};
