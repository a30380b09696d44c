// Shared by the embedding proofs: which elements should exist, and iframe plumbing.
import { executeServerCommand } from '@web/test-runner-commands';

export interface ExpectedTags {
  /** Tags documented in custom-elements.json. */
  manifest: string[];
  /** Tags registered by a src/define/*.ts file. */
  defineFiles: string[];
  /** Tags whose define file src/index.ts (and so the CDN build) imports. */
  index: string[];
  /** manifest ∪ defineFiles: every element the library has or is about to ship. */
  expected: string[];
}

export function expectedTags(): Promise<ExpectedTags> {
  return executeServerCommand<ExpectedTags, undefined>('embeds-expected-tags');
}

/** Builds dist/cdn/ansinh.js when it is missing or older than src/ (the browser tests run before `npm run build`). */
export async function ensureCdn(): Promise<void> {
  const result = await executeServerCommand<{ built: boolean; seconds: number } | undefined, undefined>('embeds-ensure-cdn');
  if (!result) throw new Error('embeds-ensure-cdn is not available: is embedsPlugin() in test/server/plugins.js?');
}

/** Adds an iframe to the test page; resolves with it once `load` fired for `src`. */
export function loadFrame(src: string, timeout = 15000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'embedding proof';
  frame.style.width = '1024px';
  frame.style.height = '768px';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${src} did not load in ${timeout} ms`)), timeout);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve(frame);
      },
      { once: true },
    );
    frame.src = src;
    document.body.append(frame);
  });
}

/** Resolves with the next `load` of a frame (after a navigation it caused). */
export function nextLoad(frame: HTMLIFrameElement, timeout = 15000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the frame did not navigate in ${timeout} ms`)), timeout);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Polls `check` until it returns a value other than undefined/null/false, or fails after `timeout`. */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeout = 10000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Visible text of a subtree, through (nested) shadow roots, without script or style contents. */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) return '';
  let out = '';
  if (node instanceof Element && node.shadowRoot) out += deepText(node.shadowRoot);
  for (let c = node.firstChild; c; c = c.nextSibling) out += deepText(c);
  return out.replace(/\s+/g, ' ');
}
