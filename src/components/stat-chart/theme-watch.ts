import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** System preferences that change a chart's colours, patterns or animation. */
const MEDIA = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)'];

/**
 * Tells a chart when its theme may have changed, while it is connected: a `data-ansinh-theme`
 * attribute anywhere in the document, or a system preference (dark, more contrast, forced
 * colours, reduced motion). The canvas cannot follow CSS by itself, so the chart re-reads its
 * colours and redraws.
 */
export class ThemeWatch implements ReactiveController {
  private observer?: MutationObserver;
  private mediaLists: MediaQueryList[] = [];
  private readonly onMediaChange = () => this.onChange();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver(() => this.onChange());
      this.observer.observe(this.host.ownerDocument.documentElement, {
        attributes: true,
        attributeFilter: ['data-ansinh-theme'],
        subtree: true,
      });
    }
    if (typeof matchMedia === 'function') {
      this.mediaLists = MEDIA.map((q) => matchMedia(q));
      for (const mq of this.mediaLists) mq.addEventListener('change', this.onMediaChange);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    for (const mq of this.mediaLists) mq.removeEventListener('change', this.onMediaChange);
    this.mediaLists = [];
  }
}
