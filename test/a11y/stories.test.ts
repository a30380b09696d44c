// Every story of the built Storybook (storybook-static/, `npm run build-storybook`), in the engine
// running the tests, loaded in a same-origin iframe as a page would show it:
// - axe-core with the WCAG 2.x A/AA tags (2.2 included: target size) in the light theme, and its
//   colour rules in the dark and high-contrast themes: 0 violations. In Chromium the Storybook
//   smoke test (scripts/storybook-smoke.js) runs this same audit, so here it runs in Firefox and
//   WebKit only;
// - reflow: at 320 CSS px wide (a 1,280 px window at 400 % zoom, WCAG 1.4.10) the page has no
//   horizontal scroll; in every engine.
// A story that fails to render fails its test. All stories share one preview, switched as the
// Storybook UI does (a page load per story or per file would double the time); after a failure
// the next story starts on a fresh page.
import { expect } from '@open-wc/testing';
import { engine, styleRoots } from '../helpers/engine.js';
import { until } from '../data/servers.js';
import { sidewaysOverflow } from './sideways.js';

interface StoryEntry {
  id: string;
  type: string;
  importPath: string;
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
interface StoryWindow extends Window {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id: string; phase: string } };
  __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, payload: unknown): void };
  axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
}

const BASE = '/storybook-static/';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const WIDE = 1024;
const NARROW = 320;
/** Chromium's audit is the smoke test's; the other engines audit here. */
const auditHere = engine !== 'chromium';

const index = (await fetch(`${BASE}index.json`)
  .then((r) => (r.ok ? r.json() : null))
  .catch(() => null)) as { entries: Record<string, StoryEntry> } | null;

const frames = (win: Window, n = 2): Promise<void> =>
  new Promise((done) => {
    const step = (left: number): void => {
      if (left === 0) done();
      else win.requestAnimationFrame(() => step(left - 1));
    };
    step(n);
  });

/** A Storybook preview in an iframe of this page, switched from story to story. */
class Preview {
  readonly frame = document.createElement('iframe');
  constructor() {
    this.frame.title = 'story';
    this.frame.style.cssText = `width:${WIDE}px;height:700px;border:0`;
    document.body.append(this.frame);
  }
  get win(): StoryWindow {
    return this.frame.contentWindow as StoryWindow;
  }
  get doc(): Document {
    return this.frame.contentDocument!;
  }
  async open(id: string): Promise<void> {
    const loaded = new Promise((r) => this.frame.addEventListener('load', r, { once: true }));
    this.frame.src = `${BASE}iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`;
    await loaded;
    await this.rendered(id);
  }
  async show(id: string): Promise<void> {
    await until(() => this.win.__STORYBOOK_ADDONS_CHANNEL__, 15000, 'the Storybook channel');
    this.win.__STORYBOOK_ADDONS_CHANNEL__!.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
    await this.rendered(id);
  }
  /** Storybook's render of `id` finished (play function included) without its error display. */
  private async rendered(id: string): Promise<void> {
    await until(() => {
      const r = this.win.__STORYBOOK_PREVIEW__?.currentRender;
      return (this.doc.body?.classList.contains('sb-show-nopreview') || (r?.id === id && (r.phase === 'finished' || r.phase === 'aborted'))) && true;
    }, 15000, `story ${id} to render`);
    const classes = this.doc.body.classList;
    if (classes.contains('sb-show-errordisplay') || classes.contains('sb-show-nopreview')) {
      throw new Error(`story ${id} did not render: ${this.doc.getElementById('error-message')?.textContent ?? 'no preview'}`);
    }
    await frames(this.win);
  }
  /**
   * Switches the theme as a portal does at run time (the `data-ansinh-theme` attribute on <html>,
   * what the preview's decorator sets), without Storybook re-rendering the story: a third of this
   * file's time in WebKit went to those re-renders.
   */
  async theme(value: string): Promise<void> {
    this.doc.documentElement.setAttribute('data-ansinh-theme', value);
    await frames(this.win);
    await this.transitionsDone();
  }
  /**
   * Colours fade from one theme to the next (buttons have a transition): axe must see the end,
   * not a mid-way blend. Chromium's smoke test runs with reduced motion; here motion is on.
   */
  private async transitionsDone(): Promise<void> {
    const all = new Set(styleRoots(this.doc).flatMap((root) => root.getAnimations()));
    // Jump each fade to its end (a person sees the end 150 ms later); a running infinite
    // animation (a spinner) is left alone.
    for (const a of all) if (Number.isFinite(Number(a.effect?.getComputedTiming().endTime))) a.finish();
    await frames(this.win, 1);
  }
  async axe(rules?: string[]): Promise<string[]> {
    if (!this.win.axe) {
      const script = this.doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const ready = new Promise((ok, fail) => {
        script.onload = ok;
        script.onerror = fail;
      });
      this.doc.head.append(script);
      await ready;
    }
    const result = await this.win.axe!.run(this.doc.getElementById('storybook-root'), {
      runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: AXE_TAGS },
      resultTypes: ['violations'],
    });
    // The first node's finding says the measured values (e.g. "contrast of 3.1 (foreground #…)").
    const why = (v: AxeViolation): string => (v.nodes[0]?.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')} (${why(v)})`);
  }
  /**
   * At `width` CSS px: how far the page scrolls sideways (0: it reflows) and the outermost
   * elements that stick out past the right edge, shadow roots included, to say where.
   */
  async overflowAt(width: number): Promise<{ over: number; culprits: string[] }> {
    this.frame.style.width = `${width}px`;
    await frames(this.win, 3);
    const { over, culprits } = sidewaysOverflow(this.doc);
    this.frame.style.width = `${WIDE}px`;
    await frames(this.win);
    return { over, culprits };
  }
}

if (!index) {
  describe('stories in every engine', () => {
    it('needs the built Storybook', () => {
      throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first (npm test does).');
    });
  });
} else {
  const stories = Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .sort((a, b) => a.id.localeCompare(b.id));
  const files = [...new Set(stories.map((s) => s.importPath))];
  describe(`stories in ${engine}: ${auditHere ? 'axe in three themes and ' : ''}reflow at ${NARROW} px`, () => {
    let preview: Preview | undefined;
    after(() => preview?.frame.remove());
    for (const file of files) {
      describe(file.replace(/^\.\//, ''), () => {
        for (const story of stories.filter((s) => s.importPath === file)) {
          it(story.id, async () => {
            // Until this story passes, the next one would start on a fresh page.
            const shown = preview ?? new Preview();
            preview = undefined;
            try {
              if (shown.win.__STORYBOOK_ADDONS_CHANNEL__) await shown.show(story.id);
              else await shown.open(story.id);
              const problems: string[] = [];
              if (auditHere) {
                problems.push(...(await shown.axe()));
                for (const theme of ['dark', 'high-contrast']) {
                  await shown.theme(theme);
                  problems.push(...(await shown.axe(COLOUR_RULES)).map((p) => `${theme}: ${p}`));
                }
                await shown.theme('light');
              }
              const { over, culprits } = await shown.overflowAt(NARROW);
              if (over > 1) problems.push(`scrolls sideways by ${over} px at ${NARROW} CSS px wide: ${culprits.join('; ')}`);
              expect(problems.join('\n'), story.id).to.equal('');
            } catch (error) {
              shown.frame.remove();
              throw error;
            }
            preview = shown;
          });
        }
      });
    }
  });
}
