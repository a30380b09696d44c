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
    /**
     * The user chose an item presented as one target (for example an interactive resident card).
     * `detail` is documented by each element; the resident card sends `{ residentId }`.
     */
    'ansinh-select': CustomEvent<unknown>;
    /**
     * The user submitted a value (a survey response, a plan...). `detail` is the value submitted;
     * each element documents its type. Cancelable where the element says so.
     */
    'ansinh-submit': CustomEvent<unknown>;
    /** A submission is stored on the device, waiting to be sent (durable outbox). */
    'ansinh-queued': CustomEvent<unknown>;
    /** The server accepted a queued submission. */
    'ansinh-sent': CustomEvent<unknown>;
    /** The server refused a submission for good (4xx), or it could not be stored. */
    'ansinh-failed': CustomEvent<unknown>;
  }
}

export {};
