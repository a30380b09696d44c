// A Vue 3 app using the ansinh elements directly. `isCustomElement` (see mount.ts) tells Vue's
// compiler the ansinh-* tags are custom elements; `.prop` sets objects and arrays as properties;
// `@ansinh-<event>` listens to the element's events.
// (An SFC would hold the same template; the demo keeps it in a .ts file so the test can compile
// it in the browser with Vue's full build.)
import { defineComponent, ref, shallowRef } from 'vue';
import type { ContractIssue, Resident, SurveyResponse } from '../../../src/contract/index.js';
import type { FieldValue } from '../../../src/index.js';
import { brokenResident, carePlan, dataset, ledgerEntries, provinces, resident } from '../shared/data.js';

export const App = defineComponent({
  name: 'AnsinhVueDemo',
  emits: {
    /** Every ansinh event a Vue handler received (the test listens here). */
    ansinhEvent: (_name: string, _detail: unknown) => true,
  },
  setup(_props, { emit }) {
    const fullName = ref('');
    const province = ref('');
    const shownResident = shallowRef<Resident>(resident);
    const issues = shallowRef<ContractIssue[]>([]);
    const answers = ref(0);
    const registered = (tag: string) => !!customElements.get(tag);
    return {
      fullName,
      province,
      shownResident,
      issues,
      answers,
      provinces,
      carePlan,
      dataset,
      ledgerEntries,
      registered,
      onName(e: CustomEvent<FieldValue>) {
        fullName.value = String(e.detail);
        emit('ansinhEvent', e.type, e.detail);
      },
      onProvince(e: CustomEvent<FieldValue>) {
        province.value = String(e.detail);
        emit('ansinhEvent', e.type, e.detail);
      },
      onInvalid(e: CustomEvent<{ issues: ContractIssue[] }>) {
        issues.value = e.detail.issues;
        emit('ansinhEvent', e.type, e.detail);
      },
      onAnswer(e: CustomEvent<SurveyResponse>) {
        answers.value += 1;
        emit('ansinhEvent', e.type, e.detail);
      },
      breakData() {
        shownResident.value = brokenResident;
      },
    };
  },
  template: `
    <main class="app">
      <h1>Trung tâm Bảo trợ xã hội tỉnh Bắc Ninh</h1>

      <section aria-labelledby="vue-form">
        <h2 id="vue-form">Tiếp nhận</h2>
        <ansinh-text-field label="Họ và tên" name="fullName" required :value="fullName" @ansinh-change="onName"></ansinh-text-field>
        <ansinh-select label="Tỉnh/thành phố" name="province" :options.prop="provinces" :value="province" @ansinh-change="onProvince"></ansinh-select>
        <p>Đã nhập: <output data-testid="full-name">{{ fullName }}</output>, <output data-testid="province">{{ province }}</output></p>
      </section>

      <section aria-labelledby="vue-resident">
        <h2 id="vue-resident">Đối tượng</h2>
        <ansinh-resident-card v-if="registered('ansinh-resident-card')" :resident.prop="shownResident" @ansinh-invalid="onInvalid"></ansinh-resident-card>
        <button type="button" @click="breakData">Thử dữ liệu sai hợp đồng</button>
        <p>Lỗi dữ liệu: <output data-testid="issues">{{ issues.length }}</output></p>
      </section>

      <section aria-labelledby="vue-plan">
        <h2 id="vue-plan">Kế hoạch trợ giúp</h2>
        <ansinh-care-plan-editor v-if="registered('ansinh-care-plan-editor')" :plan.prop="carePlan" readonly></ansinh-care-plan-editor>
      </section>

      <section aria-labelledby="vue-survey">
        <h2 id="vue-survey">Khảo sát</h2>
        <ansinh-survey v-if="registered('ansinh-survey')" template="moh-inpatient" no-draft @ansinh-change="onAnswer"></ansinh-survey>
        <p>Số lần trả lời: <output data-testid="answers">{{ answers }}</output></p>
      </section>

      <section aria-labelledby="vue-ledger">
        <h2 id="vue-ledger">Sổ quỹ</h2>
        <ansinh-donation-ledger v-if="registered('ansinh-donation-ledger')" :entries.prop="ledgerEntries" view="public"></ansinh-donation-ledger>
      </section>

      <section aria-labelledby="vue-chart">
        <h2 id="vue-chart">Thống kê</h2>
        <ansinh-stat-chart v-if="registered('ansinh-stat-chart')" :data.prop="dataset" type="bar"></ansinh-stat-chart>
      </section>
    </main>
  `,
});
