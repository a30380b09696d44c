/** What every FHIR write from ansinh shares (FhirSource and the outbox's FHIR transport). */
export const FHIR_JSON = 'application/fhir+json';

type Identifier = { system?: unknown; value?: unknown };

/**
 * The `If-None-Exist` search of a conditional create: the resource's first identifier with a
 * system and a value (`identifier=system|value`, both URL-encoded), or undefined when it has none.
 */
export function ifNoneExist(resource: unknown): string | undefined {
  const raw = (resource as { identifier?: Identifier | Identifier[] } | null)?.identifier;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const id = list.find((i) => typeof i?.system === 'string' && i.system !== '' && typeof i.value === 'string' && i.value !== '');
  if (!id) return undefined;
  return `identifier=${encodeURIComponent(id.system as string)}|${encodeURIComponent(id.value as string)}`;
}
