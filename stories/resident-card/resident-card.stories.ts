import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/resident-card.js';
import '../../src/define/provider.js';
import '../../src/define/button.js';
import { MemorySource } from '../../src/data/memory-source.js';
import { DataSourceError } from '../../src/data/errors.js';
import type { DataSource } from '../../src/data/source.js';
import type { ResidentCardVariant } from '../../src/components/resident-card/resident-card.js';
import {
  ON_DATE,
  childResident,
  disabilityResident,
  hivResident,
  olderResident,
  publicResident,
} from '../../test/resident-card/fixtures.js';
import { sampleResidents } from '../../src/sample/index.js';

// The fixtures point photos at a test-server path; stories show the initials avatar instead.
const noPhoto = <T extends object>(r: T): T => {
  const copy = structuredClone(r) as T & { photoUrl?: string };
  delete copy.photoUrl;
  return copy;
};
const older = noPhoto(olderResident);
const child = noPhoto(childResident);
const hiv = noPhoto(hivResident);
const disability = noPhoto(disabilityResident);
const lan = noPhoto(publicResident);
const everyone = [older, child, hiv, disability, lan];

interface Args {
  variant: ResidentCardVariant;
  allowReveal: boolean;
  showSensitive: boolean;
  interactive: boolean;
  print: boolean;
}

