// Compile-time proof that the generated JSX types (src/jsx.d.ts) check ansinh elements in TSX:
// `npx tsc --noEmit -p tsconfig.json` type-checks this file (never run). Each @ts-expect-error
// must meet an error, or tsc fails: a wrong prop that stops being an error is caught too.
import type { Resident, SurveyDefinition } from '../../../src/contract/index.js';

declare const resident: Resident;
declare const definition: SurveyDefinition;

export const correct = (
  <>
    <ansinh-survey
      template="moh-inpatient"
      name="survey"
      mode="steps"
      kiosk
      noDraft
      onansinh-submit={(e) => console.info(e.detail)}
      onansinh-change={(e) => console.info(e.detail)}
      onansinh-invalid={(e) => console.info(e.detail.issues.length)}
    />
    <ansinh-survey definition={definition} endpoint="/api/survey-responses" />
    <ansinh-resident-card resident={resident} />
    <ansinh-text-field label="Họ và tên" required minlength={2} onansinh-change={(e) => console.info(e.detail)} />
    <ansinh-select label="Tỉnh/thành phố" options={[{ value: '24', label: 'Bắc Ninh' }]} />
    <ansinh-badge tone="success">Đang nuôi dưỡng</ansinh-badge>
    <ansinh-state kind="empty" retry onansinh-retry={() => undefined} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: `mode` is 'page' | 'steps' */}
    <ansinh-survey mode="wizard" />
    {/* @ts-expect-error: `kiosk` is a boolean */}
    <ansinh-survey kiosk="yes" />
    {/* @ts-expect-error: `resident` is a contract Resident, not a string */}
    <ansinh-resident-card resident="Nguyễn Văn An" />
    {/* @ts-expect-error: `options` are { value, label } objects */}
    <ansinh-select options={['Bắc Ninh']} />
    {/* @ts-expect-error: `tone` has no 'purple' */}
    <ansinh-badge tone="purple" />
    {/* @ts-expect-error: an event handler gets an event, not a string */}
    <ansinh-text-field onansinh-change="alert(1)" />
    {/* @ts-expect-error: `ansinh-invalid` details carry issues, not `errors` */}
    <ansinh-resident-card onansinh-invalid={(e) => e.detail.errors} />
    {/* @ts-expect-error: no such element */}
    <ansinh-unknown />
  </>
);
