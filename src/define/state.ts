import { AnsinhState } from '../base/primitives/state.js';

AnsinhState.define('ansinh-state');

export { AnsinhState };
