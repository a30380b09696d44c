/**
 * The goals and activities sections: one row element per item (`items.ts`), keyed by id so a
 * reorder moves rows instead of rewriting them, each row handed only its own item and issues.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ContractIssue } from '../../../contract/issues.js';
import type { Lang } from '../../../i18n/lang.js';
import { messages } from '../messages.js';
import { isRecord, itemKeys, list, itemId, type DraftPlan } from '../model.js';
import type { ItemCollection } from './item-events.js';

/** What both lists need from the editor. */
export interface ItemListContext {
  plan: DraftPlan;
  lang: Lang;
  today: string;
  /** The contract issues of item `index` of `collection` (the same array while they do not change). */
  issuesFor(collection: ItemCollection, index: number): readonly ContractIssue[];
}

export function renderGoals(c: ItemListContext, addGoal: (goal: Record<string, unknown>) => void): TemplateResult {
  const m = messages[c.lang];
  const goals = list(c.plan, 'goals');
  return html`<section aria-labelledby="goals-h">
      <h2 id="goals-h">${m.goals} (${goals.length})</h2>
      <div class="list" data-list="goals">
        ${repeat(
          goals,
          itemKeys(goals),
          (g, i) => html`<ansinh-care-plan-goal
            data-index=${i}
            .item=${isRecord(g) ? g : {}}
            .index=${i}
            .count=${goals.length}
            .issues=${c.issuesFor('goals', i)}
            .today=${c.today}
          ></ansinh-care-plan-goal>`,
        )}
      </div>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-goal"
          @click=${() => addGoal({ id: itemId('goal'), domain: 'other', description: '', status: 'proposed' })}
          >${m.addGoal}</ansinh-button>
      </div>
    </section>`;
}

export function renderActivities(c: ItemListContext, addActivity: (activity: Record<string, unknown>) => void): TemplateResult {
  const m = messages[c.lang];
  const acts = list(c.plan, 'activities');
  // Short lists open every row; a long plan shows one line per activity until opened.
  const openAll = acts.length <= 10;
  return html`<section aria-labelledby="acts-h">
      <h2 id="acts-h">${m.activities} (${acts.length})</h2>
      <div class="list" data-list="activities">
        ${repeat(
          acts,
          itemKeys(acts),
          (a, i) => html`<ansinh-care-plan-activity
            data-index=${i}
            .item=${isRecord(a) ? a : {}}
            .index=${i}
            .count=${acts.length}
            .issues=${c.issuesFor('activities', i)}
            .today=${c.today}
            ?open=${openAll || nothing}
          ></ansinh-care-plan-activity>`,
        )}
      </div>
      <div class="row">
        <ansinh-button type="button" variant="secondary" size="sm" data-action="add-activity"
          @click=${() => addActivity({ id: itemId('act'), domain: 'other', what: '', status: 'not-started', progressNotes: [] })}
          >${m.addActivity}</ansinh-button>
      </div>
    </section>`;
}
