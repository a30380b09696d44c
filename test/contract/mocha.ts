// Mocha's globals, typed locally: the repo has no @types/mocha, and declaring the globals here
// would clash if it is added later. web-test-runner provides them on globalThis.
type Fn = (this: unknown) => void | Promise<void>;
interface MochaGlobals {
  describe(title: string, fn: () => void): void;
  it(title: string, fn: Fn): void;
}
const g = globalThis as unknown as MochaGlobals;
export const describe = g.describe.bind(globalThis);
export const it = g.it.bind(globalThis);
