// A React 19 app using the ansinh elements directly: no wrapper. Props are typed by
// src/jsx.d.ts (generated from custom-elements.json): objects and arrays are set as properties,
// `onansinh-<event>` props are event listeners.
import { useState, type ReactNode } from 'react';
import type { ContractIssue, Resident } from '../../../src/contract/index.js';
import { brokenResident, carePlan, dataset, ledgerEntries, provinces, resident } from '../shared/data.js';

export interface AppProps {
  /** Called with every ansinh event a React handler received (the test listens here). */
  onEvent?: (name: string, detail: unknown) => void;
}

/**
 * Renders its children only once `tag` is registered. React sets a prop as a property only on an
 * element that has it; on an unknown element it would set a string attribute instead. Import `ansinh` before rendering and this never hides
 * anything; it matters when elements are loaded lazily.
 */
function Registered({ tag, children }: { tag: string; children: ReactNode }) {
  return customElements.get(tag) ? children : <p>&lt;{tag}&gt; chưa được nạp.</p>;
}

export function App({ onEvent }: AppProps) {
  const [fullName, setFullName] = useState('');
  const [province, setProvince] = useState('');
  const [shownResident, setShownResident] = useState<Resident>(resident);
  const [issues, setIssues] = useState<ContractIssue[]>([]);
  const [answers, setAnswers] = useState(0);

  return (
    <main className="app">
      <h1>Trung tâm Bảo trợ xã hội tỉnh Bắc Ninh</h1>

      <section aria-labelledby="react-form">
        <h2 id="react-form">Tiếp nhận</h2>
        <ansinh-text-field
          label="Họ và tên"
          name="fullName"
          required
          value={fullName}
          onansinh-change={(e) => {
            setFullName(String(e.detail));
            onEvent?.(e.type, e.detail);
          }}
        />
        <ansinh-select
          label="Tỉnh/thành phố"
          name="province"
          options={provinces}
          value={province}
          onansinh-change={(e) => {
            setProvince(String(e.detail));
            onEvent?.(e.type, e.detail);
          }}
        />
        <p>
          Đã nhập: <output data-testid="full-name">{fullName}</output>, <output data-testid="province">{province}</output>
        </p>
      </section>

      <section aria-labelledby="react-resident">
        <h2 id="react-resident">Đối tượng</h2>
        <Registered tag="ansinh-resident-card">
          <ansinh-resident-card
            resident={shownResident}
            onansinh-invalid={(e) => {
              setIssues(e.detail.issues);
              onEvent?.(e.type, e.detail);
            }}
          />
        </Registered>
        <button type="button" onClick={() => setShownResident(brokenResident)}>
          Thử dữ liệu sai hợp đồng
        </button>
        <p>
          Lỗi dữ liệu: <output data-testid="issues">{issues.length}</output>
        </p>
      </section>

      <section aria-labelledby="react-plan">
        <h2 id="react-plan">Kế hoạch trợ giúp</h2>
        <Registered tag="ansinh-care-plan-editor">
          <ansinh-care-plan-editor plan={carePlan} readonly />
        </Registered>
      </section>

      <section aria-labelledby="react-survey">
        <h2 id="react-survey">Khảo sát</h2>
        <Registered tag="ansinh-survey">
          <ansinh-survey
            template="moh-inpatient"
            noDraft
            onansinh-change={(e) => {
              setAnswers((n) => n + 1);
              onEvent?.(e.type, e.detail);
            }}
          />
        </Registered>
        <p>
          Số lần trả lời: <output data-testid="answers">{answers}</output>
        </p>
      </section>

      <section aria-labelledby="react-ledger">
        <h2 id="react-ledger">Sổ quỹ</h2>
        <Registered tag="ansinh-donation-ledger">
          <ansinh-donation-ledger entries={ledgerEntries} view="public" />
        </Registered>
      </section>

      <section aria-labelledby="react-chart">
        <h2 id="react-chart">Thống kê</h2>
        <Registered tag="ansinh-stat-chart">
          <ansinh-stat-chart data={dataset} type="bar" />
        </Registered>
      </section>
    </main>
  );
}