const meta: Meta<Args> = {
  title: 'Components/ResidentCard',
  component: 'ansinh-resident-card',
  tags: ['autodocs'],
  args: { variant: 'full', allowReveal: false, showSensitive: false, interactive: false, print: false },
  argTypes: { variant: { control: 'inline-radio', options: ['compact', 'full', 'public'] } },
  render: (a) => html`<ansinh-resident-card
    variant=${a.variant}
    ?allow-reveal=${a.allowReveal}
    ?show-sensitive=${a.showSensitive}
    ?interactive=${a.interactive}
    ?print=${a.print}
    on-date=${ON_DATE}
    .resident=${older}
  ></ansinh-resident-card>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A profile: personal details, admission, guardian, allowance, flags. Identity numbers masked. */
export const Full: Story = {};

/** Rows in a centre's list; the height is fixed so long lists never jump. */
export const CompactList: Story = {
  render: () => html`<div style="display:grid;gap:4px;max-width:40rem">
    ${everyone.map((r) => html`<ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${r}></ansinh-resident-card>`)}
  </div>`,
};

/** The demo centre's residents (deterministic sample data, src/sample), as a list. */
export const SampleResidentsList: Story = {
  render: () => html`<div style="display:grid;gap:4px;max-width:40rem">
    ${sampleResidents()
      .slice(0, 20)
      .map(noPhoto)
      .map((r) => html`<ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${r}></ansinh-resident-card>`)}
  </div>`,
};

/** Profiles of sample residents from different categories: an older person, a child, a resident with a disability. */
export const SampleProfiles: Story = {
  render: () => {
    // Sample photo paths exist only in the demo; stories show the initials avatar.
    const all = sampleResidents().map(noPhoto);
    const pick = [
      all.find((r) => r.beneficiaryCategory?.code === 'nguoi-cao-tuoi'),
      all.find((r) => /tre-em/.test(String(r.beneficiaryCategory?.code))),
      all.find((r) => r.disability),
    ].filter((r) => r !== undefined);
    return html`<div style="display:grid;gap:16px;max-width:48rem">
      ${pick.map((r) => html`<ansinh-resident-card variant="full" on-date=${ON_DATE} .resident=${r}></ansinh-resident-card>`)}
    </div>`;
  },
};

/**
 * The monthly allowance as Nghị định 20/2021/NĐ-CP writes it (docs/domain.md): in the centre, the
 * nurture allowance of Art. 25 by age; at home, the allowance of Art. 6 by category, age band,
 * disability level and, for older people, the point of Art. 5(5); when a fact is missing, what to
 * record.
 */
export const Allowances: Story = {
  render: () => {
    const home = { exit: { date: '2025-06-01', reason: 'hoi-gia' } };
    const cards = [
      { ...child, birthDate: '2023-03-02' },
      { ...disability, ...home },
      { ...older, ...home, beneficiaryCategory: { code: 'nguoi-cao-tuoi', olderPersonGroup: 'a', legalBasis: 'Điểm a khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP' } },
      { ...older, ...home },
    ];
    return html`<div style="display:grid;gap:16px;max-width:48rem">
      ${cards.map((r) => html`<ansinh-resident-card variant="full" on-date=${ON_DATE} .resident=${r}></ansinh-resident-card>`)}
    </div>`;
  },
};

/** The whole row is one target (Enter, Space or click fires `ansinh-select`); portal actions stay separate. */
export const InteractiveWithActions: Story = {
  render: () => html`<div style="display:grid;gap:4px;max-width:40rem">
    ${everyone.slice(0, 3).map(
      (r) => html`<ansinh-resident-card interactive variant="compact" on-date=${ON_DATE} .resident=${r}>
        <ansinh-button slot="actions" type="button" variant="secondary">Kế hoạch</ansinh-button>
      </ansinh-resident-card>`,
    )}
  </div>`,
};

/** What a public portal may show: only fields marked publishable, name and photo only with consent. */
export const Public: Story = {
  render: () => html`<div style="display:grid;gap:16px;max-width:40rem">
    <ansinh-resident-card variant="public" on-date=${ON_DATE} .resident=${lan}></ansinh-resident-card>
    <ansinh-resident-card variant="public" on-date=${ON_DATE} .resident=${older}></ansinh-resident-card>
    <ansinh-resident-card variant="public" show-sensitive allow-reveal on-date=${ON_DATE} .resident=${hiv}></ansinh-resident-card>
  </div>`,
};

/** The host allows revealing: pressing the button fires a cancelable `ansinh-reveal`. */
export const RevealAllowed: Story = { args: { allowReveal: true } };

/** `show-sensitive` with the resident's consent to share health data. */
export const SensitiveWithConsent: Story = { args: { showSensitive: true } };

/** `show-sensitive`, but the resident has not consented: nothing sensitive, not even the HIV category. */
export const SensitiveWithoutConsent: Story = {
  render: () => html`<ansinh-resident-card show-sensitive on-date=${ON_DATE} .resident=${hiv}></ansinh-resident-card>`,
};

/** The A4 profile sheet, as printed (`print` previews it on screen). */
export const PrintPreview: Story = { args: { print: true } };

/** Only the birth year is known: "khoảng 7 tuổi". */
export const ChildBirthYearOnly: Story = {
  render: () => html`<ansinh-resident-card on-date=${ON_DATE} .resident=${child}></ansinh-resident-card>`,
};

const never: DataSource = { kind: 'story', getResident: () => new Promise(() => {}) };
const failing: DataSource = {
  kind: 'story',
  getResident: () => Promise.reject(new DataSourceError({ code: 'network', source: 'story' })),
};
const memory = new MemorySource({ residents: everyone });

/** Loading from the provider's DataSource: a skeleton the size of the final card. */
export const Loading: Story = {
  render: () => html`<ansinh-provider .source=${never}>
    <ansinh-resident-card resident-id="r-0001" on-date=${ON_DATE}></ansinh-resident-card>
    <ansinh-resident-card variant="compact" resident-id="r-0001" on-date=${ON_DATE}></ansinh-resident-card>
  </ansinh-provider>`,
};

/** Loaded by `resident-id` from a MemorySource. */
export const LoadedFromProvider: Story = {
  render: () => html`<ansinh-provider .source=${memory}>
    <ansinh-resident-card resident-id="r-0315" on-date=${ON_DATE}></ansinh-resident-card>
  </ansinh-provider>`,
};

export const NotFound: Story = {
  render: () => html`<ansinh-provider .source=${memory}>
    <ansinh-resident-card resident-id="r-9999"></ansinh-resident-card>
  </ansinh-provider>`,
};

/** The DataSource failed: its message in the page language, and a retry button. */
export const LoadError: Story = {
  render: () => html`<ansinh-provider .source=${failing}>
    <ansinh-resident-card resident-id="r-0001"></ansinh-resident-card>
  </ansinh-provider>`,
};

/** Data that fails the contract: the fields are named, `ansinh-invalid` fires. */
export const InvalidData: Story = {
  render: () => html`<ansinh-resident-card
    .resident=${{ ...older, beneficiaryCategory: { code: 'khong-ro' }, birthDate: '12/03/1948' }}
  ></ansinh-resident-card>`,
};

/** Implausible but readable data: warnings above the card, which still shows. */
export const Warnings: Story = {
  render: () => html`<div style="display:grid;gap:16px;max-width:48rem">
    <ansinh-resident-card on-date=${ON_DATE} .resident=${{ ...child, birthDate: '2030' }}></ansinh-resident-card>
    <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${{ ...older, birthDate: '1700' }}></ansinh-resident-card>
  </div>`,
};

/**
 * A person from another system (a hospital's FHIR Patient without ansinh's extensions): shown with
 * what there is; the beneficiary category, the admission and the allowance are said to be missing.
 */
export const FromAnotherSystem: Story = {
  render: () => html`<div style="display:grid;gap:16px;max-width:48rem">
    <ansinh-resident-card
      on-date=${ON_DATE}
      .resident=${{ id: 'BN-2026-00417', fullName: 'Nguyễn Văn An', sex: 'male', birthDate: '1948-03-02', guardian: { name: 'Nguyễn Thị Hạnh', relationship: 'Con gái', phone: '0912 345 678' } }}
    ></ansinh-resident-card>
    <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${{ id: 'BN-2026-00418', fullName: 'Trần Thị Bình' }}></ansinh-resident-card>
  </div>`,
};

/** At 320 px: terms above values, nothing overflows. */
export const Narrow: Story = {
  render: () => html`<div style="max-width:320px;display:grid;gap:8px">
    <ansinh-resident-card on-date=${ON_DATE} allow-reveal .resident=${disability}></ansinh-resident-card>
    <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${disability}></ansinh-resident-card>
  </div>`,
};

export const English: Story = {
  render: () => html`<div lang="en" style="display:grid;gap:16px;max-width:48rem">
    <ansinh-resident-card allow-reveal on-date=${ON_DATE} .resident=${older}></ansinh-resident-card>
    <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${child}></ansinh-resident-card>
    <ansinh-resident-card variant="public" on-date=${ON_DATE} .resident=${lan}></ansinh-resident-card>
  </div>`,
};

export const Dark: Story = {
  render: () => html`<div data-ansinh-theme="dark" style="padding:16px;background:var(--ansinh-color-surface);display:grid;gap:16px">
    <ansinh-resident-card interactive on-date=${ON_DATE} .resident=${disability}></ansinh-resident-card>
    <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${older}></ansinh-resident-card>
  </div>`,
};

export const HighContrast: Story = {
  render: () => html`<div data-ansinh-theme="high-contrast" style="padding:16px;background:var(--ansinh-color-surface);display:grid;gap:16px">
    <ansinh-resident-card on-date=${ON_DATE} .resident=${older}></ansinh-resident-card>
    <ansinh-resident-card variant="compact" on-date=${ON_DATE} .resident=${hiv}></ansinh-resident-card>
  </div>`,
};
