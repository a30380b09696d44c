/**
 * Object schemas of the contract are all built through `loose()`.
 *
 * Why `zod/mini` (the functional API): the contract ships to browsers, and the full `zod` API
 * would add about 20 kB gzip to every entry point. Modules import it as a namespace and only use
 * properties of it, which keeps it tree-shakeable (never re-export the namespace itself).
 *
 * Why `loose()` rather than `z.looseObject()`: (1) unknown fields must survive a parse, so that an
 * older ansinh accepts data from a newer portal; (2) Zod probes the Function constructor while building
 * object schemas, which a strict CSP (`script-src 'self'`, `require-trusted-types-for 'script'`)
 * reports as a violation even though Zod catches it. Switching on `jitless` right before the
 * first object schema is built avoids the probe, and cannot be dropped by a bundler's
 * side-effect pruning because every object schema goes through this function. `jitless` is a
 * global Zod setting: a host app sharing this Zod copy loses Zod's JIT fast path (speed only).
 */
import { config, looseObject, registry } from 'zod/mini';

let configured = false;

// Building a schema has no effect a caller could observe, so bundlers may drop unused schemas.
/* @__NO_SIDE_EFFECTS__ */
export const loose: typeof looseObject = (shape, params) => {
  if (!configured) {
    config({ jitless: true });
    configured = true;
  }
  return looseObject(shape, params);
};

/**
 * JSON Schema extras that Zod cannot derive (e.g. "amount or lines" on a distribution). Kept in a
 * registry of our own, not Zod's global one, so two copies of ansinh on one page never clash.
 * `scripts/contract/export-json-schema.mjs` passes it to `toJSONSchema`.
 */
export const jsonSchemaRegistry = registry<Record<string, unknown>>();
