import { html, nothing, type TemplateResult } from 'lit';
import type { FieldValue } from '../../../base/events.js';
import type { LedgerMessages } from '../messages.js';
import type { PeriodPreset } from '../model.js';
import type { KindFilter, LedgerFilter, SortKey } from '../store.js';

export interface FiltersInput {
  filter: LedgerFilter;
  preset: PeriodPreset;
  fundIds: readonly string[];
  fundName: (id: string) => string;
}

export interface FiltersHandlers {
  /** A filter field changed: merge `patch` into the filter. */
  onFilter: (patch: Partial<LedgerFilter>) => void;
  /** The period preset changed (the select's raw value). */
  onPreset: (value: string) => void;
}

function fieldValue(e: Event): string {
  return String((e.currentTarget as { value?: unknown }).value ?? '');
}

/** The search and filter form (text search, period, fund, kind, donor, sort). */
export function renderFilters(m: LedgerMessages, input: FiltersInput, on: FiltersHandlers): TemplateResult {
  const f = input.filter;
  return html`<form class="filters" part="filters" role="search" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
      <ansinh-text-field
        class="q"
        type="search"
        label=${m.search}
        hint=${m.searchHint}
        .value=${f.q ?? ''}
        @input=${(e: Event) => on.onFilter({ q: fieldValue(e) })}
      ></ansinh-text-field>
      <ansinh-select
        class="preset"
        label=${m.periodPreset}
        .value=${input.preset}
        .options=${[
          { value: 'all', label: m.all },
          { value: 'month', label: m.thisMonth },
          { value: 'quarter', label: m.thisQuarter },
          { value: 'year', label: m.thisYear },
          { value: 'custom', label: m.custom },
        ]}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => on.onPreset(String(e.detail))}
      ></ansinh-select>
      ${input.preset === 'custom'
        ? html`<ansinh-text-field class="from" type="date" label=${m.from} .value=${f.from ?? ''} @input=${(e: Event) => on.onFilter({ from: fieldValue(e) || undefined })}></ansinh-text-field>
            <ansinh-text-field class="to" type="date" label=${m.to} .value=${f.to ?? ''} @input=${(e: Event) => on.onFilter({ to: fieldValue(e) || undefined })}></ansinh-text-field>`
        : nothing}
      <ansinh-select
        class="fund"
        label=${m.fund}
        placeholder=${m.allFunds}
        .value=${f.fundId ?? ''}
        .options=${input.fundIds.map((id) => ({ value: id, label: input.fundName(id) }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => on.onFilter({ fundId: String(e.detail ?? '') || undefined })}
      ></ansinh-select>
      <ansinh-select
        class="kind"
        label=${m.kind}
        placeholder=${m.allKinds}
        .value=${f.kind ?? ''}
        .options=${(['donation', 'distribution', 'correction'] as const).map((k) => ({ value: k, label: m[k] }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => on.onFilter({ kind: (String(e.detail ?? '') as KindFilter) || undefined })}
      ></ansinh-select>
      <ansinh-text-field class="party" type="search" label=${m.donor} .value=${f.party ?? ''} @input=${(e: Event) => on.onFilter({ party: fieldValue(e) })}></ansinh-text-field>
      <ansinh-select
        class="sort"
        label=${m.sort}
        .value=${f.sort ?? 'date-desc'}
        .options=${(['date-desc', 'date-asc', 'amount-desc', 'amount-asc', 'chain'] as const).map((s) => ({ value: s, label: m[`sort-${s}`] }))}
        @ansinh-change=${(e: CustomEvent<FieldValue>) => on.onFilter({ sort: (String(e.detail) || 'date-desc') as SortKey })}
      ></ansinh-select>
    </form>`;
}
