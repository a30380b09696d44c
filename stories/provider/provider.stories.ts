import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/define/provider.js';
import '../../src/define/resident-card.js';
import { MemorySource } from '../../src/data/memory-source.js';
import type { Resident } from '../../src/contract/index.js';
import { DEFAULT_SEED, sampleResidents } from '../../src/sample/index.js';

type Lang = 'vi' | 'en';

/** Fixed, so ages and lengths of stay do not change from one day to the next. */
const ON_DATE = '2026-11-22';

// Sample photo paths exist only in the demo portal; stories show the initials avatar instead.
const noPhoto = (r: Resident): Resident => {
  const copy = structuredClone(r);
  delete copy.photoUrl;
  return copy;
};

/**
 * Two centres with deterministic sample data (src/sample). Both number their residents
 * ds-0001, ds-0002, …, so the same `resident-id` is a different person in each: which one a card
 * shows tells which provider it asked.
 */
const centre = new MemorySource({ residents: sampleResidents().map(noPhoto) });
const otherCentre = new MemorySource({ residents: sampleResidents(DEFAULT_SEED + 1).map(noPhoto) });

const other = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** A short caption above a group of cards; always Vietnamese, whatever the provider around it says. */
const caption = (text: string) =>
  html`<p lang="vi" style="margin:0;font-weight:600;color:var(--ansinh-color-text-muted, inherit)">${text}</p>`;

interface Args {
  lang: Lang;
}

