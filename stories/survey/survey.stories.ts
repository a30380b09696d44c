import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/survey.js';
import type { AnsinhSurvey } from '../../src/components/survey/survey.js';
import type { SurveyDefinitionInput } from '../../src/contract/survey.js';
import { Outbox } from '../../src/data/outbox.js';
import { DataSourceError } from '../../src/data/errors.js';

interface Args {
  template: 'moh-inpatient' | 'moh-outpatient' | 'moh-staff';
  mode: 'page' | 'steps';
}

const meta: Meta<Args> = {
  title: 'Components/Survey',
  component: 'ansinh-survey',
  tags: ['autodocs'],
  args: { template: 'moh-inpatient', mode: 'page' },
  argTypes: {
    template: { control: 'inline-radio', options: ['moh-inpatient', 'moh-outpatient', 'moh-staff'] },
    mode: { control: 'inline-radio', options: ['page', 'steps'] },
  },
  // `no-draft`: a demo page should not keep what a visitor clicked.
  render: (a) => html`<ansinh-survey template=${a.template} mode=${a.mode} no-draft></ansinh-survey>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Mẫu số 1, người bệnh nội trú (national system v2), on one page. */
export const Inpatient: Story = {};

/** Mẫu số 2, người bệnh ngoại trú. */
export const Outpatient: Story = { args: { template: 'moh-outpatient' } };

/** Mẫu số 3, nhân viên y tế (QĐ 3869/2019). */
export const Staff: Story = { args: { template: 'moh-staff' } };

/** One section at a time with "Phần i/n" and a progress bar; each step is checked before moving on. */
export const Steps: Story = { args: { mode: 'steps' } };

/** Bedside tablet or kiosk: one question per screen, 48 px targets, faces, reason on low ratings, reset after thanks. */
export const KioskWithFaces: Story = {
  render: () =>
    html`<ansinh-survey template="moh-inpatient" kiosk faces ask-reason reset-after="15" no-draft></ansinh-survey>`,
};

export const English: Story = {
  render: () => html`<ansinh-survey lang="en" template="moh-outpatient" no-draft></ansinh-survey>`,
};

/** A portal's own form: the survey is one field (`name`) of it and posts its response as JSON. */
export const InsideAHostForm: Story = {
  render: () => {
    const show = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const out = form.querySelector('output')!;
      out.textContent = String(new FormData(form).get('survey') ?? '');
    };
    return html`<form @submit=${show}>
      <p>
        <label for="ward">Khoa</label><br />
        <input id="ward" name="ward" value="Khoa Nội tổng hợp" />
      </p>
      <label for="sv"><strong>Ý kiến của người bệnh</strong></label>
      <ansinh-survey id="sv" name="survey" template="moh-outpatient" no-draft></ansinh-survey>
      <p><button>Gửi</button> <button type="reset">Xóa hết</button></p>
      <p>FormData <code>survey</code>:</p>
      <output style="display:block;white-space:pre-wrap;word-break:break-all"></output>
    </form>`;
  },
};

const BROKEN = {
  id: 'broken',
  version: '1',
  title: { vi: 'Phiếu lỗi' },
  sections: [{ id: 's', title: { vi: 'Phần 1' }, items: [{ code: 'A1', type: 'stars', text: { vi: 'Câu 1' } }] }],
};

/** A definition that fails the contract: the error state names what is wrong. */
export const InvalidDefinition: Story = {
  render: () => html`<ansinh-survey .definition=${BROKEN}></ansinh-survey>`,
};

const SHORT: SurveyDefinitionInput = {
  id: 'story-short',
  version: '1',
  title: { vi: 'Ý kiến về buổi tư vấn', en: 'Feedback on the counselling session' },
  sections: [
    {
      id: 's',
      title: { vi: 'Đánh giá', en: 'Rating' },
      items: [
        { code: 'Q1', type: 'scale5', text: { vi: 'Cán bộ lắng nghe Ông/Bà', en: 'The worker listened to you' }, required: true },
        { code: 'Q2', type: 'longtext', text: { vi: 'Góp ý khác', en: 'Other suggestions' } },
      ],
    },
  ],
};

/**
 * No connection: the response is kept on this device and the respondent is told so
 * ("Đã lưu trên thiết bị này, sẽ gửi khi có mạng"). The story's outbox cannot reach any server.
 */
export const OfflineQueued: Story = {
  render: () => {
    const el = document.createElement('ansinh-survey') as AnsinhSurvey;
    el.endpoint = '/api/survey-responses';
    el.noDraft = true;
    el.outbox = new Outbox({
      dbName: 'ansinh-story-offline',
      intervalMs: 0,
      transport: async () => {
        throw new DataSourceError({ code: 'network', source: 'story', detail: 'offline (story)' });
      },
    });
    el.definition = SHORT;
    void el.updateComplete.then(async () => {
      el.answers = { Q1: 4, Q2: 'Buổi tư vấn rất hữu ích' };
      await el.submit();
    });
    return el;
  },
};
