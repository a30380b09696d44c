// The demo's sample data as FHIR R4 resources, mapped by ansinh/fhir itself (built from src/ with
// esbuild, as the contract scripts do): every sample resident as a Patient, every care plan as a
// CarePlan and its Goals, the three MoH forms as Questionnaires, and the sample survey responses as
// QuestionnaireResponses. Seeds the FHIR server of the tests and of `npm run start:fhir`.
import { loadSource } from '../contract/load-contract.mjs';

let built;

/** `{ resources, ids }`: the resources and a few ids tests and the demo start from. */
export function fhirSeed() {
  built ??= (async () => {
    const m = await loadSource(
      [
        "export * from './src/fhir/index.ts';",
        "export { surveyTemplate } from './src/contract/survey-templates/index.ts';",
        "export { sampleResidents, sampleCarePlans, sampleSurveyResponses } from './src/sample/index.ts';",
      ].join('\n'),
      'fhir-seed',
    );
    const resources = [];
    const residents = m.sampleResidents();
    for (const r of residents) resources.push(m.residentToPatient(r));
    const plans = m.sampleCarePlans();
    for (const plan of plans) {
      const { carePlan, goals } = m.carePlanToFhir(plan);
      resources.push(...goals, carePlan);
    }
    const forms = ['moh-inpatient', 'moh-outpatient', 'moh-staff'].map((id) => m.surveyTemplate(id));
    for (const form of forms) resources.push({ ...m.surveyToQuestionnaire(form), id: form.id });
    const byForm = new Map(forms.map((f) => [f.id, f]));
    for (const response of m.sampleSurveyResponses().slice(0, 60)) {
      const form = byForm.get(response.definitionId);
      if (form) resources.push({ ...m.responseToQuestionnaireResponse(response, form), id: m.fhirId(response.id) });
    }
    return {
      resources,
      ids: {
        resident: m.fhirId(residents[0].id),
        carePlan: m.fhirId(plans[0].id),
        questionnaire: 'moh-inpatient',
      },
    };
  })();
  return built;
}