const meta: Meta<Args> = {
  title: 'Components/Provider',
  component: 'ansinh-provider',
  tags: ['autodocs'],
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
  render: (a) => html`<ansinh-provider lang=${a.lang} .source=${centre}>
    <div style="display:grid;gap:8px;max-width:48rem">
      <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      <ansinh-resident-card variant="compact" resident-id="ds-0002" on-date=${ON_DATE}></ansinh-resident-card>
      <ansinh-resident-card resident-id="ds-0003" on-date=${ON_DATE}></ansinh-resident-card>
    </div>
  </ansinh-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * `lang` on the provider sets the language of every ansinh element inside it: labels, dates,
 * ages and numbers follow (`vi` by default, `en`). Switch it with the `lang` control.
 */
export const Language: Story = {};

let switches = 0;

/** Changing `lang` at run time: every element inside re-renders in the new language, data kept. */
export const SwitchLanguage: Story = {
  render: (a) => {
    // Radio names must be unique: the docs page renders every story in one document.
    const name = `provider-lang-${++switches}`;
    const onChange = (event: Event) => {
      const input = event.target as HTMLInputElement;
      input.closest('.provider-demo')?.querySelector('ansinh-provider')?.setAttribute('lang', input.value);
    };
    return html`<div class="provider-demo" style="display:grid;gap:16px;max-width:48rem">
      <fieldset lang="vi" @change=${onChange} style="display:flex;gap:16px;flex-wrap:wrap;margin:0">
        <legend>Ngôn ngữ của các thẻ bên dưới</legend>
        <label><input type="radio" name=${name} value="vi" ?checked=${a.lang === 'vi'} /> Tiếng Việt</label>
        <label lang="en"><input type="radio" name=${name} value="en" ?checked=${a.lang === 'en'} /> English</label>
      </fieldset>
      <ansinh-provider lang=${a.lang} .source=${centre}>
        <div style="display:grid;gap:8px">
          <ansinh-resident-card variant="compact" resident-id="ds-0004" on-date=${ON_DATE}></ansinh-resident-card>
          <ansinh-resident-card resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
        </div>
      </ansinh-provider>
    </div>`;
  },
};

/**
 * `.source` (here a MemorySource holding the sample residents) feeds every card inside: each
 * card loads its resident by `resident-id`. The page sets the source once; the cards never fetch.
 */
export const SourceFeedsCards: Story = {
  render: (a) => html`<ansinh-provider lang=${a.lang} .source=${centre}>
    <div style="display:grid;gap:4px;max-width:40rem">
      ${['ds-0001', 'ds-0002', 'ds-0003', 'ds-0004', 'ds-0005', 'ds-0006', 'ds-0007', 'ds-0008'].map(
        (id) => html`<ansinh-resident-card variant="compact" resident-id=${id} on-date=${ON_DATE}></ansinh-resident-card>`,
      )}
    </div>
  </ansinh-provider>`,
};

/**
 * An id the source does not know: the card says "no such record" (an empty state, not an
 * error, and no retry), in the provider's language. The other cards are unaffected.
 */
export const UnknownId: Story = {
  render: (a) => html`<ansinh-provider lang=${a.lang} .source=${centre}>
    <div style="display:grid;gap:8px;max-width:40rem">
      <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      <ansinh-resident-card variant="compact" resident-id="ds-9999" on-date=${ON_DATE}></ansinh-resident-card>
      <ansinh-resident-card resident-id="khong-co-ma-nay" on-date=${ON_DATE}></ansinh-resident-card>
    </div>
  </ansinh-provider>`,
};

/**
 * A provider with neither `source` nor `endpoint`: a card that needs to load says there is no
 * data source (an error state, `role="alert"`). A card given its data as a property still shows.
 */
export const WithoutSource: Story = {
  render: (a) => html`<ansinh-provider lang=${a.lang}>
    <div style="display:grid;gap:8px;max-width:40rem">
      <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      <ansinh-resident-card
        variant="compact"
        on-date=${ON_DATE}
        .resident=${noPhoto(sampleResidents()[1]!)}
      ></ansinh-resident-card>
    </div>
  </ansinh-provider>`,
};

/**
 * Providers nest: each element asks the nearest one. The inner provider has its own source and
 * the other language, so the same `resident-id="ds-0001"` is another person, in the other
 * language. To change only the language of a part, a plain `lang` attribute is enough: the card
 * under `<div lang>` keeps the outer provider's source.
 */
export const Nested: Story = {
  render: (a) => html`<ansinh-provider lang=${a.lang} .source=${centre}>
    <div style="display:grid;gap:8px;max-width:40rem">
      ${caption('<ansinh-provider> bên ngoài: dữ liệu của trung tâm thứ nhất')}
      <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      <div lang=${other(a.lang)} style="display:grid;gap:8px">
        ${caption('Chỉ đổi ngôn ngữ bằng thuộc tính lang trên thẻ div: vẫn là dữ liệu của <ansinh-provider> bên ngoài')}
        <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      </div>
      <ansinh-provider lang=${other(a.lang)} .source=${otherCentre}>
        <div style="display:grid;gap:8px;padding-inline-start:16px;border-inline-start:4px solid var(--ansinh-color-border-strong, currentColor)">
          ${caption('<ansinh-provider> lồng bên trong: dữ liệu của trung tâm thứ hai, ngôn ngữ còn lại')}
          <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
          <ansinh-resident-card variant="compact" resident-id="ds-0002" on-date=${ON_DATE}></ansinh-resident-card>
        </div>
      </ansinh-provider>
    </div>
  </ansinh-provider>`,
};

/**
 * A nested provider that only sets `lang` hands on the outer provider's source: the cards inside
 * it read the same centre's data, in the other language.
 */
export const NestedWithoutSource: Story = {
  render: (a) => html`<ansinh-provider lang=${a.lang} .source=${centre}>
    <div style="display:grid;gap:8px;max-width:40rem">
      ${caption('<ansinh-provider> bên ngoài có nguồn dữ liệu')}
      <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      <ansinh-provider lang=${other(a.lang)}>
        ${caption('<ansinh-provider> lồng bên trong chỉ có lang: dùng nguồn dữ liệu của bên ngoài')}
        <ansinh-resident-card variant="compact" resident-id="ds-0001" on-date=${ON_DATE}></ansinh-resident-card>
      </ansinh-provider>
    </div>
  </ansinh-provider>`,
};
