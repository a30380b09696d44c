import { AnsinhCheckboxGroup } from '../base/primitives/checkbox-group.js';

AnsinhCheckboxGroup.define('ansinh-checkbox-group');

export { AnsinhCheckboxGroup };
