import { executeServerCommand } from '@web/test-runner-commands';

// Drives the real HTTP servers of test/server/data-servers.js from the browser.

export type Behaviour = 'ok' | 'fail-5xx-then-ok' | 'stall' | 'drop-connection' | 'lose-answer' | 'garbage' | 'fhir' | 'login-redirect' | '429';

export interface ServerConfig {
  behaviour: Behaviour;
  failures?: number;
  garbage?: 'json' | 'html' | 'object';
  /** For '429': seconds in Retry-After. */
  retryAfter?: number;
  /** login-redirect: the status the sign-in page answers with (default 200 HTML; 404 for a page that is gone). */
  loginStatus?: 404;
  api?: 'rest' | 'fhir';
  /** REST only: operations that need sign-in answer 401 without `Authorization: Bearer <token>`. */
  auth?: { token?: string; limited?: { token: string; may: string[] } };
  /** REST only: a generated hash-chained ledger of this many entries instead of the three examples. */
  ledgerSize?: number;
  /** FHIR only: `sample` seeds the demo's sample data mapped to FHIR (scripts/servers/fhir-seed.js). */
  seed?: 'sample';
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  idempotencyKey: string | null;
  ifMatch: string | null;
  ifNoneExist: string | null;
  authorization: string | null;
  contentType: string | null;
  accept: string | null;
  body: unknown;
}

export interface StoredWrite {
  collection: string;
  key: string | null;
  body: unknown;
}

export interface DataServer {
  id: string;
  url: string;
  port: number;
}

const started: DataServer[] = [];

export async function startServer(config: ServerConfig): Promise<DataServer> {
  const server = await executeServerCommand<DataServer, ServerConfig>('data-server-start', config);
  started.push(server);
  return server;
}

/** Brings a stopped server back on the same port with the data it had stored. */
export function restartServer(server: DataServer, config: ServerConfig): Promise<DataServer> {
  return executeServerCommand<DataServer, ServerConfig & { id: string }>('data-server-start', { ...config, id: server.id });
}

export async function stopServer(server: DataServer): Promise<void> {
  await executeServerCommand('data-server-stop', { id: server.id });
}

export async function setBehaviour(server: DataServer, config: ServerConfig): Promise<void> {
  await executeServerCommand('data-server-set-behaviour', { ...config, id: server.id });
}

/** A response of the REST server that broke docs/contract/rest.yaml (answered as a 500 instead). */
export interface ContractViolation {
  operationId: string;
  status: number;
  errors: string[];
}

export function received(server: DataServer): Promise<{ requests: ReceivedRequest[]; stored: StoredWrite[]; violations: ContractViolation[] }> {
  return executeServerCommand('data-server-requests', { id: server.id });
}

/**
 * Frees every server a test file started (call in `after`). Fails when the REST server had to
 * hold back a response that broke the spec: the contract and its server must not drift apart.
 */
export async function disposeServers(): Promise<void> {
  const servers = started.splice(0);
  const violations = (await Promise.all(servers.map(async (s) => (await received(s)).violations))).flat();
  await Promise.all(servers.map((s) => executeServerCommand('data-server-dispose', { id: s.id })));
  if (violations.length) throw new Error(`the REST server broke docs/contract/rest.yaml: ${JSON.stringify(violations)}`);
}

/** Resolves with what `promise` rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Polls until `check` returns a truthy value (or fails after `ms`). */
export async function until<T>(check: () => T | Promise<T>, ms = 5000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
