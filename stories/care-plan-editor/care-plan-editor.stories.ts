import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/care-plan-editor.js';
import '../../src/define/provider.js';
import type { AnsinhCarePlanEditor } from '../../src/components/care-plan-editor/care-plan-editor.js';
import { DataSourceError } from '../../src/data/errors.js';
import { withVersion, type DataSource, type WriteOptions } from '../../src/data/source.js';
import type { CarePlan } from '../../src/contract/care-plan.js';
import type { CarePlanUser } from '../../src/components/care-plan-editor/state-machine.js';
import { sampleCarePlans } from '../../src/sample/index.js';

const user: CarePlanUser = { id: 'nv-ctxh-01', name: 'Trần Văn Bình', role: 'social-worker' };
const director: CarePlanUser = { id: 'gd-01', name: 'Nguyễn Thị Thu', role: 'director' };
const TODAY = '2026-11-22';

/** A sample plan at `step` (from src/sample), with a story-specific id so drafts do not mix. */
function planAt(step: CarePlan['status'], id = `story-${step}`): CarePlan {
  const plans = sampleCarePlans();
  const found = plans.find((p) => p.status === step && p.goals.length > 0) ?? plans.find((p) => p.status === step) ?? plans[0]!;
  return { ...structuredClone(found), id };
}

interface Args {
  readonly: boolean;
  lang: 'vi' | 'en';
}

const meta: Meta<Args> = {
  title: 'Components/CarePlanEditor',
  component: 'ansinh-care-plan-editor',
  tags: ['autodocs'],
  args: { readonly: false, lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
  render: (a) => html`<ansinh-care-plan-editor
    lang=${a.lang}
    today=${TODAY}
    ?readonly=${a.readonly}
    .user=${user}
    .plan=${planAt('planning')}
  ></ansinh-care-plan-editor>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Planning: goals and activities being written. Try Ctrl+Z, Alt+↑/↓ on a handle, and reload. */
export const Planning: Story = {};

/**
 * Step 1 of 5. Walk the plan through the process with the step buttons: each move records who
 * and when (open "Lịch sử chuyển bước").
 */
export const WalkStep1Intake: Story = {
  render: () => html`<ansinh-care-plan-editor today=${TODAY} .user=${user} .plan=${{
    ...planAt('intake', 'story-walk'),
    status: 'intake',
    transitions: [],
  }}></ansinh-care-plan-editor>`,
};
/** Step 2 of 5: support planning. */
export const WalkStep2Planning: Story = {
  render: () => html`<ansinh-care-plan-editor today=${TODAY} .user=${user} .plan=${planAt('planning')}></ansinh-care-plan-editor>`,
};
/** Step 3 of 5: implementing, with progress notes on activities. */
export const WalkStep3Implementing: Story = {
  render: () => html`<ansinh-care-plan-editor today=${TODAY} .user=${user} .plan=${planAt('implementing')}></ansinh-care-plan-editor>`,
};
/** Step 4 of 5: monitoring and review; may go back to planning. The director approves here. */
export const WalkStep4Monitoring: Story = {
  render: () => html`<ansinh-care-plan-editor today=${TODAY} .user=${director} .plan=${planAt('monitoring')}></ansinh-care-plan-editor>`,
};
/** Step 5 of 5: closed and archived; can be reopened for review. */
export const WalkStep5Closed: Story = {
  render: () => html`<ansinh-care-plan-editor today=${TODAY} .user=${user} .plan=${planAt('closed')}></ansinh-care-plan-editor>`,
};

/** The plan as a document: no fields, the layout that prints. */
export const Readonly: Story = { args: { readonly: true } };

/** English UI. */
export const English: Story = { args: { lang: 'en' } };

/**
 * A partly invalid plan (an impossible due date, an empty goal, an unknown activity domain)
 * still opens: each problem is under its field and in the summary, and can be fixed here.
 */
export const PartlyInvalid: Story = {
  render: () => {
    const plan = planAt('planning', 'story-invalid') as unknown as Record<string, any>;
    if (plan.goals[0]) plan.goals[0].dueDate = '2026-02-30';
    if (plan.goals[1]) plan.goals[1].description = '';
    if (plan.activities[0]) plan.activities[0].domain = 'yoga';
    return html`<ansinh-care-plan-editor today=${TODAY} .user=${user} .plan=${plan}></ansinh-care-plan-editor>`;
  },
};

/** Not a plan at all: the error state. */
export const NotAPlan: Story = {
  render: () => html`<ansinh-care-plan-editor>
    <script type="application/json">["không phải kế hoạch"]</script>
  </ansinh-care-plan-editor>`,
};

/** What prints on A4: the readonly document in a page-sized frame (use the browser's print preview for the real thing). */
export const PrintPreview: Story = {
  // A sheet of paper is white in every theme: the light theme's tokens apply inside it.
  render: () => html`<div
    data-ansinh-theme="light"
    style="max-width: 210mm; margin: auto; padding: 15mm; background: white; color: black; box-shadow: 0 0 4px #888"
  >
    <ansinh-care-plan-editor readonly today=${TODAY} .plan=${planAt('implementing', 'story-print')}></ansinh-care-plan-editor>
  </div>`,
};

/**
 * A back end that keeps versions (as a REST API with ETags or a FHIR server does): a save names
 * the version it replaces, and a stale one is refused with 412.
 */
function versionedSource(plan: CarePlan): DataSource & { colleagueSaves(): void } {
  let version = 1;
  let stored = plan;
  return {
    kind: 'story',
    getCarePlan: async () => withVersion(structuredClone(stored), `"${version}"`),
    saveCarePlan: async (next: unknown, options?: WriteOptions) => {
      if (options?.version && options.version !== `"${version}"`) {
        throw new DataSourceError({ code: 'precondition_failed', status: 412, source: 'story' });
      }
      stored = next as CarePlan;
      version++;
      return withVersion(structuredClone(stored), `"${version}"`);
    },
    colleagueSaves() {
      stored = { ...stored, period: { start: stored.period?.start ?? TODAY, end: '2026-12-31' } };
      version++;
    },
  };
}

/**
 * Two people on one plan: a colleague saved after this page loaded the plan, so Save is refused
 * (412). Every edit stays; the alert offers to reapply them on the colleague's version, or to
 * overwrite it.
 */
let conflictSource: ReturnType<typeof versionedSource> | undefined;
export const SaveConflict: Story = {
  render: (a) => {
    const plan = planAt('planning', 'story-conflict');
    const source = (conflictSource = versionedSource(plan));
    return html`<ansinh-provider lang=${a.lang} .source=${source}>
      <ansinh-care-plan-editor plan-id=${plan.id} today=${TODAY} .user=${user}></ansinh-care-plan-editor>
    </ansinh-provider>`;
  },
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector<AnsinhCarePlanEditor>('ansinh-care-plan-editor')!;
    for (let i = 0; i < 50 && !editor.plan; i++) await new Promise((r) => setTimeout(r, 20));
    conflictSource?.colleagueSaves();
    await editor.save();
  },
};
