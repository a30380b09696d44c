import { AnsinhSelect } from '../base/primitives/select.js';

AnsinhSelect.define('ansinh-select');

export { AnsinhSelect };
